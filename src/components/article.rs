//! The article view: the analyzed text with entities, times, figures and claims
//! highlighted (overlaps shown together; a title or pronoun linked to an entity drawn
//! apart from its name, its card saying what it refers to), a legend, a detail card
//! for the focused highlight, and actor selection by click or keyboard.

use crate::components::article_block::ArticleBlock;
use crate::context::use_panel;
use crate::highlight::{blocks, segments, text_blocks, Segment};
use crate::i18n::{t, Key};
use crate::state::Action;
use newslens_engine::Analysis;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// Highlights are drawn over the first this many characters; the rest of a longer text
/// is shown plain (tens of thousands of interactive spans would make the page sluggish,
/// and every panel still covers the whole text).
pub const HIGHLIGHT_CHARS: usize = 60_000;

/// About this many chars per highlighted block (see [`crate::highlight::blocks`]).
const BLOCK_CHARS: usize = 800;
/// About this many chars per block of the plain tail (one text node each, cheap to make).
const TAIL_BLOCK_CHARS: usize = 20_000;
/// Highlighted chars drawn per step ([`crate::steps`]): the view appears block by
/// block, a step per task. A plain tail char costs a fraction of a highlighted one.
const STEP_CHARS: usize = 1_600;
const TAIL_CHAR_WEIGHT: usize = 20;
/// Steps a new analysis draws at once when one was shown (about 6,400 highlighted
/// chars: an edited article redraws without collapsing, in one task of moderate size).
const KEEP_STEPS: usize = 4;

/// Each entity's affiliations by entity id: the names of the organizations it belongs to.
pub type Affiliations = HashMap<String, Vec<String>>;

/// Computed once per analysis rather than once per highlighted span.
fn affiliations(a: &Analysis) -> Affiliations {
    let names: HashMap<&str, &str> = a.entities.iter().map(|e| (e.id.as_str(), e.name.as_str())).collect();
    let mut out: Affiliations = HashMap::new();
    for r in a.relations.iter().filter(|r| r.kind != newslens_engine::RelationKind::Cooccurs) {
        if let Some(name) = names.get(r.target.as_str()) {
            out.entry(r.source.clone()).or_default().push(name.to_string());
        }
    }
    out
}

/// The text of the detail card for a highlighted piece.
pub fn card_text(a: &Analysis, affil: &Affiliations, s: &Segment, lang: crate::i18n::Lang) -> String {
    let mut parts = Vec::new();
    if let Some(ei) = s.entity {
        let e = &a.entities[ei];
        // A title or pronoun says what it stands for: `Person · pronoun referring to 王明`.
        let mut p = match Key::reference(s.mention) {
            Some(key) => format!("{} · {} {}", t(lang, e.kind.into()), t(lang, key), e.name),
            None => format!("{} · {}", t(lang, e.kind.into()), e.name),
        };
        if !e.aliases.is_empty() {
            p.push_str(&format!(" · {} {}", t(lang, Key::Aliases), e.aliases.join(", ")));
        }
        if !e.roles.is_empty() {
            p.push_str(&format!(" · {} {}", t(lang, Key::Roles), e.roles.join(", ")));
        }
        if let Some(names) = affil.get(&e.id) {
            p.push_str(&format!(" · {} {}", t(lang, Key::Affiliations), names.join(", ")));
        }
        parts.push(p);
    }
    if let Some(ti) = s.time {
        let tm = &a.times[ti];
        parts.push(format!("{} · {} = {}", t(lang, Key::Time), tm.text, tm.value.as_deref().unwrap_or("?")));
    }
    if let Some(qi) = s.quantity {
        let q = &a.quantities[qi];
        let v = q.value.map(|v| v.to_string()).unwrap_or_else(|| "?".into());
        parts.push(format!("{} · {} = {} {}", t(lang, Key::Figure), q.text, v, q.unit.as_deref().unwrap_or("")));
    }
    if let Some(ci) = s.claim {
        let c = &a.claims[ci];
        parts.push(format!(
            "{} · {} ({}) {}",
            t(lang, Key::Claim),
            c.speaker_text,
            t(lang, c.source_kind.into()),
            c.cue
        ));
    }
    parts.join("\n")
}

