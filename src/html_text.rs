//! The article in a saved web page: its title, body paragraphs and publication date,
//! as plain text, read by a small tolerant tag scanner.
//!
//! Why a scanner of our own and not the browser's `DOMParser`: a `DOMParser` document
//! runs no script and loads nothing, but it inherits the page's CSP, so every inline
//! style and event handler of the saved page is reported as a violation on the console;
//! and the worker has no `DOMParser`. The scanner only ever produces text: nothing from
//! the file becomes markup in the app. JSON-LD is read as data with serde.
//!
//! The article is the text of the `<article>` element if there is one, else of the
//! element holding the most paragraph text (the usual readability choice); text inside
//! `script, style, nav, header, footer, aside, form, noscript` and the like is dropped.

use crate::files::day_of;

/// What a web page holds for the analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct PageText {
    /// The title, then one paragraph a line.
    pub text: String,
    /// The publication date, `YYYY-MM-DD`, if the page states one.
    pub date: Option<String>,
}

/// Elements whose text is never the article's.
const SKIP: [&str; 12] =
    ["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "button", "select"];
/// Elements whose text is a paragraph of the article.
const BLOCKS: [&str; 8] = ["p", "h1", "h2", "h3", "h4", "li", "blockquote", "figcaption"];
/// Elements that never have an end tag.
const VOID: [&str; 8] = ["meta", "link", "img", "br", "hr", "input", "source", "wbr"];
/// Meta tags that state the publication date, in order of trust.
const DATE_META: [&str; 5] = ["article:published_time", "pubdate", "publishdate", "date", "datepublished"];

/// A paragraph and where it was: the element holding it and the `<article>` around it.
struct Para {
    text: String,
    parent: usize,
    article: Option<usize>,
    h1: bool,
}

/// Open elements: (name, id), ids numbering elements in order.
type Open = Vec<(String, usize)>;

fn any_of(open: &[(String, usize)], names: &[&str]) -> bool {
    open.iter().any(|(n, _)| names.contains(&n.as_str()))
}

/// A start tag's attribute, by name (lower case), with character references decoded.
fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(at) = rest.find(|c: char| c.is_ascii_whitespace()) {
        rest = rest[at..].trim_start();
        let end = rest.find(|c: char| c == '=' || c == '>' || c.is_ascii_whitespace()).unwrap_or(rest.len());
        let key = rest[..end].to_ascii_lowercase();
        rest = rest[end..].trim_start();
        let Some(after) = rest.strip_prefix('=') else { continue };
        let after = after.trim_start();
        let (value, tail) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => after[1..].split_once(q).unwrap_or((&after[1..], "")),
            _ => after.split_at(after.find(|c: char| c.is_ascii_whitespace() || c == '>').unwrap_or(after.len())),
        };
        if key == name {
            return Some(decode(value));
        }
        rest = tail;
    }
    None
}

