//! Embed mode: the app inside another page's iframe (`?embed=1`), driven by the
//! iframe protocol. The pure parts live here (URL parameters, message validation);
//! the component that listens and answers is [`crate::components::embed`].
//!
//! Protocol (all messages are plain objects):
//! - host → embed: `{ type: 'newslens:analyze', text, date?, id? }`; `date` is
//!   `YYYY-MM-DD` or empty (then the embed URL's `date`, else a date line in the text),
//!   `id` a number or string echoed back.
//! - embed → sender: `{ type: 'newslens:result', id, analysis }` (the JS API's shape:
//!   camelCase, UTF-16 offsets) or `{ type: 'newslens:error', id, message }`, posted
//!   to the sending window with the sender's origin as target, never to anyone else.
//! - embed → the last accepted sender: `{ type: 'newslens:resize', height }` whenever
//!   the content's height changes.
//! - embed → parent, once: `{ type: 'newslens:ready' }` (no data, any origin).
//!
//! Messages of any other shape are ignored, and so are messages from origins outside
//! the `origins` allow-list when the embed URL has one.

use crate::i18n::Lang;
use crate::panel::Panel;

/// Embed settings from the iframe's URL query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedParams {
    /// The panels to show, in page order (unknown names dropped; none given: timeline,
    /// actors and claims).
    pub panels: Vec<Panel>,
    /// The reference date, `YYYY-MM-DD` or empty.
    pub date: String,
    /// `light`, `dark` or empty (follow the system).
    pub theme: String,
    pub lang: Option<Lang>,
    /// Parent origins allowed to send messages; empty: any.
    pub origins: Vec<String>,
}

fn decode(s: &str) -> String {
    js_sys::decode_uri_component(&s.replace('+', " ")).map(String::from).unwrap_or_else(|_| s.to_string())
}

/// Parses `?embed=1&panels=…`; `None` when the page is not in embed mode.
pub fn parse_query(query: &str, decode: impl Fn(&str) -> String) -> Option<EmbedParams> {
    let pairs: Vec<(String, String)> = query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|p| {
            p.split_once('=').map(|(k, v)| (k.to_string(), decode(v))).or(Some((p.to_string(), String::new())))
        })
        .collect();
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    if !get("embed").is_some_and(|v| v == "1" || v == "true") {
        return None;
    }
    let wanted: Vec<Panel> = get("panels")
        .unwrap_or_default()
        .split(',')
        .filter_map(|p| Panel::parse(&p.trim().to_ascii_lowercase()))
        .collect();
    let mut panels: Vec<Panel> = Panel::ALL.into_iter().filter(|p| wanted.contains(p)).collect();
    if panels.is_empty() {
        panels = Panel::EMBED_DEFAULT.to_vec();
    }
    let date = get("date").filter(|d| newslens_engine::Date::parse(d).is_some()).unwrap_or_default();
    let theme = get("theme").filter(|t| t == "light" || t == "dark").unwrap_or_default();
    let lang = get("lang").filter(|l| !l.is_empty()).map(|l| Lang::from_tag(&l));
    let origins = get("origins")
        .unwrap_or_default()
        .split(',')
        .map(|o| o.trim().trim_end_matches('/').to_string())
        .filter(|o| o.starts_with("http://") || o.starts_with("https://"))
        .collect();
    Some(EmbedParams { panels, date, theme, lang, origins })
}

/// The embed parameters of the current page, if it is an embed.
pub fn params() -> Option<EmbedParams> {
    let query = web_sys::window()?.location().search().ok()?;
    parse_query(&query, decode)
}

/// A valid `newslens:analyze` request.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub text: String,
    pub date: String,
    /// Echoed back: a number or a string, else `null`.
    pub id: wasm_bindgen::JsValue,
}

/// Whether `origin` may talk to this embed.
pub fn origin_allowed(origins: &[String], origin: &str) -> bool {
    origins.is_empty() || origins.iter().any(|o| o == origin)
}

/// Validates a message by shape: a plain object with `type: 'newslens:analyze'`, a
/// string `text`, an optional `date` (empty or a real `YYYY-MM-DD`) and an optional
/// `id` (number or string). Anything else is `None` and is ignored.
pub fn parse_request(data: &wasm_bindgen::JsValue) -> Option<Request> {
    use wasm_bindgen::JsValue;
    if !data.is_object() || js_sys::Array::is_array(data) {
        return None;
    }
    let get = |k: &str| js_sys::Reflect::get(data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    if get("type").as_string().as_deref() != Some("newslens:analyze") {
        return None;
    }
    let text = get("text").as_string()?;
    let date = match get("date") {
        d if d.is_undefined() || d.is_null() => String::new(),
        d => {
            let d = d.as_string()?;
            newslens_js::input::reference_date(Some(&d)).ok()?;
            d
        }
    };
    let id = match get("id") {
        v if v.as_f64().is_some() || v.as_string().is_some() => v,
        _ => JsValue::NULL,
    };
    Some(Request { text, date, id })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        s.replace("%2C", ",").replace("%3A", ":").replace("%2F", "/")
    }

    #[test]
    fn embed_query_parses_panels_date_theme_and_origins() {
        let p = parse_query(
            "?embed=1&panels=claims,timeline,bogus&date=2025-10-24&theme=dark&lang=en&origins=https%3A%2F%2Fa.example%2F,javascript:x",
            plain,
        )
        .unwrap();
        assert_eq!(p.panels, vec![Panel::Timeline, Panel::Claims]);
        assert_eq!(p.date, "2025-10-24");
        assert_eq!(p.theme, "dark");
        assert_eq!(p.lang, Some(Lang::En));
        assert_eq!(p.origins, vec!["https://a.example"]);
        assert!(parse_query("?panels=timeline", plain).is_none());
        let d = parse_query("?embed=1&date=2025-02-30&theme=pink", plain).unwrap();
        assert_eq!((d.panels.len(), d.date.as_str(), d.theme.as_str()), (3, "", ""));
    }

    #[test]
    fn origins_allow_list() {
        assert!(origin_allowed(&[], "https://any.example"));
        let list = vec!["https://a.example".to_string()];
        assert!(origin_allowed(&list, "https://a.example"));
        assert!(!origin_allowed(&list, "https://b.example"));
    }
}
