//! Actors: a card per entity (type, name and aliases, roles, affiliations, mentions,
//! claims made) and the network of affiliation, part-of and co-occurrence relations,
//! laid out by the deterministic force layout in [`crate::graph`]. Clicking a card or a
//! node selects the actor; the other views follow.

use crate::components::results::LIST_LIMIT;
use crate::context::use_panel;
use crate::graph::{label_size, layout, place_labels, Edge, Label};
use crate::i18n::{count, number, t, Counted, Key};
use crate::state::Action;
use std::collections::HashMap;
use yew::prelude::*;

/// Most nodes the network shows (the most mentioned actors).
const MAX_NODES: usize = 40;

/// The network's drawing size.
const NETWORK_SIZE: (f64, f64) = (720.0, 420.0);

/// The network: the most mentioned actors and the relations among them, laid out.
struct Network {
    /// Entity indices of the nodes.
    order: Vec<usize>,
    /// Edges between node indices, with the relation kind.
    edges: Vec<(Edge, String)>,
    pos: Vec<(f64, f64)>,
    /// Node radii, by mentions.
    radii: Vec<f64>,
    /// Labels placed clear of each other and of the nodes.
    labels: Vec<Label>,
}

impl Network {
    fn new(a: &newslens_engine::Analysis) -> Network {
        let mut order: Vec<usize> = (0..a.entities.len()).collect();
        order.sort_by_key(|&i| (std::cmp::Reverse(a.entities[i].mentions.len()), i));
        order.truncate(MAX_NODES);
        order.sort_unstable();
        let node_of: HashMap<&str, usize> =
            order.iter().enumerate().map(|(n, &i)| (a.entities[i].id.as_str(), n)).collect();
        let mut edges: Vec<(Edge, String)> = Vec::new();
        for r in &a.relations {
            if let (Some(&x), Some(&y)) = (node_of.get(r.source.as_str()), node_of.get(r.target.as_str())) {
                let weight = if r.kind == newslens_engine::RelationKind::Cooccurs {
                    r.evidence.len().max(1) as f64
                } else {
                    3.0
                };
                edges.push((Edge { a: x, b: y, weight }, r.kind.to_string()));
            }
        }
        let (w, h) = NETWORK_SIZE;
        let pos = layout(order.len(), &edges.iter().map(|e| e.0).collect::<Vec<_>>(), w, h, 40.0);
        let max_mentions = order.iter().map(|&i| a.entities[i].mentions.len()).max().unwrap_or(1).max(1) as f64;
        let radii: Vec<f64> =
            order.iter().map(|&i| 5.0 + 12.0 * (a.entities[i].mentions.len() as f64 / max_mentions).sqrt()).collect();
        let nodes: Vec<(f64, f64, f64)> = pos.iter().zip(&radii).map(|(&(x, y), &r)| (x, y, r)).collect();
        let sizes: Vec<(f64, f64)> = order.iter().map(|&i| label_size(&a.entities[i].name)).collect();
        // The most mentioned actors' labels are placed first.
        let mut priority: Vec<usize> = (0..order.len()).collect();
        priority.sort_by_key(|&n| (std::cmp::Reverse(a.entities[order[n]].mentions.len()), n));
        let labels = place_labels(&nodes, &sizes, &priority, w, h);
        Network { order, edges, pos, radii, labels }
    }
}

