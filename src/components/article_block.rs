//! One block of the article view: a run of highlight segments ending at a line end,
//! its own component so a change of focus or a newly shown block leaves the others
//! untouched, and styled with `content-visibility: auto` so the browser lays out only
//! the blocks near the screen. A title or pronoun the engine linked to an entity is
//! marked like the entity's name but drawn apart (`ref`, `data-ref`: see
//! [`mark_classes`]).

use crate::highlight::{mark_classes, Segment};
use newslens_engine::{Analysis, MentionKind};
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// The segments `range` of `segs` with what they need to be drawn. Shared data is
/// compared by pointer: it is rebuilt only when a new analysis arrives.
#[derive(Properties, Clone)]
pub struct ArticleBlockProps {
    pub segs: Rc<Vec<Segment>>,
    pub range: Range<usize>,
    pub analysis: Rc<Analysis>,
    pub selected: Option<String>,
}

impl PartialEq for ArticleBlockProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.segs, &o.segs)
            && Rc::ptr_eq(&self.analysis, &o.analysis)
            && self.range == o.range
            && self.selected == o.selected
    }
}

/// The block's pieces: plain text in spans (their ids are scroll targets), highlights
/// in focusable marks that carry their segment index (`data-i`) for the view's single
/// set of event listeners (which also give a mark its tooltip when it is first
/// pointed at or focused).
#[function_component]
pub fn ArticleBlock(p: &ArticleBlockProps) -> Html {
    let a = &p.analysis;
    let selected = p.selected.as_deref();
    html! {
        <div class="block">
            { for p.segs[p.range.clone()].iter().zip(p.range.clone()).map(|(s, i)| {
                let id = format!("at-{}", s.start);
                if s.entity.is_none() && s.time.is_none() && s.quantity.is_none() && s.claim.is_none() {
                    return html! { <span id={id}>{s.text.clone()}</span> };
                }
                let ent = s.entity.and_then(|ei| a.entities.get(ei));
                let class = mark_classes(s, a, selected);
                let reference = ent.is_some() && s.mention != MentionKind::Name;
                html! {
                    <mark id={id} class={class} tabindex="0" data-i={i.to_string()}
                          data-entity={ent.map(|e| e.id.clone())}
                          data-ref={reference.then_some(s.mention.as_str())}
                          data-mention={s.mention_start.then_some("start")}>
                        {s.text.clone()}
                    </mark>
                }
            }) }
        </div>
    }
}
