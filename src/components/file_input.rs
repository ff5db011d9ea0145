//! Files into the article input: the "Open file…" button (a labelled file input,
//! reachable by keyboard) and dropping a file on the page. A file is read, checked and
//! turned into plain text ([`crate::files`], [`crate::html_text`]); its text replaces
//! the input's, and a date it states becomes the reference date.
//!
//! Nothing typed is lost: the text a file replaces is kept in the state and offered
//! back with a "Restore" button (the saved draft follows the input, so it alone would
//! not keep it). A file that cannot be loaded leaves the text as it was and says why.

use crate::agent::MAX_TEXT_BYTES;
use crate::context::{use_analysis, AnalysisHandle};
use crate::files::{decode, FileError, FileKind};
use crate::i18n::{t, Key};
use crate::state::Action;
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

/// What the input's `accept` lists.
const ACCEPT: &str = ".txt,.md,.html,.htm,text/plain,text/markdown,text/html";

/// A file's text and the date it states, or why it gave none.
async fn read(file: &File) -> Result<(String, Option<String>), FileError> {
    let kind = FileKind::from_name(&file.name()).ok_or(FileError::Unsupported)?;
    let size = file.size() as usize;
    if size > MAX_TEXT_BYTES {
        return Err(FileError::TooLarge { bytes: size });
    }
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(|_| FileError::Unreadable)?;
    let text = decode(&js_sys::Uint8Array::new(&buf).to_vec(), MAX_TEXT_BYTES)?;
    let (text, date) = match kind {
        FileKind::Text => (text, None),
        FileKind::Html => {
            let page = crate::html_text::extract(&text);
            (page.text, page.date)
        }
    };
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    Ok((text, date))
}

/// Reads `file` and puts its text (and date) into the input, keeping the text it
/// replaces; or says why it could not.
fn load(h: AnalysisHandle, file: File) {
    wasm_bindgen_futures::spawn_local(async move {
        let (text, date) = match read(&file).await {
            Ok(read) => read,
            Err(e) => return h.dispatch.emit(Action::FileFailed(e)),
        };
        let before = h.state.text.clone();
        // A file loaded over another file's text, unedited, keeps what the first one
        // replaced: the user's own text stays the one offered back.
        let replaced = if h.state.replaced.is_some() && h.state.loaded.as_ref() == Some(&before) {
            h.state.replaced.clone()
        } else {
            (!before.trim().is_empty() && before != text).then_some(before)
        };
        // The file's date; without one, the date field stays as the user set it (a
        // date from an earlier file does not belong to this one).
        let used =
            date.clone()
                .unwrap_or_else(|| if h.state.file_date.is_some() { String::new() } else { h.state.date.clone() });
        crate::storage::save_date(&used);
        h.dispatch.emit(Action::Select(None));
        h.analyze_now.emit((text.clone(), used));
        h.dispatch.emit(Action::FileLoaded { name: file.name(), text, replaced, date });
    });
}

/// Whether a drag carries files (a drag of text into the textarea is the browser's).
fn has_files(e: &DragEvent) -> bool {
    e.data_transfer().is_some_and(|d| d.types().iter().any(|t| t.as_string().as_deref() == Some("Files")))
}

/// The page's `dragover` and `drop` handlers: a dropped file is loaded (and the
/// browser does not open it in place of the app).
#[hook]
pub fn use_drop() -> (Callback<DragEvent>, Callback<DragEvent>) {
    let h = use_analysis();
    let over = Callback::from(|e: DragEvent| {
        if has_files(&e) {
            e.prevent_default();
        }
    });
    let drop = Callback::from(move |e: DragEvent| {
        let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) else { return };
        e.prevent_default();
        load(h.clone(), file);
    });
    (over, drop)
}

/// The "Open file…" button, what became of the last file, and the way back to the
/// text it replaced.
#[function_component]
pub fn FileInput() -> Html {
    let h = use_analysis();
    let lang = h.state.lang;
    let onchange = {
        let h = h.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                load(h.clone(), file);
            }
            // The same file can be opened again.
            input.set_value("");
        })
    };
    let restore = {
        let h = h.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = h.state.replaced.clone() {
                h.set_text.emit(text);
            }
            h.dispatch.emit(Action::Restored);
        })
    };
    let note = match &h.state.file {
        Some(crate::state::FileNote::Loaded(name)) => html! {
            <p class="file-note" role="status" data-testid="file-note">
                {format!("{} {name}", t(lang, Key::Loaded))}
                if h.state.replaced.is_some() {
                    {" · "}<button type="button" class="link" data-testid="restore" onclick={restore}>{t(lang, Key::Restore)}</button>
                }
            </p>
        },
        Some(crate::state::FileNote::Failed(e)) => {
            html! { <p class="file-note warn" role="alert" data-testid="file-error">{e.message(lang)}</p> }
        }
        None => html! {},
    };
    html! {
        <>
            <span class="file">
                <input type="file" id="file" class="file-input" data-testid="file" accept={ACCEPT} {onchange} />
                <label for="file" class="button ghost">{t(lang, Key::OpenFile)}</label>
                <span class="hint">{t(lang, Key::DropHint)}</span>
            </span>
            {note}
        </>
    }
}

impl FileError {
    /// What to tell the user, in `lang`: what is wrong, and that the text is as it was.
    pub fn message(self, lang: crate::i18n::Lang) -> String {
        let what = match self {
            FileError::TooLarge { bytes } => {
                crate::i18n::fill(lang, Key::FileTooLarge, &crate::i18n::number(lang, bytes))
            }
            e => t(
                lang,
                match e {
                    FileError::Unsupported => Key::FileUnsupported,
                    FileError::Binary => Key::FileBinary,
                    FileError::Utf16 => Key::FileUtf16,
                    FileError::NotUtf8 => Key::FileNotUtf8,
                    FileError::Empty => Key::FileEmpty,
                    _ => Key::FileUnreadable,
                },
            )
            .to_string(),
        };
        let sep = if lang == crate::i18n::Lang::En { " " } else { "" };
        format!("{what}{sep}{}", t(lang, Key::Unchanged))
    }
}