/// What the view draws for one analysis, prepared once when it arrives.
struct Prepared {
    segs: Rc<Vec<Segment>>,
    blocks: Vec<Range<usize>>,
    /// The plain text past the highlight limit, in blocks: first char offset, text.
    tail: Vec<(usize, String)>,
    affil: Rc<Affiliations>,
    /// Per step: how many items (highlighted blocks, then tail blocks) are shown.
    steps: Vec<usize>,
}

impl Prepared {
    fn new(text: &str, a: &Analysis) -> Prepared {
        // Segments only as far as highlights can go: past the limit, up to the first line
        // end soon after it (so no paragraph is split between highlights and plain text).
        let bound = HIGHLIGHT_CHARS + 5 * BLOCK_CHARS;
        let head: String = text.chars().take(bound).collect();
        let mut segs = segments(&head, a);
        let long = text.chars().nth(HIGHLIGHT_CHARS).is_some();
        let cut = long.then(|| {
            let first = segs.iter().position(|s| s.start >= HIGHLIGHT_CHARS).unwrap_or(segs.len());
            (first..segs.len()).find(|&i| segs[i - 1].text.ends_with('\n')).unwrap_or(first)
        });
        let tail = cut
            .map(|i| {
                let from = segs.get(i).map_or(head.chars().count(), |s| s.start);
                segs.truncate(i);
                let rest: String = text.chars().skip(from).collect();
                text_blocks(&rest, from, TAIL_BLOCK_CHARS)
            })
            .unwrap_or_default();
        let blocks = blocks(&segs, BLOCK_CHARS);
        let cost = |item: usize| -> usize {
            match blocks.get(item) {
                Some(b) => segs[b.clone()].iter().map(|s| s.end - s.start).sum(),
                None => tail[item - blocks.len()].1.chars().count() / TAIL_CHAR_WEIGHT,
            }
        };
        let mut steps = Vec::new();
        let mut spent = 0;
        for item in 0..blocks.len() + tail.len() {
            spent += cost(item);
            if spent >= STEP_CHARS {
                steps.push(item + 1);
                spent = 0;
            }
        }
        if steps.last() != Some(&(blocks.len() + tail.len())) {
            steps.push(blocks.len() + tail.len());
        }
        Prepared { segs: Rc::new(segs), blocks, tail, affil: Rc::new(affiliations(a)), steps }
    }
}

/// The highlight an event happened in and the segment index it carries (`data-i`).
fn mark_at(target: Option<web_sys::Element>) -> Option<(web_sys::Element, usize)> {
    let mark = target?.closest("mark[data-i]").ok()??;
    let i = mark.get_attribute("data-i")?.parse().ok()?;
    Some((mark, i))
}

/// The entity id of the highlight an event happened in.
fn mark_entity(target: Option<web_sys::Element>) -> Option<String> {
    target?.closest("mark[data-entity]").ok()??.get_attribute("data-entity")
}

