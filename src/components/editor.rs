//! The input side: the article text area, the reference date and the sample button.

use crate::context::use_analysis;
use crate::sample::{SAMPLE_DATE, SAMPLE_TEXT};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Text area (autofocus), date field and sample button.
#[function_component]
pub fn Editor() -> Html {
    let h = use_analysis();
    let oninput = {
        let set_text = h.set_text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            set_text.emit(area.value());
        })
    };
    let ondate = {
        let set_date = h.set_date.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            set_date.emit(input.value());
        })
    };
    let sample = {
        let set_text = h.set_text.clone();
        let set_date = h.set_date.clone();
        Callback::from(move |_: MouseEvent| {
            set_date.emit(SAMPLE_DATE.to_string());
            set_text.emit(SAMPLE_TEXT.to_string());
        })
    };
    let used = h.state.analysis.as_ref().map(|a| {
        let source = match a.reference_date_source.as_str() {
            "user" => "your date",
            "text" => "found in the text",
            _ => "none: relative dates stay unresolved",
        };
        format!("Dates resolved against {} ({source})", a.reference_date.clone().unwrap_or_else(|| "—".into()))
    });
    html! {
        <section class="editor" aria-label="Article">
            <label for="article" class="label">{"Paste a news article"}</label>
            <textarea id="article" data-testid="article" autofocus=true spellcheck="false"
                placeholder="貼上新聞全文 · 粘贴新闻全文 · Paste the full article text"
                value={h.state.text.clone()} {oninput} />
            <div class="controls">
                <label class="date">
                    {"Article date "}
                    <input type="date" data-testid="date" value={h.state.date.clone()} onchange={ondate} />
                </label>
                <button type="button" class="button" data-testid="sample" onclick={sample}>{"Try a sample article"}</button>
            </div>
            if let Some(u) = used { <p class="used-date" data-testid="used-date">{u}</p> }
        </section>
    }
}
