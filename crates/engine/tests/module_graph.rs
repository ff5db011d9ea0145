//! The engine's modules form no import cycle: a stage may read what an earlier one
//! defines, never the other way round. Read from the sources (`use crate::x` and
//! `crate::x::` paths), so a new cycle fails here instead of in a reader's head.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the engine's src/ is readable").flatten() {
        let p = entry.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module each file belongs to, and the top-level modules it names.
fn graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    sources(src, &mut files);
    let top = |p: &Path| -> String {
        let rel = p.strip_prefix(src).unwrap();
        let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
        first.trim_end_matches(".rs").to_string()
    };
    let modules: BTreeSet<String> = files.iter().map(|p| top(p)).filter(|m| m != "lib").collect();
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for p in &files {
        let m = top(p);
        if m == "lib" {
            continue;
        }
        let code = std::fs::read_to_string(p).unwrap();
        let deps = g.entry(m.clone()).or_default();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (i, _) in line.match_indices("crate::") {
                let name: String = line[i + 7..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                if name != m && modules.contains(&name) {
                    deps.insert(name);
                }
            }
        }
    }
    g
}

/// A cycle through `from`, if one exists (depth-first, the path so far in `path`).
fn cycle(g: &BTreeMap<String, BTreeSet<String>>, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> bool {
    let here = path.last().unwrap().clone();
    for d in g.get(&here).into_iter().flatten() {
        if path.contains(d) {
            path.push(d.clone());
            return true;
        }
        if done.insert(d.clone()) {
            path.push(d.clone());
            if cycle(g, path, done) {
                return true;
            }
            path.pop();
        }
    }
    false
}

#[test]
fn modules_import_each_other_in_one_direction_only() {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let g = graph(&src);
    assert!(g.len() >= 10, "the module graph was not read: {g:?}");
    assert!(g["context"].contains("text"), "a known import is seen: {:?}", g["context"]);
    let mut done = BTreeSet::new();
    for m in g.keys() {
        let mut path = vec![m.clone()];
        assert!(!cycle(&g, &mut path, &mut done), "import cycle: {}", path.join(" → "));
    }
}

#[test]
fn a_cycle_is_found_when_there_is_one() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.entry("text".into()).or_default().insert("gazetteer".into());
    g.entry("gazetteer".into()).or_default().insert("text".into());
    let mut path = vec!["text".to_string()];
    assert!(cycle(&g, &mut path, &mut BTreeSet::new()));
    assert_eq!(path, ["text", "gazetteer", "text"]);
}
