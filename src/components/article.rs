//! The article view: the analyzed text with entities, times, figures and claims
//! highlighted (overlaps shown together), a legend, a detail card for the focused
//! highlight, and actor selection by click or keyboard.

use crate::context::use_panel;
use crate::highlight::{segments, Segment};
use crate::i18n::t;
use crate::state::Action;
use newslens_engine::Analysis;
use std::collections::HashMap;
use yew::prelude::*;

/// Highlights are drawn over the first this many characters; the rest of a longer text
/// is shown plain (tens of thousands of interactive spans would make the page sluggish,
/// and every panel still covers the whole text).
pub const HIGHLIGHT_CHARS: usize = 60_000;

/// Each entity's affiliations (names of the organizations it belongs to), computed once
/// per analysis rather than once per highlighted span.
fn affiliations(a: &Analysis) -> HashMap<&str, Vec<&str>> {
    let names: HashMap<&str, &str> = a.entities.iter().map(|e| (e.id.as_str(), e.name.as_str())).collect();
    let mut out: HashMap<&str, Vec<&str>> = HashMap::new();
    for r in a.relations.iter().filter(|r| r.kind != "cooccurs") {
        if let Some(name) = names.get(r.target.as_str()) {
            out.entry(r.source.as_str()).or_default().push(name);
        }
    }
    out
}

/// The text of the detail card for a highlighted piece.
fn card_text(a: &Analysis, affil: &HashMap<&str, Vec<&str>>, s: &Segment, lang: crate::i18n::Lang) -> String {
    let mut parts = Vec::new();
    if let Some(ei) = s.entity {
        let e = &a.entities[ei];
        let mut p = format!("{} · {}", t(lang, &e.kind), e.name);
        if !e.aliases.is_empty() {
            p.push_str(&format!(" · {} {}", t(lang, "aliases"), e.aliases.join(", ")));
        }
        if !e.roles.is_empty() {
            p.push_str(&format!(" · {} {}", t(lang, "roles"), e.roles.join(", ")));
        }
        if let Some(names) = affil.get(e.id.as_str()) {
            p.push_str(&format!(" · {} {}", t(lang, "affiliations"), names.join(", ")));
        }
        parts.push(p);
    }
    if let Some(ti) = s.time {
        let tm = &a.times[ti];
        parts.push(format!("{} · {} = {}", t(lang, "time"), tm.text, tm.value.as_deref().unwrap_or("?")));
    }
    if let Some(qi) = s.quantity {
        let q = &a.quantities[qi];
        let v = q.value.map(|v| v.to_string()).unwrap_or_else(|| "?".into());
        parts.push(format!("{} · {} = {} {}", t(lang, "figure"), q.text, v, q.unit.as_deref().unwrap_or("")));
    }
    if let Some(ci) = s.claim {
        let c = &a.claims[ci];
        parts.push(format!("{} · {} ({}) {}", t(lang, "claim"), c.speaker_text, t(lang, &c.source_kind), c.cue));
    }
    parts.join("\n")
}

/// The highlighted article.
#[function_component]
pub fn ArticleView() -> Html {
    let h = use_panel();
    let focused = use_state(|| None::<usize>);
    let Some(a) = h.state.analysis.clone() else { return html! {} };
    let lang = h.state.lang;
    let text = &h.state.analyzed_text;
    let mut segs = segments(text, &a);
    // Past the highlight limit, one plain tail.
    let cut = segs.iter().position(|s| s.start >= HIGHLIGHT_CHARS);
    let tail: Option<String> = cut.map(|i| {
        let from = segs[i].start;
        segs.truncate(i);
        text.chars().skip(from).collect()
    });
    let affil = affiliations(&a);
    let selected = h.state.selected.clone();
    let legend = ["person", "organization", "place", "product", "event", "time", "figure", "claim"];
    let card = (*focused).and_then(|i| segs.get(i)).map(|s| card_text(&a, &affil, s, lang));
    html! {
        <section class="panel wide article-panel" aria-labelledby="article-h">
            <h2 id="article-h">{t(lang, "article")}</h2>
            <ul class="legend" aria-label={t(lang, "legend")}>
                { for legend.iter().map(|k| html! { <li class={classes!("key", *k)}>{t(lang, k)}</li> }) }
            </ul>
            if let Some(sel) = selected.as_ref().and_then(|id| a.entities.iter().find(|e| &e.id == id)) {
                <p class="filter-bar" data-testid="filter-bar">
                    {format!("{}: {} ", t(lang, "filter"), sel.name)}
                    <button type="button" class="link" onclick={h.dispatch.reform(|_| Action::Select(None))}>{t(lang, "show_all")}</button>
                </p>
            }
            <div class="article-view" data-testid="article-view" lang="zh">
                { for segs.iter().enumerate().map(|(i, s)| {
                    let plain = s.entity.is_none() && s.time.is_none() && s.quantity.is_none() && s.claim.is_none();
                    let id = format!("at-{}", s.start);
                    if plain {
                        return html! { <span id={id}>{s.text.clone()}</span> };
                    }
                    let ent = s.entity.map(|ei| &a.entities[ei]);
                    let is_sel = ent.is_some_and(|e| selected.as_deref() == Some(e.id.as_str()));
                    let class = classes!(
                        "hl",
                        ent.map(|e| format!("ent {}", e.kind)),
                        s.time.map(|_| "tm"),
                        s.quantity.map(|_| "fig"),
                        s.claim.map(|ci| if a.claims[ci].quoted { "cl quoted" } else { "cl" }),
                        is_sel.then_some("selected"),
                        (selected.is_some() && ent.is_some() && !is_sel).then_some("dim"),
                    );
                    let onfocus = { let f = focused.clone(); Callback::from(move |_: FocusEvent| f.set(Some(i))) };
                    let onenter = { let f = focused.clone(); Callback::from(move |_: MouseEvent| f.set(Some(i))) };
                    let select = ent.map(|e| e.id.clone());
                    let onclick = { let d = h.dispatch.clone(); let sel = select.clone(); Callback::from(move |_: MouseEvent| if let Some(id) = &sel { d.emit(Action::Select(Some(id.clone()))) }) };
                    let onkeydown = { let d = h.dispatch.clone(); Callback::from(move |e: KeyboardEvent| if e.key() == "Enter" { if let Some(id) = &select { d.emit(Action::Select(Some(id.clone()))) } }) };
                    html! {
                        <mark id={id} class={class} tabindex="0" data-entity={ent.map(|e| e.id.clone())}
                              data-mention={s.mention_start.then_some("start")}
                              title={card_text(&a, &affil, s, lang)} {onfocus} onmouseenter={onenter} {onclick} {onkeydown}>
                            {s.text.clone()}
                        </mark>
                    }
                }) }
                if let Some(tail) = tail { <span>{tail}</span> }
            </div>
            if cut.is_some() {
                <p class="note" data-testid="highlight-limit">{t(lang, "highlight_limit")}</p>
            }
            <p class="card" data-testid="card" aria-live="polite">{card.unwrap_or_default()}</p>
        </section>
    }
}
