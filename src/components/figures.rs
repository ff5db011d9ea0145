//! Key figures: money, percentages and counts with normalized values and units, in a
//! table sortable by text, type or value.

use crate::components::results::LIST_LIMIT;
use crate::context::use_panel;
use crate::i18n::{number, t, Key};
use crate::state::{Action, FigureColumn};
use yew::prelude::*;

/// The figures table.
#[function_component]
pub fn Figures() -> Html {
    let h = use_panel();
    let len = h.state.analysis.as_ref().map_or(0, |a| a.quantities.len().min(LIST_LIMIT));
    let drawn = crate::steps::use_items(crate::steps::identity(h.state.analysis.as_ref()), len);
    let Some(a) = h.state.analysis.clone() else { return html! {} };
    let lang = h.state.lang;
    let (col, asc) = h.state.figure_sort;
    let mut rows: Vec<usize> = (0..a.quantities.len()).collect();
    rows.sort_by(|&x, &y| {
        let (p, q) = (&a.quantities[x], &a.quantities[y]);
        let o = match col {
            FigureColumn::Value => p.value.partial_cmp(&q.value).unwrap_or(std::cmp::Ordering::Equal),
            FigureColumn::Kind => p.kind.cmp(&q.kind),
            FigureColumn::Text => p.start.cmp(&q.start),
        };
        if asc {
            o
        } else {
            o.reverse()
        }
    });
    let header = |column: FigureColumn, label: &'static str| {
        let sort = if col == column {
            if asc {
                "ascending"
            } else {
                "descending"
            }
        } else {
            "none"
        };
        html! {
            <th aria-sort={sort}>
                <button type="button" class="link" data-testid={format!("sort-{}", column.as_str())}
                        onclick={h.dispatch.reform(move |_| Action::SortFigures(column))}>{label}</button>
            </th>
        }
    };
    html! {
        <section class="panel" aria-labelledby="figures-h">
            <h2 id="figures-h">{format!("{} ({})", t(lang, Key::Figures), number(lang, a.quantities.len()))}</h2>
            <table class="figures">
                <thead><tr>{header(FigureColumn::Text, t(lang, Key::Text))}{header(FigureColumn::Kind, t(lang, Key::Kind))}{header(FigureColumn::Value, t(lang, Key::Value))}<th>{t(lang, Key::Unit)}</th></tr></thead>
                <tbody>
                    { for rows.iter().take(drawn).map(|&i| {
                        let q = &a.quantities[i];
                        let value = match (q.value, q.value_max) {
                            (Some(v), Some(m)) if m != v => format!("{v}–{m}"),
                            (Some(v), _) => format!("{v}"),
                            _ => "≈".into(),
                        };
                        html! {
                            <tr key={i} data-testid="quantity">
                                <td class="text">{&q.text}</td><td>{q.kind.as_str()}</td><td class="value">{value}</td>
                                <td class="unit">{q.unit.clone().unwrap_or_default()}</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
