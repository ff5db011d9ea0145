//! The result panels: entities, timeline events, times, figures and claims, straight
//! from the engine's analysis. All user text is rendered as text nodes, never markup.

use crate::context::use_analysis;
use newslens_engine::{Analysis, Entity};
use yew::prelude::*;

fn type_label(kind: &str) -> &'static str {
    match kind {
        "person" => "Person",
        "organization" => "Organization",
        "place" => "Place",
        "product" => "Product",
        "event" => "Event",
        _ => "Other",
    }
}

fn entity_name<'a>(a: &'a Analysis, id: &'a str) -> &'a str {
    a.entities.iter().find(|e| e.id == id).map(|e| e.name.as_str()).unwrap_or(id)
}

fn entity_card(a: &Analysis, e: &Entity) -> Html {
    let affiliations: Vec<&str> = a
        .relations
        .iter()
        .filter(|r| r.source == e.id && (r.kind == "affiliated_with" || r.kind == "part_of"))
        .map(|r| entity_name(a, &r.target))
        .collect();
    html! {
        <li class={classes!("entity", e.kind.clone())} data-testid="entity" data-type={e.kind.clone()}>
            <span class="badge">{type_label(&e.kind)}</span>
            <span class="name">{&e.name}</span>
            if !e.aliases.is_empty() { <span class="aliases">{format!("also: {}", e.aliases.join(", "))}</span> }
            if !e.roles.is_empty() { <span class="roles">{e.roles.join(", ")}</span> }
            if !affiliations.is_empty() { <span class="affil">{format!("→ {}", affiliations.join(", "))}</span> }
            <span class="count" title="mentions">{format!("×{}", e.mentions.len())}</span>
        </li>
    }
}

/// All panels, or an empty state.
#[function_component]
pub fn Results() -> Html {
    let h = use_analysis();
    let Some(a) = h.state.analysis.clone() else {
        return html! {
            <section class="results empty" aria-label="Results">
                <h2>{"How it works"}</h2>
                <p>{"Paste a Chinese (Traditional or Simplified) or mixed-script news article on the left, or try the sample. NewsLens finds the people, organizations and places, puts dated events on a timeline and lists who claimed what — without sending anything anywhere."}</p>
            </section>
        };
    };
    let mut events = a.events.clone();
    events.sort_by(|x, y| x.date.cmp(&y.date));
    html! {
        <section class="results" aria-label="Results" data-testid="results">
            <div class="panel">
                <h2>{format!("Actors ({})", a.entities.len())}</h2>
                <ul class="entities">{ for a.entities.iter().map(|e| entity_card(&a, e)) }</ul>
            </div>
            <div class="panel">
                <h2>{format!("Timeline ({})", events.len())}</h2>
                <ol class="events">
                    { for events.iter().map(|ev| html! {
                        <li data-testid="event">
                            <span class="when">{ev.date.clone().unwrap_or_default()}</span>
                            <span class="what">{&ev.sentence}</span>
                            if !ev.actors.is_empty() {
                                <span class="actors">{ev.actors.iter().map(|id| entity_name(&a, id)).collect::<Vec<_>>().join(" · ")}</span>
                            }
                        </li>
                    }) }
                </ol>
            </div>
            <div class="panel">
                <h2>{format!("Times ({})", a.times.len())}</h2>
                <ul class="times">
                    { for a.times.iter().map(|t| html! {
                        <li data-testid="time">
                            <span class="text">{&t.text}</span>
                            <span class="value">{t.value.clone().unwrap_or_else(|| "unresolved".into())}</span>
                            <span class="kind">{&t.kind}</span>
                        </li>
                    }) }
                </ul>
            </div>
            <div class="panel">
                <h2>{format!("Figures ({})", a.quantities.len())}</h2>
                <ul class="figures">
                    { for a.quantities.iter().map(|q| html! {
                        <li data-testid="quantity">
                            <span class="text">{&q.text}</span>
                            <span class="value">{q.value.map(|v| format!("{v}")).unwrap_or_else(|| "≈".into())}</span>
                            <span class="unit">{q.unit.clone().unwrap_or_default()}</span>
                        </li>
                    }) }
                </ul>
            </div>
            <div class="panel wide">
                <h2>{format!("Claims ({})", a.claims.len())}</h2>
                <p class="sources">{format!("named {} · organization {} · group {} · anonymous {}",
                    a.claim_summary.named, a.claim_summary.organization, a.claim_summary.group, a.claim_summary.anonymous)}</p>
                <ul class="claims">
                    { for a.claims.iter().map(|c| html! {
                        <li data-testid="claim" class={classes!("claim", c.source_kind.clone())}>
                            <span class="speaker">{&c.speaker_text}</span>
                            <span class="kind">{&c.source_kind}</span>
                            <span class="cue">{&c.cue}</span>
                            <q class={if c.quoted { "quoted" } else { "reported" }}>{&c.content}</q>
                        </li>
                    }) }
                </ul>
            </div>
        </section>
    }
}
