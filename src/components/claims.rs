//! Claims: a bar with the share of named, organizational, group and anonymous sources,
//! then the claims grouped by source; quotations marked; each links to its place in
//! the article. With an actor selected, only that actor's claims show.

use crate::components::results::LIST_LIMIT;
use crate::context::use_panel;
use crate::i18n::{number, t, Key};
use newslens_engine::SourceKind;
use std::collections::HashMap;
use yew::prelude::*;

/// The claims panel.
#[function_component]
pub fn Claims() -> Html {
    let h = use_panel();
    let len = h.state.analysis.as_ref().map_or(0, |a| a.claims.len().min(LIST_LIMIT));
    let drawn = crate::steps::use_items(crate::steps::identity(h.state.analysis.as_ref()), len);
    let Some(a) = h.state.analysis.clone() else { return html! {} };
    let lang = h.state.lang;
    let s = &a.claim_summary;
    let total = (s.named + s.organization + s.group + s.anonymous).max(1) as f64;
    let shares = [
        (SourceKind::Named, s.named),
        (SourceKind::Organization, s.organization),
        (SourceKind::Group, s.group),
        (SourceKind::Anonymous, s.anonymous),
    ];
    // Groups by source: the linked entity, else the phrase as written (looked up by
    // map: a long text has thousands of claims and sources).
    let names: HashMap<&str, &str> = a.entities.iter().map(|e| (e.id.as_str(), e.name.as_str())).collect();
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    let mut group_of: HashMap<String, usize> = HashMap::new();
    for (i, c) in a.claims.iter().enumerate() {
        if h.state.selected.as_ref().is_some_and(|sel| c.speaker.as_ref() != Some(sel)) {
            continue;
        }
        let (key, label) = match c.speaker.as_deref().and_then(|id| names.get(id).map(|n| (id, *n))) {
            Some((id, name)) => (id.to_string(), name.to_string()),
            None => (format!("text:{}", c.speaker_text), c.speaker_text.clone()),
        };
        let g = *group_of.entry(key).or_insert_with(|| {
            groups.push((label, Vec::new()));
            groups.len() - 1
        });
        groups[g].1.push(i);
    }
    // At most LIST_LIMIT claims in all (the page notes the limit), group by group, as
    // many as are drawn so far.
    let mut budget = drawn;
    let groups: Vec<(String, Vec<usize>)> = groups
        .into_iter()
        .map_while(|(label, mut items)| {
            (budget > 0).then(|| {
                items.truncate(budget);
                budget -= items.len();
                (label, items)
            })
        })
        .collect();
    html! {
        <section class="panel wide" aria-labelledby="claims-h">
            <h2 id="claims-h">{format!("{} ({})", t(lang, Key::Claims), number(lang, a.claims.len()))}</h2>
            // An SVG bar: widths are attributes, so the strict CSP (no inline styles) holds.
            <svg class="share-bar" data-testid="share-bar" viewBox="0 0 1000 28" preserveAspectRatio="none" role="img"
                 aria-label={shares.iter().map(|(k, n)| format!("{} {n}", t(lang, (*k).into()))).collect::<Vec<_>>().join(", ")}>
                { for shares.iter().scan(0.0f64, |x, (k, n)| {
                    let w = *n as f64 / total * 1000.0;
                    let x0 = *x;
                    *x += w;
                    Some((x0, w, *k, *n))
                }).filter(|s| s.3 > 0).map(|(x0, w, k, _)| html! {
                    <g class={classes!("share", k.as_str())}>
                        <rect x={format!("{x0:.1}")} y="0" width={format!("{w:.1}")} height="28" />
                    </g>
                }) }
            </svg>
            <p class="share-legend">
                { for shares.iter().map(|(k, n)| html! {
                    <span class={classes!("share-key", k.as_str())}>{format!("{} {n} ({:.0}%)", t(lang, (*k).into()), *n as f64 / total * 100.0)}</span>
                }) }
            </p>
            { for groups.iter().enumerate().map(|(g, (label, items))| html! {
                <div key={g} class="claim-group">
                    <h3>{label}</h3>
                    <ul class="claims">
                        { for items.iter().map(|&i| {
                            let c = &a.claims[i];
                            let start = c.start;
                            html! {
                                <li key={i} data-testid="claim" class={classes!("claim", c.source_kind.as_str())}>
                                    <span class={classes!("badge", c.source_kind.as_str())}>{t(lang, c.source_kind.into())}</span>
                                    <span class="cue">{format!("{} · {}", c.cue, if c.quoted { t(lang, Key::Quoted) } else { t(lang, Key::Reported) })}</span>
                                    <button type="button" class="link content" onclick={Callback::from(move |_| crate::storage::reveal(&format!("at-{start}")))}>
                                        if c.quoted { <q class="quoted">{&c.content}</q> } else { <span class="reported">{&c.content}</span> }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }) }
        </section>
    }
}
