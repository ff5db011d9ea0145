//! The article's input, a component of its own: a textarea, or for a long text a
//! paragraph editor ([`crate::paragraphs`]).
//!
//! A textarea lays out all of its text again on every keystroke: about 250 ms for a
//! megabyte in Chromium, so typing into a long text froze the page whatever NewsLens
//! did. From [`LONG_BYTES`] on, the text is shown as one block per line in a
//! `contenteditable="plaintext-only"` element, where an edit lays out its own line
//! alone; below [`SHORT_BYTES`] it is a textarea again (the gap keeps the two from
//! trading places on every keystroke around one size). A paste that makes the text
//! long is taken over before the textarea lays it out.
//!
//! Yew refreshes a textarea's value by reading it back from the page on every render
//! (a copy of the whole text), so this component renders only when the text changes,
//! not when results, progress or the date do. The paragraph editor's lines are not
//! Yew's: they are written when the text comes from elsewhere (sample, clear, a paste
//! taken over, a switch of mode) and left alone when the user's own edit made it. The
//! writing itself, a few chunks per task, is [`paragraphs::Writer`]'s.

use crate::paragraphs;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, Element, HtmlTextAreaElement};
use yew::prelude::*;

/// At this many bytes the input becomes the paragraph editor.
pub const LONG_BYTES: usize = 100_000;
/// Below this many bytes the paragraph editor becomes a textarea again.
pub const SHORT_BYTES: usize = 50_000;
/// A text with a longer line stays in the textarea: Chromium lays out one long line in
/// a block far more slowly than in a textarea (a single 0.8 MB line: 5.4 s against
/// 0.5 s; 2.8 MB: minutes).
pub const MAX_LINE_BYTES: usize = 20_000;

/// The callback for edits, kept up to date by the parent on each of its renders (the
/// state's callbacks are made anew each render); compared by identity, so it does not
/// make the input render again.
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

