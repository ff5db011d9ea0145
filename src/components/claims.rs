//! Claims: a bar with the share of named, organizational, group and anonymous sources,
//! then the claims grouped by source; quotations marked; each links to its place in
//! the article. With an actor selected, only that actor's claims show.

use crate::components::results::LIST_LIMIT;
use crate::context::use_panel;
use crate::i18n::t;
use yew::prelude::*;

/// The claims panel.
#[function_component]
pub fn Claims() -> Html {
    let h = use_panel();
    let Some(a) = h.state.analysis.clone() else { return html! {} };
    let lang = h.state.lang;
    let s = &a.claim_summary;
    let total = (s.named + s.organization + s.group + s.anonymous).max(1) as f64;
    let shares = [("named", s.named), ("organization", s.organization), ("group", s.group), ("anonymous", s.anonymous)];
    // Groups by source: the linked entity, else the phrase as written.
    let mut groups: Vec<(String, String, Vec<usize>)> = Vec::new();
    for (i, c) in a.claims.iter().enumerate() {
        if h.state.selected.as_ref().is_some_and(|sel| c.speaker.as_ref() != Some(sel)) {
            continue;
        }
        let (key, label) = match c.speaker.as_ref().and_then(|id| a.entities.iter().find(|e| &e.id == id)) {
            Some(e) => (e.id.clone(), e.name.clone()),
            None => (format!("text:{}", c.speaker_text), c.speaker_text.clone()),
        };
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => g.2.push(i),
            None => groups.push((key, label, vec![i])),
        }
    }
    html! {
        <section class="panel wide" aria-labelledby="claims-h">
            <h2 id="claims-h">{format!("{} ({})", t(lang, "claims"), a.claims.len())}</h2>
            // An SVG bar: widths are attributes, so the strict CSP (no inline styles) holds.
            <svg class="share-bar" data-testid="share-bar" viewBox="0 0 1000 28" preserveAspectRatio="none" role="img"
                 aria-label={shares.iter().map(|(k, n)| format!("{} {n}", t(lang, k))).collect::<Vec<_>>().join(", ")}>
                { for shares.iter().scan(0.0f64, |x, (k, n)| {
                    let w = *n as f64 / total * 1000.0;
                    let x0 = *x;
                    *x += w;
                    Some((x0, w, *k, *n))
                }).filter(|s| s.3 > 0).map(|(x0, w, k, _)| html! {
                    <g class={classes!("share", k)}>
                        <rect x={format!("{x0:.1}")} y="0" width={format!("{w:.1}")} height="28" />
                    </g>
                }) }
            </svg>
            <p class="share-legend">
                { for shares.iter().map(|(k, n)| html! {
                    <span class={classes!("share-key", *k)}>{format!("{} {n} ({:.0}%)", t(lang, k), *n as f64 / total * 100.0)}</span>
                }) }
            </p>
            { for groups.iter().map(|(_, label, items)| html! {
                <div class="claim-group">
                    <h3>{label}</h3>
                    <ul class="claims">
                        { for items.iter().take(LIST_LIMIT).map(|&i| {
                            let c = &a.claims[i];
                            let start = c.start;
                            html! {
                                <li data-testid="claim" class={classes!("claim", c.source_kind.clone())}>
                                    <span class={classes!("badge", c.source_kind.clone())}>{t(lang, &c.source_kind)}</span>
                                    <span class="cue">{format!("{} · {}", c.cue, if c.quoted { t(lang, "quoted") } else { t(lang, "reported") })}</span>
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
