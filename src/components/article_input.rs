//! The article's textarea, a component of its own: Yew refreshes a textarea's value by
//! reading it back from the page on every render, which for a pasted megabyte is a
//! copy of the whole text, so it renders only when the text changes (not when results,
//! progress or the date do).

use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The callback for edits, kept up to date by the parent on each of its renders (the
/// state's callbacks are made anew each render); compared by identity, so it does not
/// make the textarea render again.
#[derive(Clone, Default)]
pub struct OnText(pub Rc<RefCell<Callback<String>>>);

impl PartialEq for OnText {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct ArticleInputProps {
    /// The text, as the state holds it.
    pub text: AttrValue,
    /// Called with the whole text after every edit.
    pub on_text: OnText,
}

/// The textarea the article is pasted into.
#[function_component]
pub fn ArticleInput(p: &ArticleInputProps) -> Html {
    let oninput = {
        let on_text = p.on_text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let callback = on_text.0.borrow().clone();
            callback.emit(area.value());
        })
    };
    html! {
        <textarea id="article" data-testid="article" autofocus=true spellcheck="false"
            placeholder="貼上新聞全文 · 粘贴新闻全文 · Paste the full article text"
            value={p.text.clone()} {oninput} />
    }
}