/// What the input remembers between renders.
#[derive(Default)]
struct Memory {
    /// Whether it is the paragraph editor.
    long: Cell<bool>,
    /// The text the paragraph editor's lines show (`None`: not written yet).
    shown: RefCell<Option<AttrValue>>,
    /// Writes the paragraph editor's lines and follows its edits; holds where the
    /// caret goes after a switch of mode.
    writer: Rc<paragraphs::Writer>,
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The plain text a paste event carries, with its line ends made `\n`.
fn pasted_text(e: &Event) -> Option<String> {
    let data = e.dyn_ref::<ClipboardEvent>()?.clipboard_data()?;
    Some(data.get_data("text/plain").ok()?.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Whether a line of `text` is too long for the paragraph editor.
fn has_long_line(text: &str) -> bool {
    text.split('\n').any(|line| line.len() > MAX_LINE_BYTES)
}

/// Whether `el` has the focus (so a switch of mode keeps it).
fn has_focus(el: &Element) -> bool {
    document().and_then(|d| d.active_element()).is_some_and(|a| a.is_same_node(Some(el)))
}

/// The textarea, or the paragraph editor for a long text.
#[function_component]
pub fn ArticleInput(p: &ArticleInputProps) -> Html {
    let memory = use_memo((), |_| Memory::default());
    let editor = use_node_ref();
    let area = use_node_ref();
    let len = p.text.len();
    let was_long = memory.long.get();
    // The line check reads the whole text: only when the size allows the editor at all.
    let long = (if was_long { len >= SHORT_BYTES } else { len >= LONG_BYTES }) && !has_long_line(&p.text);
    memory.long.set(long);

    {
        // After a render: write the paragraph editor's lines for a text that did not
        // come from its own edits, and carry the focus and caret across a switch.
        let memory = memory.clone();
        let (editor, area) = (editor.clone(), area.clone());
        use_effect_with((p.text.clone(), long), move |(text, long)| {
            let Some(document) = document() else { return };
            if *long {
                let Some(root) = editor.cast::<Element>() else { return };
                let fresh = memory.shown.borrow().as_ref() != Some(text);
                if fresh {
                    *memory.shown.borrow_mut() = Some(text.clone());
                    memory.writer.write(document, root, text.clone());
                } else if let Some(at) = memory.writer.caret.take() {
                    memory.writer.finish(&document, &root, text, None, Some(at));
                }
            } else {
                memory.writer.stop();
                *memory.shown.borrow_mut() = None;
                if let (Some(at), Some(el)) = (memory.writer.caret.take(), area.cast::<HtmlTextAreaElement>()) {
                    let _ = el.focus();
                    let units = text[..at.min(text.len())].encode_utf16().count() as u32;
                    let _ = el.set_selection_range(units, units);
                }
            }
        });
    }

    if long {
        long_editor(p, &memory, editor)
    } else {
        textarea(p, &memory, area)
    }
}

/// The paragraph editor: edits read through the mirror, a long paste written anew.
fn long_editor(p: &ArticleInputProps, memory: &Rc<Memory>, editor: NodeRef) -> Html {
    let oninput = {
        let (on_text, memory, editor) = (p.on_text.clone(), memory.clone(), editor.clone());
        Callback::from(move |_: InputEvent| {
            let Some(root) = editor.cast::<Element>() else { return };
            let text = memory.writer.read(&root);
            if text.len() < SHORT_BYTES && has_focus(&root) {
                // The textarea takes over: keep the caret where it is. After some
                // edits (all selected and typed over) Chromium reports the caret on
                // an element boundary rather than in the text; then it is after
                // what the edit changed.
                let end = document().and_then(|d| paragraphs::caret_in_text(&d, &root)).unwrap_or_else(|| {
                    let before = memory.shown.borrow().as_ref().map(|t| t.to_string()).unwrap_or_default();
                    paragraphs::edit_end(&before, &text)
                });
                memory.writer.caret.set(Some(end));
            }
            *memory.shown.borrow_mut() = Some(AttrValue::from(text.clone()));
            let callback = on_text.0.borrow().clone();
            callback.emit(text);
        })
    };
    let onpaste = {
        let (on_text, memory, editor) = (p.on_text.clone(), memory.clone(), editor.clone());
        Callback::from(move |e: Event| {
            let (Some(document), Some(root)) = (document(), editor.cast::<Element>()) else { return };
            // A text still being written is written out first: the paste is into it.
            memory.writer.write_rest(&document, &root);
            let Some(pasted) = pasted_text(&e) else { return };
            // A short paste goes into its line as typing does (and can be undone); a
            // long one would become one huge line: the text is written anew.
            if pasted.len() < 2_000 && !pasted.contains('\n') {
                return;
            }
            e.prevent_default();
            let current = memory.writer.read(&root);
            let (start, end) =
                paragraphs::selection(&document, &root, &current).unwrap_or((current.len(), current.len()));
            let (start, end) = (start.min(current.len()), end.min(current.len()));
            if !current.is_char_boundary(start) || !current.is_char_boundary(end) {
                return;
            }
            let new = format!("{}{}{}", &current[..start], pasted, &current[end..]);
            memory.writer.caret.set(Some(start + pasted.len()));
            // The lines are about to be written anew: a selection over them (all
            // selected, as before most long pastes) would make the browser track
            // every removed node.
            if let Ok(Some(selection)) = document.get_selection() {
                let _ = selection.remove_all_ranges();
            }
            let callback = on_text.0.borrow().clone();
            callback.emit(new);
        })
    };
    html! {
        <div id="article" data-testid="article" class="long-editor" ref={editor}
            contenteditable="plaintext-only" spellcheck="false" role="textbox" aria-multiline="true"
            aria-labelledby="article-label" {oninput} {onpaste} />
    }
}

/// The textarea: a paste that makes the text long is taken over by the page.
fn textarea(p: &ArticleInputProps, memory: &Rc<Memory>, area: NodeRef) -> Html {
    let oninput = {
        let (on_text, memory) = (p.on_text.clone(), memory.clone());
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let text = area.value();
            if text.len() >= LONG_BYTES && has_focus(&area) {
                // The paragraph editor takes over: keep the caret where it is.
                let units = area.selection_end().ok().flatten().unwrap_or(0) as usize;
                memory.writer.caret.set(Some(paragraphs::byte_of_utf16(&text, units)));
            }
            let callback = on_text.0.borrow().clone();
            callback.emit(text);
        })
    };
    let onpaste = {
        let (on_text, memory) = (p.on_text.clone(), memory.clone());
        Callback::from(move |e: Event| {
            let Some(pasted) = pasted_text(&e) else { return };
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let value = area.value();
            let units = |n: Option<u32>| n.map_or(value.len(), |n| paragraphs::byte_of_utf16(&value, n as usize));
            let start = units(area.selection_start().ok().flatten());
            let end = units(area.selection_end().ok().flatten()).max(start);
            if value.len() - (end - start) + pasted.len() < LONG_BYTES {
                return;
            }
            let new = format!("{}{}{}", &value[..start], pasted, &value[end..]);
            // Long: the page takes it over. The paragraph editor shows it at once
            // (the textarea would lay the whole text out first); a text with a very
            // long line stays in the textarea, which gets it as its value (the
            // browser's own paste of megabytes goes through its editing machinery,
            // which takes minutes for a 2 MB line).
            e.prevent_default();
            memory.writer.caret.set(Some(start + pasted.len()));
            let callback = on_text.0.borrow().clone();
            callback.emit(new);
        })
    };
    html! {
        <textarea id="article" data-testid="article" ref={area} autofocus=true spellcheck="false"
            placeholder="貼上新聞全文 · 粘贴新闻全文 · Paste the full article text"
            value={p.text.clone()} {oninput} {onpaste} />
    }
}