/// Text with its character references decoded (the common named ones and numeric).
fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.bytes().take(12).position(|b| b == b';');
        let c = end.and_then(|e| match &rest[1..e] {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            n if n.starts_with("#x") || n.starts_with("#X") => {
                u32::from_str_radix(&n[2..], 16).ok().and_then(char::from_u32)
            }
            n => n.strip_prefix('#').and_then(|d| d.parse().ok()).and_then(char::from_u32),
        });
        match (c, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// White space collapsed; `None` if nothing is left.
fn clean(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The article's text and date; an empty text if the page has none.
pub fn extract(html: &str) -> PageText {
    let (mut open, mut next_id, mut paras): (Open, usize, Vec<Para>) = (Vec::new(), 0, Vec::new());
    let (mut title, mut og_title, mut date, mut ld_date) = (None, None, None, None);
    let mut current: Option<Para> = None;
    let mut rest = html;
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        if let Some(c) = current.as_mut().filter(|_| !any_of(&open, &SKIP)) {
            c.text.push_str(&decode(&rest[..lt]));
        }
        rest = &rest[lt..];
        if let Some(tail) = rest.strip_prefix("<!--") {
            rest = tail.split_once("-->").map_or("", |(_, t)| t);
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let name = tag.trim_start_matches('/');
        let name = name[..name.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(name.len())].to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if tag.starts_with('/') {
            if let Some(k) = open.iter().rposition(|(n, _)| *n == name) {
                open.truncate(k);
                if !any_of(&open, &BLOCKS) {
                    paras.extend(current.take());
                }
            }
            continue;
        }
        // Raw text: script, style, title, textarea run to their end tag.
        if matches!(name.as_str(), "script" | "style" | "title" | "textarea") {
            let end = rest
                .match_indices("</")
                .map(|(at, _)| at)
                .find(|&at| rest[at + 2..].get(..name.len()).is_some_and(|n| n.eq_ignore_ascii_case(&name)))
                .unwrap_or(rest.len());
            let body = &rest[..end];
            if name == "title" {
                title = title.or_else(|| clean(&decode(body)));
            } else if name == "script"
                && attr(tag, "type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
            {
                ld_date = ld_date.or_else(|| crate::files::json_ld_date(body));
            }
            rest = &rest[end..];
            rest = rest.find('>').map_or("", |g| &rest[g + 1..]);
            continue;
        }
        if name == "meta" {
            let key = attr(tag, "property").or_else(|| attr(tag, "name")).or_else(|| attr(tag, "itemprop"));
            let key = key.map(|k| k.to_ascii_lowercase()).unwrap_or_default();
            let content = attr(tag, "content");
            if key == "og:title" {
                og_title = og_title.or_else(|| content.as_deref().and_then(clean));
            } else if let (Some(rank), Some(day)) =
                (DATE_META.iter().position(|m| *m == key), content.as_deref().and_then(day_of))
            {
                if date.as_ref().is_none_or(|&(r, _)| rank < r) {
                    date = Some((rank, day));
                }
            }
        } else if name == "time" && date.is_none() {
            date = attr(tag, "datetime").as_deref().and_then(day_of).map(|d| (DATE_META.len(), d));
        }
        if VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            // A new block ends an unclosed paragraph (`<p>a<p>b`).
            if let Some(k) = open.iter().rposition(|(n, _)| n == "p").filter(|&k| !any_of(&open[k..], &SKIP)) {
                open.truncate(k);
                paras.extend(current.take());
            }
            if current.is_none() && !any_of(&open, &SKIP) {
                let parent = open.last().map_or(usize::MAX, |&(_, id)| id);
                let article = open.iter().find(|(n, _)| n == "article").map(|&(_, id)| id);
                current = Some(Para { text: String::new(), parent, article, h1: name == "h1" });
            }
        }
        open.push((name, next_id));
        next_id += 1;
    }
    paras.extend(current.take());
    paras.retain_mut(|p| clean(&p.text).map(|t| p.text = t).is_some());
    let h1 = paras.iter().find(|p| p.h1).map(|p| p.text.clone());
    PageText { text: article(og_title.or(title).or(h1), paras), date: date.map(|(_, d)| d).or(ld_date) }
}

/// The title and the article's paragraphs, one a line.
fn article(title: Option<String>, paras: Vec<Para>) -> String {
    let chosen: Vec<&Para> = if let Some(a) = paras.iter().find_map(|p| p.article) {
        paras.iter().filter(|p| p.article == Some(a)).collect()
    } else {
        // The element holding the most paragraph text (sorted, not searched: a long
        // page has thousands of list items).
        let mut sizes: Vec<(usize, usize)> = paras.iter().map(|p| (p.parent, p.text.chars().count())).collect();
        sizes.sort_unstable();
        let mut totals: Vec<(usize, usize)> = Vec::new();
        for (id, n) in sizes {
            match totals.last_mut() {
                Some((last, total)) if *last == id => *total += n,
                _ => totals.push((id, n)),
            }
        }
        let best = totals.iter().max_by_key(|&&(_, n)| n).map(|&(id, _)| id);
        paras.iter().filter(|p| Some(p.parent) == best).collect()
    };
    let mut lines: Vec<&str> = title.as_deref().into_iter().collect();
    for p in chosen {
        if lines.last() != Some(&p.text.as_str()) {
            lines.push(&p.text);
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><meta charset=utf-8>
<title>虛構日報｜標題</title><meta property="og:title" content="港灣市擴建輕軌">
<meta name="date" content="2024-01-01"><meta property="article:published_time" content="2024-05-03T08:00:00+08:00">
<SCRIPT>var s = "<p>不是文章</p>";</Script ><style>p { color: red }</style></head>
<body><header>網站名稱</header><nav><ul><li>首頁</li></ul></nav>
<article><h1>港灣市擴建輕軌</h1><p>市政府<b>昨天</b>宣布&amp;表示&#x3002;</p>
<!-- <p>註解</p> --><p>第二段
  換行。<p>沒有結束標籤的段落。<form><p>表單</p></form></article>
<aside><p>熱門新聞</p></aside><footer><p>版權所有</p></footer></body></html>"#;

    #[test]
    fn a_page_gives_its_title_paragraphs_and_date() {
        let page = extract(PAGE);
        assert_eq!(page.text, "港灣市擴建輕軌\n市政府昨天宣布&表示。\n第二段 換行。\n沒有結束標籤的段落。");
        assert_eq!(page.date.as_deref(), Some("2024-05-03"));
    }

    #[test]
    fn without_article_the_densest_element_is_the_body() {
        let html = "<title>T</title><div><p>短</p></div><div class=body><p>第一段很長的內容。</p><p>第二段。</p></div>\
                    <div><p>側欄</p></div><time datetime='2023-02-03T10:00'>2月3日</time>";
        let page = extract(html);
        assert_eq!(page.text, "T\n第一段很長的內容。\n第二段。");
        assert_eq!(page.date.as_deref(), Some("2023-02-03"));
    }

    #[test]
    fn json_ld_dates_and_broken_markup_are_tolerated() {
        let html = r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-07-08"}</script>
<h1>標題</h1><p>正文 &bogus; &#99999999; <i>未閉合"#;
        let page = extract(html);
        assert_eq!(page.text, "標題\n正文 &bogus; &#99999999; 未閉合");
        assert_eq!(page.date.as_deref(), Some("2022-07-08"));
        for bad in
            ["<", "<p", "<!--", "<script>", "<meta content=", "<p>&#x;", "</>", "<a b='c", "<p>&中文字很長的段落；"]
        {
            let _ = extract(bad);
        }
        assert_eq!(extract("純文字，沒有標籤").text, "");
    }
}