/// Cards and network.
#[function_component]
pub fn Actors() -> Html {
    let h = use_panel();
    let len = h.state.analysis.as_ref().map_or(0, |a| a.entities.len().min(LIST_LIMIT));
    let id = crate::steps::identity(h.state.analysis.as_ref());
    let drawn = crate::steps::use_items(id, len);
    // The network depends on the analysis alone: laid out once, not on every step or
    // selection.
    let network = {
        let analysis = h.state.analysis.clone();
        use_memo(id, move |_| analysis.map(|a| Network::new(&a)))
    };
    let (Some(a), Some(net)) = (h.state.analysis.clone(), network.as_ref().as_ref()) else { return html! {} };
    let Network { order, edges, pos, radii, labels } = net;
    let (w, hgt) = NETWORK_SIZE;
    let lang = h.state.lang;
    let selected = h.state.selected.clone();
    // Lookups by map: a long text has thousands of entities, relations and claims.
    let names: HashMap<&str, &str> = a.entities.iter().map(|e| (e.id.as_str(), e.name.as_str())).collect();
    let mut affiliations: HashMap<&str, Vec<&str>> = HashMap::new();
    for r in a.relations.iter().filter(|r| r.kind != newslens_engine::RelationKind::Cooccurs) {
        affiliations
            .entry(r.source.as_str())
            .or_default()
            .push(names.get(r.target.as_str()).copied().unwrap_or_default());
    }
    let mut claims_by: HashMap<&str, usize> = HashMap::new();
    for c in &a.claims {
        if let Some(s) = c.speaker.as_deref() {
            *claims_by.entry(s).or_default() += 1;
        }
    }

    html! {
        <section class="panel wide" aria-labelledby="actors-h">
            <h2 id="actors-h">{format!("{} ({})", t(lang, Key::Actors), number(lang, a.entities.len()))}</h2>
            <ul class="cards">
                { for a.entities.iter().take(drawn).map(|e| {
                    let affil = affiliations.get(e.id.as_str()).map(|v| v.as_slice()).unwrap_or_default();
                    let said = claims_by.get(e.id.as_str()).copied().unwrap_or(0);
                    let is_sel = selected.as_deref() == Some(e.id.as_str());
                    let id = e.id.clone();
                    html! {
                        <li key={e.id.clone()} class={classes!("entity", e.kind.as_str(), is_sel.then_some("selected"))} data-testid="entity" data-type={e.kind.as_str()}>
                            <button type="button" class="card-button" aria-pressed={is_sel.to_string()}
                                    onclick={h.dispatch.reform(move |_| Action::Select(Some(id.clone())))}>
                                <span class="badge">{t(lang, e.kind.into())}</span>
                                <span class="name">{&e.name}</span>
                            </button>
                            if !e.aliases.is_empty() { <span class="aliases">{format!("{} {}", t(lang, Key::Aliases), e.aliases.join(", "))}</span> }
                            if !e.roles.is_empty() { <span class="roles">{e.roles.join(", ")}</span> }
                            if !affil.is_empty() { <span class="affil">{format!("→ {}", affil.join(", "))}</span> }
                            <span class="count" data-testid="mentions">{count(lang, e.mentions.len(), Counted::Mention)}</span>
                            if said > 0 { <span class="count">{count(lang, said, Counted::Claim)}</span> }
                        </li>
                    }
                }) }
            </ul>
            <h3>{t(lang, Key::Network)}</h3>
            <svg class="network" data-testid="network" viewBox={format!("0 0 {w} {hgt}")} role="group" aria-label={t(lang, Key::Network)}>
                { for edges.iter().map(|(e, kind)| {
                    let ((x1, y1), (x2, y2)) = (pos[e.a], pos[e.b]);
                    let touches = selected.as_ref().is_some_and(|s| a.entities[order[e.a]].id == *s || a.entities[order[e.b]].id == *s);
                    html! { <line class={classes!("edge", kind.to_string(), touches.then_some("hot"))}
                                  x1={format!("{x1:.1}")} y1={format!("{y1:.1}")} x2={format!("{x2:.1}")} y2={format!("{y2:.1}")}
                                  stroke-width={format!("{:.1}", 0.6 + e.weight.ln_1p() * 1.2)} /> }
                }) }
                { for order.iter().enumerate().map(|(ni, &ei)| {
                    let e = &a.entities[ei];
                    let (x, y) = pos[ni];
                    let r = radii[ni];
                    let label = labels[ni];
                    let id = e.id.clone();
                    let id2 = e.id.clone();
                    let is_sel = selected.as_deref() == Some(e.id.as_str());
                    let onkeydown = h.dispatch.reform(move |_: KeyboardEvent| Action::Select(Some(id2.clone())));
                    html! {
                        <g class={classes!("node", e.kind.as_str(), is_sel.then_some("selected"))} data-testid="node" tabindex="0" role="button"
                           aria-label={format!("{} ({})", e.name, t(lang, e.kind.into()))} aria-pressed={is_sel.to_string()}
                           onclick={h.dispatch.reform(move |_| Action::Select(Some(id.clone())))}
                           onkeydown={Callback::from(move |ev: KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " { onkeydown.emit(ev) })}>
                            <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r={format!("{r:.1}")} />
                            <text x={format!("{:.1}", label.x)} y={format!("{:.1}", label.y)} text-anchor={label.anchor.as_str()}
                                  class={classes!((!label.shown).then_some("crowded"))}>{&e.name}</text>
                        </g>
                    }
                }) }
            </svg>
        </section>
    }
}
