//! Share links and exports. A share link carries the article in the URL fragment
//! (`#a=<deflate + base64url>&d=YYYY-MM-DD`), which browsers never send to a server;
//! opening it restores the text and date. Exports turn one analysis into JSON, CSV
//! and a Markdown report.

use newslens_engine::Analysis;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn b64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &b)| acc | u32::from(b) << (16 - 8 * i));
        for i in 0..chunk.len() + 1 {
            out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn b64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let vals: Option<Vec<u32>> = s.bytes().map(|c| B64.iter().position(|&x| x == c).map(|p| p as u32)).collect();
    for chunk in vals?.chunks(4) {
        if chunk.len() < 2 {
            return None;
        }
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &v)| acc | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i) & 255) as u8);
        }
    }
    Some(out)
}

/// The fragment (without `#`) that carries `text` and `date`.
pub fn encode_fragment(text: &str, date: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    let mut f = format!("a={}", b64_encode(&packed));
    if !date.is_empty() {
        f.push_str("&d=");
        f.push_str(date);
    }
    f
}

/// The text and date in a fragment made by [`encode_fragment`]; `None` if it is not one
/// (or is damaged).
pub fn decode_fragment(fragment: &str) -> Option<(String, String)> {
    let fragment = fragment.trim_start_matches('#');
    let mut text = None;
    let mut date = String::new();
    for part in fragment.split('&') {
        if let Some(v) = part.strip_prefix("a=") {
            let packed = b64_decode(v)?;
            // Cap the inflated size: a crafted link must not exhaust memory.
            let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, 4 * 1024 * 1024).ok()?;
            text = Some(String::from_utf8(raw).ok()?);
        } else if let Some(v) = part.strip_prefix("d=") {
            if newslens_engine::Date::parse(v).is_some() {
                date = v.to_string();
            }
        }
    }
    text.map(|t| (t, date))
}

/// One CSV field, quoted when needed (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv(rows: Vec<Vec<String>>) -> String {
    rows.into_iter().map(|r| r.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(",") + "\r\n").collect()
}

fn name(a: &Analysis, id: &str) -> String {
    a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default()
}

/// Entities as CSV: id, type, name, aliases, roles, mentions.
pub fn entities_csv(a: &Analysis) -> String {
    let mut rows = vec![["id", "type", "name", "aliases", "roles", "mentions"].map(String::from).to_vec()];
    for e in &a.entities {
        rows.push(vec![
            e.id.clone(),
            e.kind.to_string(),
            e.name.clone(),
            e.aliases.join("; "),
            e.roles.join("; "),
            e.mentions.len().to_string(),
        ]);
    }
    csv(rows)
}

/// Claims as CSV: speaker, source kind, cue, quoted, content, start, end.
pub fn claims_csv(a: &Analysis) -> String {
    let mut rows = vec![["speaker", "speaker_entity", "source_kind", "cue", "quoted", "content", "start", "end"]
        .map(String::from)
        .to_vec()];
    for c in &a.claims {
        rows.push(vec![
            c.speaker_text.clone(),
            c.speaker.as_deref().map(|id| name(a, id)).unwrap_or_default(),
            c.source_kind.to_string(),
            c.cue.clone(),
            c.quoted.to_string(),
            c.content.clone(),
            c.start.to_string(),
            c.end.to_string(),
        ]);
    }
    csv(rows)
}

/// Events as CSV: date, actors, sentence, start, end.
pub fn events_csv(a: &Analysis) -> String {
    let mut rows = vec![["date", "actors", "sentence", "start", "end"].map(String::from).to_vec()];
    for ev in &a.events {
        rows.push(vec![
            ev.date.clone().unwrap_or_default(),
            ev.actors.iter().map(|id| name(a, id)).collect::<Vec<_>>().join("; "),
            ev.sentence.clone(),
            ev.start.to_string(),
            ev.end.to_string(),
        ]);
    }
    csv(rows)
}

/// A readable Markdown report of the analysis.
pub fn markdown(a: &Analysis) -> String {
    let mut md = String::from("# NewsLens report\n\n");
    md.push_str(&format!(
        "Reference date: {} ({})\n\n",
        a.reference_date.as_deref().unwrap_or("none"),
        a.reference_date_source
    ));
    md.push_str("## Actors\n\n");
    for e in &a.entities {
        md.push_str(&format!("- **{}** ({})", e.name, e.kind));
        if !e.roles.is_empty() {
            md.push_str(&format!(" — {}", e.roles.join(", ")));
        }
        md.push_str(&format!(", {} mentions\n", e.mentions.len()));
    }
    md.push_str("\n## Timeline\n\n");
    for ev in &a.events {
        md.push_str(&format!("- {} — {}\n", ev.date.as_deref().unwrap_or("?"), ev.sentence));
    }
    md.push_str("\n## Claims\n\n");
    for c in &a.claims {
        md.push_str(&format!("- {} ({}, {}): {}\n", c.speaker_text, c.source_kind, c.cue, c.content));
    }
    md.push_str("\n## Figures\n\n");
    for q in &a.quantities {
        let v = q.value.map(|v| v.to_string()).unwrap_or_else(|| "?".into());
        md.push_str(&format!("- {} = {} {}\n", q.text, v, q.unit.as_deref().unwrap_or("")));
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip_any_text() {
        for text in
            ["", "亞馬遜 AWS 執行長 Matt Garman 表示，", "😀 e\u{301} 𠀀 \"quoted\" & <b>", &"長文".repeat(5000)]
        {
            let f = encode_fragment(text, "2025-10-24");
            assert!(f.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_=&".contains(&b)), "{f}");
            assert_eq!(decode_fragment(&f), Some((text.to_string(), "2025-10-24".to_string())));
        }
    }

    #[test]
    fn damaged_fragments_are_refused() {
        assert_eq!(decode_fragment("a=!!!"), None);
        assert_eq!(decode_fragment("x=1"), None);
        let f = encode_fragment("文字", "2025-02-30");
        assert_eq!(decode_fragment(&f), Some(("文字".into(), String::new())));
    }

    #[test]
    fn csv_fields_are_quoted() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
    }
}
