//! Claims: statements attributed to a source by a speech or cognition cue, in three
//! structures — speaker + cue + content, quotation first and speaker after, and
//! `据 X 透露` / `在 X 看来` — with the source typed as named, organization, group or
//! anonymous.

use crate::analysis::{Claim, ClaimSummary, Entity, TimeMention};
use crate::text::Text;

/// Speech and cognition cues (Simplified; the text is read through its normalized view).
const CUES: &[&str] = &[
    "补充说",
    "补充道",
    "表示",
    "说道",
    "说",
    "称",
    "指出",
    "强调",
    "认为",
    "透露",
    "宣布",
    "回忆",
    "形容",
    "描述",
    "写道",
    "告诉",
    "预计",
    "坦言",
    "直言",
    "补充",
    "警告",
    "承认",
    "否认",
    "声称",
    "表明",
    "看来",
    "报道",
    "报导",
    "提到",
    "解释",
    "重申",
    "呼吁",
    "回应",
    "证实",
    "暗示",
    "估计",
    "预测",
    "相信",
    "坚称",
    "批评",
    "谈到",
];
const OPEN_QUOTES: &[char] = &['“', '「', '『', '"', '‘'];
const CLOSE_QUOTES: &[char] = &['”', '」', '』', '"', '’'];
/// Words that introduce a clause, stripped from the front of a speaker phrase.
const LEAD_INS: &[&str] = &[
    "但是", "但", "而且", "而", "此外", "同时", "不过", "然而", "另外", "对此", "他还", "并", "也", "因此", "据", "在",
];
/// Adverbs between speaker and cue, stripped from the end of a speaker phrase.
const TRAIL: &[&str] = &[
    "也",
    "还",
    "则",
    "曾",
    "都",
    "已",
    "更",
    "再次",
    "进一步",
    "公开",
    "私下",
    "普遍",
    "一直",
    "均",
    "亦",
    "早前",
    "日前",
    "此前",
    "随后",
    "最近",
    "近日",
    "同样",
    "多次",
    "明确",
    "向路透",
    "对记者",
    "在声明中",
    "在一份声明中",
];
const ANONYMOUS: &[&str] =
    &["知情人士", "消息人士", "消息来源", "匿名", "不愿具名", "一位", "一名", "某位", "某", "知情者", "人士"];
const GROUP: &[&str] = &[
    "员工",
    "们",
    "市场",
    "专家",
    "分析师",
    "投资者",
    "高管",
    "官员",
    "业界",
    "业内",
    "外界",
    "舆论",
    "民众",
    "网友",
    "消费者",
    "用户",
    "客户",
    "学者",
    "人们",
    "观察家",
    "研究人员",
    "工程师",
    "同事",
];
const ORG_WORDS: &[&str] = &["该公司", "公司", "该部", "政府", "当局", "部门", "该行", "该机构", "官方", "声明"];

fn is_clause_break(c: char) -> bool {
    matches!(c, ',' | '，' | ';' | '；' | ':' | '：' | '。' | '!' | '?' | '\n' | '、')
        || CLOSE_QUOTES.contains(&c)
        || OPEN_QUOTES.contains(&c)
}

/// Finds the claims in each sentence.
pub fn extract(
    text: &Text<'_>,
    sentences: &[(usize, usize)],
    entities: &[Entity],
    times: &[TimeMention],
) -> Vec<Claim> {
    let mut mentions: Vec<(usize, usize, usize)> = Vec::new();
    for (ei, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            mentions.push((m.start, m.end, ei));
        }
    }
    mentions.sort();
    let mut out = Vec::new();
    for &(s, e) in sentences {
        if let Some(c) = quote_first(text, s, e, entities, &mentions) {
            out.push(c);
            continue;
        }
        if let Some(mut c) = cue_first(text, s, e, entities, &mentions) {
            // A time word between speaker and cue (谷歌周四宣布) is not part of the speaker.
            let speaker_end = c.speaker_text.chars().count();
            if let Some(t) =
                times.iter().find(|t| t.text.chars().count() < speaker_end && c.speaker_text.ends_with(t.text.as_str()))
            {
                let keep = speaker_end - t.text.chars().count();
                c.speaker_text = c.speaker_text.chars().take(keep).collect::<String>().trim_end().to_string();
            }
            out.push(c);
        }
    }
    out
}

