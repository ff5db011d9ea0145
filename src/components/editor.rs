//! The input side: the article text area, the reference date (with where the date the
//! analysis used came from), the sample button and a clear button.

use crate::components::article_input::{ArticleInput, OnText};
use crate::components::file_input::FileInput;
use crate::context::use_analysis;
use crate::i18n::{t, Key};
use crate::sample::{SAMPLE_DATE, SAMPLE_TEXT};
use crate::state::Action;
use newslens_engine::DateSource;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Text area (autofocus), date field, sample and clear buttons.
#[function_component]
pub fn Editor() -> Html {
    let h = use_analysis();
    let lang = h.state.lang;
    let on_text = (*use_memo((), |_| OnText::default())).clone();
    *on_text.0.borrow_mut() = h.set_text.clone();
    let ondate = {
        let set_date = h.set_date.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            crate::storage::save_date(&input.value());
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
    let clear = {
        let set_text = h.set_text.clone();
        let d = h.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::Select(None));
            set_text.emit(String::new());
        })
    };
    let used = h.state.analysis.as_ref().map(|a| {
        let source = match a.reference_date_source {
            DateSource::User if h.state.file_date.is_some() && h.state.file_date == a.reference_date => {
                t(lang, Key::DateFile)
            }
            DateSource::User => t(lang, Key::DateUser),
            DateSource::Text => t(lang, Key::DateText),
            DateSource::None => t(lang, Key::DateNone),
        };
        (
            a.reference_date_source,
            format!(
                "{} {} ({source})",
                t(lang, Key::DatesAgainst),
                a.reference_date.clone().unwrap_or_else(|| "—".into())
            ),
        )
    });
    html! {
        <section class="editor" aria-label={t(lang, Key::Paste)}>
            <label for="article" id="article-label" class="label">{t(lang, Key::Paste)}</label>
            <ArticleInput text={AttrValue::from(h.state.text.clone())} on_text={on_text} />
            <div class="controls">
                <label class="date">
                    {format!("{} ", t(lang, Key::ArticleDate))}
                    <input type="date" data-testid="date" value={h.state.date.clone()} onchange={ondate} />
                </label>
                <button type="button" class="button" data-testid="sample" onclick={sample}>{t(lang, Key::Sample)}</button>
                <button type="button" class="button ghost" data-testid="clear" onclick={clear} disabled={h.state.text.is_empty()}>{t(lang, Key::Clear)}</button>
                <FileInput />
            </div>
            if let Some((source, u)) = used {
                <p class={classes!("used-date", (source == DateSource::None).then_some("warn"))} data-testid="used-date" data-source={source.as_str()} data-file={h.state.file_date.is_some().to_string()}>{u}</p>
            }
        </section>
    }
}
