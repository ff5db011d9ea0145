//! Browser storage and URL helpers: the saved draft (local storage), the share link in
//! the URL fragment, downloads of exports, and the browser's language. Every call
//! tolerates a missing API (private mode, tests): it then does nothing.

use crate::i18n::Lang;
use wasm_bindgen::JsCast;

const DRAFT_KEY: &str = "newslens.draft";
const DATE_KEY: &str = "newslens.date";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Saves the draft text (an empty text removes it).
pub fn save_draft(text: &str) {
    if let Some(s) = storage() {
        let _ = if text.is_empty() { s.remove_item(DRAFT_KEY) } else { s.set_item(DRAFT_KEY, text) };
    }
}

/// Saves the date the user chose.
pub fn save_date(date: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(DATE_KEY, date);
    }
}

/// The saved draft and date, if any.
pub fn load_draft() -> (Option<String>, Option<String>) {
    let Some(s) = storage() else { return (None, None) };
    (s.get_item(DRAFT_KEY).ok().flatten(), s.get_item(DATE_KEY).ok().flatten())
}

/// The text and date of a share link in the current URL, if it holds one.
pub fn shared_article() -> Option<(String, String)> {
    let hash = web_sys::window()?.location().hash().ok()?;
    crate::share::decode_fragment(&hash)
}

/// Puts a share link for `text` into the address bar (without reloading) and returns it.
pub fn set_share_link(text: &str, date: &str) -> Option<String> {
    let window = web_sys::window()?;
    let fragment = crate::share::encode_fragment(text, date);
    let location = window.location();
    let base = format!("{}{}", location.origin().ok()?, location.pathname().ok()?);
    let url = format!("{base}#{fragment}");
    window.history().ok()?.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)).ok()?;
    Some(url)
}

/// Offers `content` as a file download.
pub fn download(name: &str, mime: &str, content: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &props) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The interface language from the browser's preferences.
pub fn browser_lang() -> Lang {
    let tag = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    Lang::from_tag(&tag)
}

/// Sets `<html lang>` so screen readers and fonts follow the interface language.
pub fn set_document_lang(lang: Lang) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", lang.tag());
    }
}

/// Scrolls the element with this id into view and focuses it.
pub fn reveal(id: &str) {
    let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else { return };
    el.scroll_into_view();
    if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

/// Copies `text` to the clipboard where the browser allows it (secure context, user
/// gesture); elsewhere the share link stays in the address bar.
pub fn copy_to_clipboard(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}