/// `“……”，投行 Raymond James 的分析师 Josh Beck 表示。` / `「……」，他說。`
fn quote_first(
    text: &Text<'_>,
    s: usize,
    e: usize,
    entities: &[Entity],
    mentions: &[(usize, usize, usize)],
) -> Option<Claim> {
    let c = &text.norm;
    if !OPEN_QUOTES.contains(&c[s]) {
        return None;
    }
    let close = (s + 1..e).rev().find(|&i| CLOSE_QUOTES.contains(&c[i]))?;
    let mut p = close + 1;
    while p < e && matches!(c[p], ',' | '，' | ' ' | '.' | '。') {
        p += 1;
    }
    let (cue_at, cue) = (p..e).find_map(|i| CUES.iter().find(|q| text.norm_has_at(i, q)).map(|q| (i, *q)))?;
    // Only a short attribution tail: the cue ends the sentence.
    let after = cue_at + cue.chars().count();
    if (after..e).any(|i| c[i].is_alphanumeric() || crate::text::is_han(c[i])) {
        return None;
    }
    let (ss, se) = trim_speaker(text, p, cue_at)?;
    let (speaker, kind) = classify(text, ss, se, entities, mentions);
    Some(Claim {
        speaker,
        speaker_text: text.slice(ss, se),
        source_kind: kind.to_string(),
        cue: text.slice(cue_at, after),
        content: text.slice(s + 1, close),
        quoted: true,
        start: s + 1,
        end: close,
    })
}

/// `Josh Beck 表示，……`, `据知情人士透露，……`, `在许多员工看来，……`.
fn cue_first(
    text: &Text<'_>,
    s: usize,
    e: usize,
    entities: &[Entity],
    mentions: &[(usize, usize, usize)],
) -> Option<Claim> {
    let c = &text.norm;
    let mut depth = 0;
    for i in s..e {
        if OPEN_QUOTES[..3].contains(&c[i]) {
            depth += 1;
        } else if CLOSE_QUOTES[..3].contains(&c[i]) {
            depth -= 1;
        }
        if depth > 0 {
            continue;
        }
        let Some(cue) = CUES.iter().find(|q| text.norm_has_at(i, q)) else { continue };
        let cue_end = i + cue.chars().count();
        // Speaker: back to the start of the clause.
        let mut b = i;
        while b > s && !is_clause_break(c[b - 1]) {
            b -= 1;
        }
        let Some((ss, se)) = trim_speaker(text, b, i) else { continue };
        // Content: after the cue (and its colon or comma) to the end of the sentence.
        let mut cs = cue_end;
        while cs < e && matches!(c[cs], ',' | '，' | ':' | '：' | ' ' | '道') {
            cs += 1;
        }
        let mut ce = e;
        while ce > cs && matches!(c[ce - 1], '。' | '.' | '!' | '?' | ' ') {
            ce -= 1;
        }
        let mut quoted = false;
        if cs < ce && OPEN_QUOTES.contains(&c[cs]) {
            if let Some(q) = (cs + 1..ce).rev().find(|&k| CLOSE_QUOTES.contains(&c[k])) {
                quoted = true;
                cs += 1;
                ce = q;
            }
        }
        // A cue with no real content is a verb in another sense (表示欢迎, 指出方向).
        let content_len = (cs..ce).filter(|&k| c[k].is_alphanumeric()).count();
        let took_punct = cue_end < e && matches!(c[cue_end], ',' | '，' | ':' | '：');
        if content_len < 6 && !took_punct {
            continue;
        }
        if content_len < 2 {
            continue;
        }
        // 看来 needs 在…看来 or a comma after it.
        if *cue == "看来" && !took_punct {
            continue;
        }
        let (speaker, kind) = classify(text, ss, se, entities, mentions);
        return Some(Claim {
            speaker,
            speaker_text: text.slice(ss, se),
            source_kind: kind.to_string(),
            cue: text.slice(i, cue_end),
            content: text.slice(cs, ce),
            quoted,
            start: cs,
            end: ce,
        });
    }
    None
}

