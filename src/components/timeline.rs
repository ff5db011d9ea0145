//! The timeline: an SVG with a real time axis. Day dates are points, months, years and
//! intervals are bands, approximate or open-ended ones faded bands; events on the same
//! date share a row; events whose time has no value are listed apart. Works from a span
//! of days to one of decades (ticks by day, month or year).

use crate::components::results::LIST_LIMIT;
use crate::context::use_panel;
use crate::i18n::{number, t, Key};
use crate::state::Action;
use newslens_engine::Date;
use std::collections::HashMap;
use yew::prelude::*;

/// How a date is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    Point,
    Band,
    Faded,
}

fn bound(s: &str, end: bool) -> Option<i64> {
    let s = s.trim_end_matches(['~', '?']);
    let parts: Vec<&str> = s.split('-').collect();
    let y: i32 = parts.first()?.parse().ok()?;
    let (m, d) = match parts.len() {
        1 => (if end { 12 } else { 1 }, None),
        2 => (parts[1].parse().ok()?, None),
        _ => (parts[1].parse().ok()?, Some(parts[2].parse::<u32>().ok()?)),
    };
    let day = match d {
        Some(d) => d,
        None if end => newslens_engine::date::days_in_month(y, m),
        None => 1,
    };
    Some(Date::new(y, m, day)?.to_days())
}

/// `(first day, last day, shape)` of an EDTF date, in days since the epoch.
pub fn span(value: &str) -> Option<(i64, i64, Shape)> {
    let approx = value.contains('~') || value.contains("..");
    match value.split_once('/') {
        Some((a, b)) => {
            let (s, e) = match (a, b) {
                ("..", b) => (bound(b, false)? - 365, bound(b, true)?),
                (a, "..") => (bound(a, false)?, bound(a, true)? + 365),
                (a, b) => (bound(a, false)?, bound(b, true)?),
            };
            Some((s, e.max(s), if approx { Shape::Faded } else { Shape::Band }))
        }
        None => {
            let (s, e) = (bound(value, false)?, bound(value, true)?);
            let shape = if approx {
                Shape::Faded
            } else if s == e {
                Shape::Point
            } else {
                Shape::Band
            };
            Some((s, e, shape))
        }
    }
}

