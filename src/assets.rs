//! Where the page's heavy assets are: the worker script, the dictionary and the NER
//! model carry content hashes in their names (written by the post-build hook into a
//! `<meta name="newslens-assets">` tag), so browsers can cache them for good.

/// The resolved (absolute) URLs of the worker's assets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assets {
    pub worker: String,
    pub dictionary: String,
    pub model: String,
}

/// Parses the meta tag's `key=path;key=path` content; missing keys keep the
/// unhashed names a plain `trunk build` without the hook would produce.
pub fn parse(content: &str) -> (String, String, String) {
    let mut worker = "/worker.js".to_string();
    let mut dictionary = "/dict-packed.txt".to_string();
    let mut model = "/ner.bin".to_string();
    for part in content.split(';') {
        if let Some((k, v)) = part.trim().split_once('=') {
            let v = v.trim().to_string();
            match k.trim() {
                "worker" => worker = v,
                "dictionary" => dictionary = v,
                "model" => model = v,
                _ => {}
            }
        }
    }
    (worker, dictionary, model)
}

/// Reads the asset names from the page and resolves them against its address.
pub fn assets() -> Assets {
    let doc = web_sys::window().and_then(|w| w.document());
    let content = doc
        .as_ref()
        .and_then(|d| d.query_selector("meta[name=newslens-assets]").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    let base = doc.and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    let absolute = |path: String| web_sys::Url::new_with_base(&path, &base).map(|u| u.href()).unwrap_or(path);
    let (worker, dictionary, model) = parse(&content);
    Assets { worker, dictionary: absolute(dictionary), model: absolute(model) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hashed_names_and_falls_back_to_plain_ones() {
        let (w, d, m) = parse("worker=/worker-ab12.js; dictionary=/dict-packed-cd34.txt;model=/ner-ef56.bin");
        assert_eq!((w.as_str(), d.as_str(), m.as_str()), ("/worker-ab12.js", "/dict-packed-cd34.txt", "/ner-ef56.bin"));
        let (w, d, m) = parse("");
        assert_eq!((w.as_str(), d.as_str(), m.as_str()), ("/worker.js", "/dict-packed.txt", "/ner.bin"));
    }
}