/// Trims lead-ins and trailing adverbs off a speaker phrase; `None` if nothing is left.
fn trim_speaker(text: &Text<'_>, mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    let c = &text.norm;
    loop {
        let before = (s, e);
        while s < e && matches!(c[s], ' ' | '《') {
            s += 1;
        }
        while e > s && matches!(c[e - 1], ' ' | '》') {
            e -= 1;
        }
        for w in LEAD_INS {
            let n = w.chars().count();
            if e - s > n && text.norm_has_at(s, w) {
                s += n;
                break;
            }
        }
        for w in TRAIL {
            let n = w.chars().count();
            if e - s > n && text.norm_has_before(e, w) {
                e -= n;
                break;
            }
        }
        if (s, e) == before {
            break;
        }
    }
    let len = e - s;
    (len > 0 && len <= 40 && (s..e).any(|i| c[i].is_alphanumeric())).then_some((s, e))
}

/// Types the source and links it to an entity when one matches.
fn classify(
    text: &Text<'_>,
    s: usize,
    e: usize,
    entities: &[Entity],
    mentions: &[(usize, usize, usize)],
) -> (Option<String>, &'static str) {
    let phrase = text.norm_slice(s, e);
    let kind_of = |ei: usize| match entities[ei].kind.as_str() {
        "person" => "named",
        _ => "organization",
    };
    // Pronouns: the most recent person before the phrase.
    if matches!(phrase, "他" | "她" | "其") {
        let last = mentions.iter().filter(|m| m.1 <= s && entities[m.2].kind == "person").max_by_key(|m| m.1);
        return match last {
            Some(m) => (Some(entities[m.2].id.clone()), "named"),
            None => (None, "named"),
        };
    }
    if matches!(phrase, "他们" | "她们") {
        return (None, "group");
    }
    // An entity mention that ends the phrase is its head.
    if let Some(m) = mentions.iter().find(|m| m.0 >= s && m.1 == e) {
        return (Some(entities[m.2].id.clone()), kind_of(m.2));
    }
    if ANONYMOUS.iter().any(|w| phrase.contains(w)) {
        return (None, "anonymous");
    }
    if GROUP.iter().any(|w| phrase.contains(w)) {
        return (None, "group");
    }
    if ORG_WORDS.iter().any(|w| phrase.contains(w)) {
        let last = mentions.iter().filter(|m| m.1 <= e && entities[m.2].kind == "organization").max_by_key(|m| m.1);
        return (last.map(|m| entities[m.2].id.clone()), "organization");
    }
    // Titles standing for a person (总统): the entity holding that role.
    if let Some(ent) = entities.iter().find(|en| en.roles.iter().any(|r| text.norm_slice(s, e).ends_with(r.as_str()))) {
        return (Some(ent.id.clone()), "named");
    }
    if let Some(m) = mentions.iter().rfind(|m| m.0 >= s && m.1 <= e) {
        return (Some(entities[m.2].id.clone()), kind_of(m.2));
    }
    (None, "group")
}

/// Counts claims by source kind.
pub fn summarize(claims: &[Claim]) -> ClaimSummary {
    let mut s = ClaimSummary::default();
    for c in claims {
        match c.source_kind.as_str() {
            "named" => s.named += 1,
            "organization" => s.organization += 1,
            "anonymous" => s.anonymous += 1,
            _ => s.group += 1,
        }
    }
    s
}
