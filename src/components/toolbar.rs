//! The toolbar: exports (JSON, CSV of entities, claims and events, a Markdown report),
//! the share link (the article compressed into the URL fragment) and the language.

use crate::context::use_analysis;
use crate::i18n::{t, Key, Lang};
use crate::share;
use crate::state::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Exports, share and language switch.
#[function_component]
pub fn Toolbar() -> Html {
    let h = use_analysis();
    let lang = h.state.lang;
    let analysis = h.state.analysis.clone();
    let export = |kind: &'static str| {
        let analysis = analysis.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(a) = analysis.as_deref() else { return };
            match kind {
                "json" => crate::storage::download(
                    "newslens.json",
                    "application/json",
                    &serde_json::to_string_pretty(a).unwrap_or_default(),
                ),
                "entities" => crate::storage::download("newslens-entities.csv", "text/csv", &share::entities_csv(a)),
                "claims" => crate::storage::download("newslens-claims.csv", "text/csv", &share::claims_csv(a)),
                "events" => crate::storage::download("newslens-events.csv", "text/csv", &share::events_csv(a)),
                _ => crate::storage::download("newslens-report.md", "text/markdown", &share::markdown(a)),
            }
        })
    };
    let on_share = {
        let text = h.state.text.clone();
        let date = h.state.date.clone();
        let d = h.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            // The link goes into the address bar (copyable from there on any browser,
            // with no clipboard permission needed).
            if let Some(url) = crate::storage::set_share_link(&text, &date) {
                crate::storage::copy_to_clipboard(&url);
                d.emit(Action::Notice(Some(t(lang, Key::ShareDone).to_string())));
            }
        })
    };
    let on_lang = {
        let d = h.dispatch.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            let l = match sel.value().as_str() {
                "zh-Hant" => Lang::ZhHant,
                "zh-Hans" => Lang::ZhHans,
                _ => Lang::En,
            };
            crate::storage::set_document_lang(l);
            d.emit(Action::SetLang(l));
        })
    };
    let none = analysis.is_none();
    html! {
        <nav class="toolbar" aria-label="Tools">
            <button type="button" class="button ghost" data-testid="export-json" disabled={none} onclick={export("json")}>{t(lang, Key::ExportJson)}</button>
            <button type="button" class="button ghost" data-testid="export-entities" disabled={none} onclick={export("entities")}>{format!("{} · {}", t(lang, Key::ExportCsv), t(lang, Key::Actors))}</button>
            <button type="button" class="button ghost" data-testid="export-claims" disabled={none} onclick={export("claims")}>{format!("{} · {}", t(lang, Key::ExportCsv), t(lang, Key::Claims))}</button>
            <button type="button" class="button ghost" data-testid="export-events" disabled={none} onclick={export("events")}>{format!("{} · {}", t(lang, Key::ExportCsv), t(lang, Key::Timeline))}</button>
            <button type="button" class="button ghost" data-testid="export-md" disabled={none} onclick={export("md")}>{t(lang, Key::ExportMd)}</button>
            <button type="button" class="button ghost" data-testid="print" disabled={none} onclick={Callback::from(|_| print_page())}>{t(lang, Key::Print)}</button>
            <button type="button" class="button" data-testid="share" disabled={h.state.text.is_empty()} onclick={on_share}>{t(lang, Key::Share)}</button>
            <label class="lang">
                {t(lang, Key::Language)}
                <select data-testid="lang" onchange={on_lang}>
                    { for Lang::ALL.iter().map(|l| html! { <option value={l.tag()} selected={*l == lang}>{l.native_name()}</option> }) }
                </select>
            </label>
            if let Some(n) = &h.state.notice { <p class="notice" role="status" data-testid="notice">{n}</p> }
        </nav>
    }
}

/// The browser's print dialog (and its "Save as PDF"); the print stylesheet lays every
/// panel out in full.
fn print_page() {
    if let Some(w) = web_sys::window() {
        // A browser without printing (some embedded views) has nothing to open.
        let _ = w.print();
    }
}
