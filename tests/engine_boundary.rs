//! The engine crate stays pure: no web crates anywhere in its dependency tree.

use cargo_metadata::{CargoOpt, MetadataCommand};
use std::collections::{HashMap, HashSet};

const FORBIDDEN: &[&str] = &["yew", "web-sys", "wasm-bindgen", "js-sys", "gloo", "yew-agent"];

#[test]
fn engine_has_no_web_dependencies() {
    let meta = MetadataCommand::new()
        .manifest_path(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .features(CargoOpt::AllFeatures)
        .exec()
        .expect("cargo metadata");
    let resolve = meta.resolve.as_ref().expect("resolve graph");
    let names: HashMap<_, _> = meta.packages.iter().map(|p| (p.id.clone(), p.name.to_string())).collect();
    let nodes: HashMap<_, _> = resolve.nodes.iter().map(|n| (n.id.clone(), n)).collect();
    let engine = meta.packages.iter().find(|p| p.name.as_str() == "newslens-engine").expect("engine package");

    // Walk normal (non-dev, non-build) dependencies from the engine.
    let mut stack = vec![engine.id.clone()];
    let mut seen = HashSet::new();
    while let Some(id) = stack.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        let name = &names[&id];
        assert!(!FORBIDDEN.contains(&name.as_str()), "newslens-engine depends on {name}");
        for dep in &nodes[&id].deps {
            let normal = dep.dep_kinds.iter().any(|k| k.kind == cargo_metadata::DependencyKind::Normal);
            if normal {
                stack.push(dep.pkg.clone());
            }
        }
    }
    assert!(seen.len() > 1, "the walk found the engine's dependencies");
}
