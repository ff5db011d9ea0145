//! Words: the segmentation itself (word boundaries, POS on hover) and the key terms
//! (jieba-rs TextRank), shown on demand — for readers, and for checking why an entity
//! was or was not found.

use crate::context::use_panel;
use crate::i18n::{t, Key};
use crate::state::Action;
use yew::prelude::*;

/// The Words toggle and view.
#[function_component]
pub fn Words() -> Html {
    let h = use_panel();
    let lang = h.state.lang;
    if h.state.analysis.is_none() {
        return html! {};
    }
    let text: Vec<char> = h.state.analyzed_text.chars().collect();
    let words = h.state.words.clone();
    html! {
        <section class="panel" aria-labelledby="words-h">
            <h2 id="words-h">{t(lang, Key::Words)}</h2>
            <h3>{t(lang, Key::KeyTerms)}</h3>
            <ul class="chips" data-testid="keywords">
                { for words.keywords.iter().map(|(k, w)| html! { <li title={format!("{w:.3}")}>{k}</li> }) }
            </ul>
            <button type="button" class="button ghost" data-testid="toggle-words" aria-pressed={h.state.show_words.to_string()}
                    onclick={h.dispatch.reform(|_| Action::ToggleWords)}>{t(lang, Key::ShowWords)}</button>
            if h.state.show_words {
                <p class="tokens" data-testid="tokens" lang="zh">
                    { for words.tokens.iter().filter(|(s, e, _)| s < e && *e <= text.len()).map(|(s, e, pos)| html! {
                        <span class="tok" title={pos.clone()}>{text[*s..*e].iter().collect::<String>()}</span>
                    }) }
                </p>
            }
        </section>
    }
}