/// The highlighted article. It is drawn in steps (see `STEP_CHARS`); one set of
/// listeners on the view serves every highlight.
#[function_component]
pub fn ArticleView() -> Html {
    let h = use_panel();
    let focused = use_state(|| None::<usize>);
    let analysis = h.state.analysis.clone();
    let text = h.state.analyzed_text.clone();
    let id = crate::steps::identity(analysis.as_ref());
    let prepared = use_memo((id, Rc::as_ptr(&text) as *const u8 as usize), |_| {
        analysis.as_ref().map(|a| Rc::new(Prepared::new(&text, a)))
    });
    // A new analysis of the same article (an edit) keeps what was drawn, up to
    // KEEP_STEPS, so the view does not collapse and jump while the user types.
    let shown_steps =
        crate::steps::use_steps_keeping(id, prepared.as_ref().as_ref().map_or(0, |p| p.steps.len()), KEEP_STEPS);
    let (Some(a), Some(p)) = (analysis, prepared.as_ref().clone()) else { return html! {} };
    let lang = h.state.lang;
    let selected = h.state.selected.clone();
    // The highlight classes, with their labels.
    let legend = [
        ("person", Key::Person),
        ("organization", Key::Organization),
        ("place", Key::Place),
        ("product", Key::Product),
        ("event", Key::Event),
        ("time", Key::Time),
        ("figure", Key::Figure),
        ("claim", Key::Claim),
        ("ref", Key::Reference),
    ];
    let card = (*focused).and_then(|i| p.segs.get(i)).map(|s| card_text(&a, &p.affil, s, lang));
    let shown = p.steps.get(shown_steps.saturating_sub(1)).copied().unwrap_or(0);
    // Focus or pointer on a highlight: its details in the card, and as its tooltip (set
    // then rather than on every highlight when drawn: thousands of long attributes).
    let on_focus = {
        let f = focused.clone();
        let (a, p) = (a.clone(), p.clone());
        move |target: Option<web_sys::Element>| {
            if let Some((mark, i)) = mark_at(target) {
                if !mark.has_attribute("title") {
                    if let Some(s) = p.segs.get(i) {
                        let _ = mark.set_attribute("title", &card_text(&a, &p.affil, s, lang));
                    }
                }
                if *f != Some(i) {
                    f.set(Some(i));
                }
            }
        }
    };
    let onfocusin = {
        let on = on_focus.clone();
        Callback::from(move |e: FocusEvent| on(e.target_dyn_into()))
    };
    let onmouseover = Callback::from(move |e: MouseEvent| on_focus(e.target_dyn_into()));
    let onclick = {
        let d = h.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = mark_entity(e.target_dyn_into()) {
                d.emit(Action::Select(Some(id)));
            }
        })
    };
    let onkeydown = {
        let d = h.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                if let Some(id) = mark_entity(e.target_dyn_into()) {
                    d.emit(Action::Select(Some(id)));
                }
            }
        })
    };
    html! {
        <section class="panel wide article-panel" aria-labelledby="article-h">
            <h2 id="article-h">{t(lang, Key::Article)}</h2>
            <ul class="legend" aria-label={t(lang, Key::Legend)}>
                { for legend.iter().map(|&(class, key)| html! { <li class={classes!("key", class)}>{t(lang, key)}</li> }) }
            </ul>
            if let Some(sel) = selected.as_ref().and_then(|id| a.entities.iter().find(|e| &e.id == id)) {
                <p class="filter-bar" data-testid="filter-bar">
                    {format!("{}: {} ", t(lang, Key::Filter), sel.name)}
                    <button type="button" class="link" onclick={h.dispatch.reform(|_| Action::Select(None))}>{t(lang, Key::ShowAll)}</button>
                </p>
            }
            <div class="article-view" data-testid="article-view" lang="zh" data-complete={(shown == p.blocks.len() + p.tail.len()).then_some("true")}
                 {onfocusin} {onmouseover} {onclick} {onkeydown}>
                // Keyed: Yew matches unkeyed children from the end, so each appended
                // block would otherwise redraw all the ones before it.
                { for p.blocks.iter().take(shown).map(|range| html! {
                    <ArticleBlock key={range.start} segs={p.segs.clone()} range={range.clone()} analysis={a.clone()}
                                  selected={selected.clone()} />
                }) }
                { for p.tail.iter().take(shown.saturating_sub(p.blocks.len())).map(|(start, text)| html! {
                    <div key={format!("tail-{start}")} class="block" id={format!("at-{start}")}>{text.clone()}</div>
                }) }
            </div>
            if !p.tail.is_empty() {
                <p class="note" data-testid="highlight-limit">{t(lang, Key::HighlightLimit)}</p>
            }
            <p class="card" data-testid="card" aria-live="polite">{card.unwrap_or_default()}</p>
        </section>
    }
}