/// Axis ticks for a day range: `(day, label)`, by year, month or day.
pub fn ticks(lo: i64, hi: i64) -> Vec<(i64, String)> {
    let (a, b) = (Date::from_days(lo), Date::from_days(hi));
    let (Some(a), Some(b)) = (a, b) else { return Vec::new() };
    let span = hi - lo;
    let mut out = Vec::new();
    if span > 3 * 365 {
        let years = (b.year() - a.year()).max(1);
        let step = [1, 2, 5, 10, 20, 50, 100].into_iter().find(|s| years / s <= 8).unwrap_or(100);
        let mut y = a.year() - a.year().rem_euclid(step);
        while y <= b.year() + 1 {
            if let Some(d) = Date::new(y, 1, 1) {
                if (lo..=hi).contains(&d.to_days()) {
                    out.push((d.to_days(), y.to_string()));
                }
            }
            y += step;
        }
    } else if span > 60 {
        let months = (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32;
        let step = [1, 2, 3, 6, 12].into_iter().find(|s| months / s <= 8).unwrap_or(12);
        let mut m = a.year() * 12 + a.month() as i32 - 1;
        while m <= b.year() * 12 + b.month() as i32 {
            if let Some(d) = Date::new(m.div_euclid(12), m.rem_euclid(12) as u32 + 1, 1) {
                if (lo..=hi).contains(&d.to_days()) {
                    out.push((d.to_days(), format!("{}-{:02}", d.year(), d.month())));
                }
            }
            m += step;
        }
    } else {
        let step = [1, 2, 7, 14].into_iter().find(|s| span / s <= 8).unwrap_or(14);
        let mut d = lo;
        while d <= hi {
            if let Some(x) = Date::from_days(d) {
                out.push((d, format!("{}-{:02}-{:02}", x.year(), x.month(), x.day())));
            }
            d += step;
        }
    }
    out
}

/// A timeline row: the date as written, its drawn span, and the events on it.
type Row = (String, (i64, i64, Shape), Vec<usize>);

/// The timeline panel.
#[function_component]
pub fn Timeline() -> Html {
    let h = use_panel();
    let len = h.state.analysis.as_ref().map_or(0, |a| a.events.len().min(LIST_LIMIT));
    let drawn = crate::steps::use_items(crate::steps::identity(h.state.analysis.as_ref()), len);
    let Some(a) = h.state.analysis.clone() else { return html! {} };
    let lang = h.state.lang;
    let selected = h.state.selected.clone();
    // Lookups by map: a long text has thousands of entities, events and dates.
    let names: HashMap<&str, &str> = a.entities.iter().map(|e| (e.id.as_str(), e.name.as_str())).collect();
    let name = |id: &str| names.get(id).copied().unwrap_or_default().to_string();
    let mut row_of: HashMap<String, usize> = HashMap::new();
    // Rows: events grouped by date, in date order, filtered to the selected actor.
    let mut rows: Vec<Row> = Vec::new();
    for (i, ev) in a.events.iter().enumerate() {
        if selected.as_ref().is_some_and(|s| !ev.actors.contains(s)) {
            continue;
        }
        let Some(date) = ev.date.clone() else { continue };
        let Some(sp) = span(&date) else { continue };
        match row_of.get(&date) {
            Some(&r) => rows[r].2.push(i),
            None => {
                row_of.insert(date.clone(), rows.len());
                rows.push((date, sp, vec![i]));
            }
        }
    }
    rows.sort_by(|x, y| x.1 .0.cmp(&y.1 .0).then(x.0.cmp(&y.0)));
    let undated: Vec<&newslens_engine::TimeMention> =
        a.times.iter().filter(|tm| tm.value.is_none() && tm.kind == newslens_engine::TimeKind::Vague).collect();
    let (lo, hi) = rows.iter().fold((i64::MAX, i64::MIN), |(lo, hi), r| (lo.min(r.1 .0), hi.max(r.1 .1)));
    let (width, left, right, row_h, top) = (760.0f64, 150.0f64, 20.0f64, 26.0f64, 34.0f64);
    let pad = ((hi - lo) as f64 * 0.03).max(1.0) as i64;
    let (lo, hi) = (lo - pad, hi + pad);
    let x = |d: i64| left + (d - lo) as f64 / ((hi - lo).max(1) as f64) * (width - left - right);
    let height = top + rows.len().min(LIST_LIMIT) as f64 * row_h + 10.0;
    html! {
        <section class="panel wide" aria-labelledby="timeline-h">
            <h2 id="timeline-h">{format!("{} ({})", t(lang, Key::Timeline), number(lang, rows.iter().map(|r| r.2.len()).sum::<usize>()))}</h2>
            if rows.is_empty() {
                <p class="muted">{t(lang, Key::NoItems)}</p>
            } else {
                <svg class="timeline" data-testid="timeline" viewBox={format!("0 0 {width} {height}")} role="group"
                     aria-label={t(lang, Key::Timeline)}>
                    { for ticks(lo, hi).into_iter().map(|(d, label)| html! {
                        <g class="tick">
                            <line x1={x(d).to_string()} x2={x(d).to_string()} y1="22" y2={height.to_string()} />
                            <text x={x(d).to_string()} y="14" text-anchor="middle">{label}</text>
                        </g>
                    }) }
                    { for rows.iter().take(drawn.min(LIST_LIMIT)).enumerate().map(|(ri, (date, (s, e, shape), evs))| {
                        let y = top + ri as f64 * row_h;
                        let ev = &a.events[evs[0]];
                        let actors: Vec<String> = ev.actors.iter().take(3).map(|id| name(id)).collect();
                        let start = ev.start;
                        let onclick = Callback::from(move |_: MouseEvent| crate::storage::reveal(&format!("at-{start}")));
                        let label = if evs.len() > 1 { format!("{date} ×{}", evs.len()) } else { date.clone() };
                        let mark = match shape {
                            Shape::Point => html! { <circle class="pt" cx={x(*s).to_string()} cy={(y + 8.0).to_string()} r="5" /> },
                            Shape::Band => html! { <rect class="band" x={x(*s).to_string()} y={(y + 3.0).to_string()} width={(x(*e + 1) - x(*s)).max(4.0).to_string()} height="10" rx="3" /> },
                            Shape::Faded => html! { <rect class="band faded" x={x(*s).to_string()} y={(y + 3.0).to_string()} width={(x(*e + 1) - x(*s)).max(4.0).to_string()} height="10" rx="3" /> },
                        };
                        html! {
                            <g key={date.clone()} class="row" data-testid="timeline-event" data-count={evs.len().to_string()} tabindex="0" role="link"
                               aria-label={format!("{label}: {}", ev.sentence)} {onclick}>
                                <title>{format!("{label}\n{}", ev.sentence)}</title>
                                <text class="date" x="4" y={(y + 12.0).to_string()}>{label}</text>
                                {mark}
                                <text class="who" x={(x(*e + 1).min(width - 200.0) + 8.0).to_string()} y={(y + 12.0).to_string()}>
                                    {actors.join(" · ")}
                                </text>
                            </g>
                        }
                    }) }
                </svg>
                <ol class="events">
                    { for rows.iter().flat_map(|r| r.2.iter()).take(drawn).map(|&i| {
                        let ev = &a.events[i];
                        let start = ev.start;
                        html! {
                            <li key={i} data-testid="event">
                                <button type="button" class="link when" onclick={Callback::from(move |_| crate::storage::reveal(&format!("at-{start}")))}>
                                    {ev.date.clone().unwrap_or_default()}
                                </button>
                                <span class="what">{&ev.sentence}</span>
                                if !ev.actors.is_empty() {
                                    <span class="actors">{ev.actors.iter().map(|id| name(id)).collect::<Vec<_>>().join(" · ")}</span>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
            if !undated.is_empty() {
                <h3>{t(lang, Key::Undated)}</h3>
                <ul class="undated" data-testid="undated">
                    { for undated.iter().take(LIST_LIMIT).map(|tm| html! { <li>{&tm.text}</li> }) }
                </ul>
            }
            if selected.is_some() {
                <button type="button" class="link" onclick={h.dispatch.reform(|_| Action::Select(None))}>{t(lang, Key::ShowAll)}</button>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_spans_of_the_right_shape() {
        let d = |s: &str| Date::parse(s).unwrap().to_days();
        assert_eq!(span("2025-10-20"), Some((d("2025-10-20"), d("2025-10-20"), Shape::Point)));
        assert_eq!(span("2023-09"), Some((d("2023-09-01"), d("2023-09-30"), Shape::Band)));
        assert_eq!(span("2024"), Some((d("2024-01-01"), d("2024-12-31"), Shape::Band)));
        assert_eq!(span("2018-07/2018-09"), Some((d("2018-07-01"), d("2018-09-30"), Shape::Band)));
        assert_eq!(span("2025~").map(|s| s.2), Some(Shape::Faded));
        assert_eq!(span("../2020").map(|s| s.2), Some(Shape::Faded));
        assert_eq!(span("P10Y"), None);
    }

    #[test]
    fn ticks_follow_the_span() {
        let d = |s: &str| Date::parse(s).unwrap().to_days();
        let days = ticks(d("2025-10-01"), d("2025-10-20"));
        assert!(days.len() >= 3 && days[0].1.len() == 10);
        let months = ticks(d("2025-01-01"), d("2025-10-20"));
        assert!(months.iter().all(|t| t.1.len() == 7));
        let years = ticks(d("1921-01-01"), d("2025-10-20"));
        assert!(years.len() <= 10 && years.iter().all(|t| t.1.len() == 4), "{years:?}");
    }
}
