//! Claims: statements attributed to a source by a speech or cognition cue, in three
//! structures — speaker + cue + content, quotation first and speaker after, and
//! `据 X 透露` / `在 X 看来` — with the source typed as named, organization, group or
//! anonymous.

use crate::analysis::{Claim, ClaimSummary, Entity, EntityKind, SourceKind, TimeMention};
use crate::context::{Doc, EntityIndex};
use crate::text::Text;
use std::collections::HashMap;

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
    "分析",
    "指",
    "回复",
    "答复",
    "said",
    "told",
    "says",
];
/// Phrases before a source that mean "according to": `根据《华盛顿邮报》，……`.
const ACCORDING_TO: &[&str] = &["根据", "据", "依据", "according to", "According to"];
/// Speakers of transcript lines that ask rather than claim (`问：`).
const QUESTIONERS: &[&str] = &["问", "记者问", "提问", "主持人", "q", "Q"];
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

/// What the claim rules read: the document and the entity index.
struct Ctx<'a> {
    text: &'a Text<'a>,
    entities: &'a [Entity],
    doc: &'a Doc<'a>,
    index: &'a EntityIndex<'a>,
}

/// Whether `phrase` ends with the chars of `tail`.
fn ends_with_chars(phrase: &str, tail: &[char]) -> bool {
    let mut p = phrase.chars().rev();
    tail.iter().rev().all(|&c| p.next() == Some(c))
}

/// Finds the claims in each sentence.
pub(crate) fn extract(doc: &Doc<'_>, index: &EntityIndex<'_>, times: &[TimeMention]) -> Vec<Claim> {
    let text = &doc.text;
    let ctx = Ctx { text, entities: index.entities, doc, index };
    // Each time text with its first index: a speaker phrase that ends in one sheds it.
    let mut time_texts: HashMap<&str, usize> = HashMap::new();
    for (k, t) in times.iter().enumerate() {
        time_texts.entry(t.text.as_str()).or_insert(k);
    }
    let mut out = Vec::new();
    for &(s, e) in doc.sentences.spans() {
        if let Some(c) = transcript(&ctx, s, e) {
            out.push(c);
            continue;
        }
        if let Some(c) = quote_first(&ctx, s, e) {
            out.push(c);
            continue;
        }
        // A parenthetical attribution inside the sentence: `(亚马逊称这一经历属于个例)`.
        out.extend(parentheticals(&ctx, s, e));
        if let Some(c) = according_to(&ctx, s, e) {
            out.push(c);
            continue;
        }
        // After a quoted content, the sentence may go on with another attribution
        // (周雅婷說：「……。」Daniel Brooks said …).
        let mut from = s;
        while let Some(mut c) = cue_first(&ctx, from, e) {
            // A time word between speaker and cue (谷歌周四宣布) is not part of the speaker.
            // The time written first in the text wins when several end the phrase.
            let shed = c
                .speaker_text
                .char_indices()
                .skip(1)
                .filter_map(|(b, _)| time_texts.get(&c.speaker_text[b..]).map(|&k| (k, b)))
                .min();
            if let Some((_, b)) = shed {
                c.speaker_text = c.speaker_text[..b].trim_end().to_string();
            }
            let next =
                if c.quoted { (c.end..e).find(|&k| CLOSE_QUOTES.contains(&text.norm[k])).map(|k| k + 1) } else { None };
            out.push(c);
            match next {
                Some(k) if k < e => from = k,
                _ => break,
            }
        }
    }
    out
}

/// `“……”，投行 Raymond James 的分析师 Josh Beck 表示。` / `「……」，他說。`
fn quote_first(ctx: &Ctx<'_>, s: usize, e: usize) -> Option<Claim> {
    let text = ctx.text;
    let c = &text.norm;
    if !OPEN_QUOTES.contains(&c[s]) {
        return None;
    }
    let close = (s + 1..e).rev().find(|&i| CLOSE_QUOTES.contains(&c[i]))?;
    let mut p = close + 1;
    while p < e && matches!(c[p], ',' | '，' | ' ' | '.' | '。') {
        p += 1;
    }
    let (cue_at, cue) = (p..e).find_map(|i| cue_at(ctx, i).map(|q| (i, q)))?;
    // Only a short attribution tail: the cue ends the sentence.
    let after = cue_at + cue.chars().count();
    if (after..e).any(|i| c[i].is_alphanumeric() || crate::text::is_han(c[i])) {
        return None;
    }
    let (ss, se) = trim_speaker(text, p, cue_at)?;
    let close = trim_end_punct(c, s + 1, close);
    Some(claim(ctx, (ss, se), (cue_at, after), (s + 1, close), true))
}

/// `Josh Beck 表示，……`, `据知情人士透露，……`, `在许多员工看来，……`.
fn cue_first(ctx: &Ctx<'_>, s: usize, e: usize) -> Option<Claim> {
    let text = ctx.text;
    let c = &text.norm;
    let mut depth = 0;
    let mut paren = 0;
    for i in s..e {
        if OPEN_QUOTES[..3].contains(&c[i]) {
            depth += 1;
        } else if CLOSE_QUOTES[..3].contains(&c[i]) {
            depth -= 1;
        } else if c[i] == '(' {
            paren += 1;
        } else if c[i] == ')' {
            paren -= 1;
        }
        if depth > 0 || paren > 0 {
            continue;
        }
        let Some(cue) = cue_at(ctx, i) else { continue };
        let cue_end = i + cue.chars().count();
        // 宣布的交易, 宣布了9000件交易: a verb about things, not a statement.
        if matches!(c.get(cue_end), Some('的' | '了')) {
            continue;
        }
        // Speaker: back to the start of the clause, stepping over parentheses
        // (蘇利文（Jake Sullivan，亦譯沙利文）在記者會上回應說).
        let b = speaker_start(c, s, i);
        let Some((mut ss, se)) = trim_speaker(text, b, i) else { continue };
        // Passive: `被分析师认为……` has the agent after 被; with no agent (该机被称是……)
        // nobody is named and it is not an attributed claim.
        if let Some(k) = (ss..se).find(|&k| c[k] == '被') {
            if k + 1 >= se {
                continue;
            }
            ss = k + 1;
        }
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
                ce = trim_end_punct(c, cs, q);
            }
        }
        // A cue with no real content is a verb in another sense (表示欢迎, 指出方向).
        // Only whether there are a few letters matters: stop counting at 6.
        let content_len = (cs..ce).filter(|&k| c[k].is_alphanumeric()).take(6).count();
        let took_punct = cue_end < e && matches!(c[cue_end], ',' | '，' | ':' | '：');
        if content_len < 6 && !took_punct {
            continue;
        }
        if content_len < 2 {
            continue;
        }
        // 看来 needs 在…看来 or a comma after it.
        if cue == "看来" && !took_punct {
            continue;
        }
        return Some(claim(ctx, (ss, se), (i, cue_end), (cs, ce), quoted));
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
fn classify(ctx: &Ctx<'_>, s: usize, e: usize) -> (Option<String>, SourceKind) {
    let text = ctx.text;
    let entities = ctx.entities;
    // Mentions are sorted by start: look only at the phrase's own, and walk back from
    // it for the last person.
    let mentions = ctx.index.starting_in(s, e);
    let before = ctx.index.starting_before(s);
    let phrase = text.norm_slice(s, e);
    let kind_of = |ei: usize| match entities[ei].kind {
        EntityKind::Person => SourceKind::Named,
        _ => SourceKind::Organization,
    };
    let last_person = || before.iter().rev().find(|m| m.1 <= s && entities[m.2].kind == EntityKind::Person);
    // Pronouns (他, 她以台湾为例, 其): the most recent person before the phrase.
    let pronoun = ["他", "她", "其"].iter().any(|p| phrase.starts_with(p))
        && !phrase.starts_with("他们")
        && !phrase.starts_with("她们")
        && !phrase.starts_with("其他");
    if pronoun && !mentions.iter().any(|m| m.0 >= s && m.1 <= e) {
        return match last_person() {
            Some(m) => (Some(entities[m.2].id.clone()), SourceKind::Named),
            None => (None, SourceKind::Named),
        };
    }
    if matches!(phrase, "他们" | "她们") {
        return (None, SourceKind::Group);
    }
    // An entity mention that ends the phrase is its head.
    if let Some(m) = mentions.iter().find(|m| m.0 >= s && m.1 == e) {
        return (Some(entities[m.2].id.clone()), kind_of(m.2));
    }
    if ANONYMOUS.iter().any(|w| phrase.contains(w)) {
        return (None, SourceKind::Anonymous);
    }
    // A person named in the phrase is the speaker (卡普里接受BBC采访时, 教授吕廷杰接受央视采访时就).
    if let Some(m) = mentions.iter().find(|m| m.0 >= s && m.1 <= e && entities[m.2].kind == EntityKind::Person) {
        return (Some(entities[m.2].id.clone()), SourceKind::Named);
    }
    if GROUP.iter().any(|w| phrase.contains(w)) {
        return (None, SourceKind::Group);
    }
    if ORG_WORDS.iter().any(|w| phrase.contains(w)) {
        let last = mentions
            .iter()
            .rev()
            .chain(before.iter().rev())
            .find(|m| m.1 <= e && entities[m.2].kind == EntityKind::Organization);
        return (last.map(|m| entities[m.2].id.clone()), SourceKind::Organization);
    }
    // Titles standing for a person (总统): the entity holding that role.
    if let Some((ei, _)) = ctx.index.person_roles.iter().find(|(_, r)| !r.is_empty() && ends_with_chars(phrase, r)) {
        return (Some(entities[*ei].id.clone()), SourceKind::Named);
    }
    if let Some(m) = mentions.iter().rfind(|m| m.0 >= s && m.1 <= e) {
        return (Some(entities[m.2].id.clone()), kind_of(m.2));
    }
    (None, SourceKind::Group)
}

/// A claim from its spans: speaker phrase, cue, content; the source typed by
/// [`classify`].
fn claim(ctx: &Ctx<'_>, speaker: (usize, usize), cue: (usize, usize), content: (usize, usize), quoted: bool) -> Claim {
    let text = ctx.text;
    let (source, kind) = classify(ctx, speaker.0, speaker.1);
    Claim {
        speaker: source,
        speaker_text: text.slice(speaker.0, speaker.1),
        source_kind: kind,
        cue: text.slice(cue.0, cue.1),
        content: text.slice(content.0, content.1),
        quoted,
        start: content.0,
        end: content.1,
    }
}

/// The end of `[s, e)` without trailing punctuation (`市场，` → `市场`).
fn trim_end_punct(c: &[char], s: usize, mut e: usize) -> usize {
    while e > s && matches!(c[e - 1], '，' | ',' | '。' | '.' | '、' | ' ' | '；' | ';') {
        e -= 1;
    }
    e
}

crate::lexicon!(cues, CUES);
crate::lexicon!(according_to_words, ACCORDING_TO);

/// The cue word at `i`, if one starts there as a whole word.
fn cue_at(ctx: &Ctx<'_>, i: usize) -> Option<&'static str> {
    let text = ctx.text;
    cues().longest_at(&text.norm, i).filter(|q| {
        let end = i + q.chars().count();
        if q.is_ascii() {
            let c = &text.norm;
            (i == 0 || !c[i - 1].is_ascii_alphabetic()) && c.get(end).is_none_or(|x| !x.is_ascii_alphabetic())
        } else {
            // The cue must end a word (说 is not a cue inside 说明); a two-character cue may
            // close a longer word (普遍认为), a one-character cue must be a word itself.
            let boundary = &ctx.doc.boundary;
            let mention_end = &ctx.index.mention_end;
            let ends = boundary.get(end).copied().unwrap_or(true) || mention_end[i];
            let starts = boundary[i] || mention_end[i];
            ends && (starts || q.chars().count() >= 2)
        }
    })
}

/// Where the speaker phrase before a cue at `i` starts: the clause start, with commas
/// inside parentheses not counting as breaks.
fn speaker_start(c: &[char], s: usize, i: usize) -> usize {
    // Speaker phrases are short (trim_speaker keeps at most 40 chars): look back at most
    // 80, so a text without punctuation stays linear.
    let s = s.max(i.saturating_sub(80));
    let mut b = i;
    let mut depth = 0;
    while b > s {
        let ch = c[b - 1];
        if ch == ')' {
            depth += 1;
        } else if ch == '(' {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if depth == 0 && is_clause_break(ch) {
            break;
        }
        b -= 1;
    }
    b
}

/// Transcript lines: `总统：……` is a claim by the president; `问：……` asks, it claims
/// nothing.
fn transcript(ctx: &Ctx<'_>, s: usize, e: usize) -> Option<Claim> {
    let text = ctx.text;
    let c = &text.norm;
    let colon = (s..e.min(s + 14)).find(|&k| matches!(c[k], ':' | '：'))?;
    let (ss, se) = trim_speaker(text, s, colon)?;
    let who = text.norm_slice(ss, se);
    if QUESTIONERS.contains(&who)
        || (ss..se).any(|k| !crate::text::is_han(c[k]) && !c[k].is_ascii_alphabetic() && c[k] != ' ')
    {
        return None;
    }
    let known = ctx.index.starting_in(ss, se).iter().any(|m| m.1 == se)
        || ctx.index.person_roles.iter().any(|(_, r)| who.chars().eq(r.iter().copied()))
        || ["发言人", "主席", "总统", "部长"].iter().any(|t| who.ends_with(t));
    if !known {
        return None;
    }
    let mut cs = colon + 1;
    while cs < e && c[cs] == ' ' {
        cs += 1;
    }
    let mut ce = e;
    while ce > cs && matches!(c[ce - 1], '。' | '.' | ' ' | '\n') {
        ce -= 1;
    }
    let quoted = cs < ce && OPEN_QUOTES.contains(&c[cs]) && CLOSE_QUOTES.contains(&c[ce - 1]);
    let (cs, ce) = if quoted { (cs + 1, ce - 1) } else { (cs, ce) };
    if (cs..ce).filter(|&k| c[k].is_alphanumeric()).count() < 4 {
        return None;
    }
    Some(claim(ctx, (ss, se), (colon, colon + 1), (cs, ce), quoted))
}

/// Attributions inside parentheses: `(亚马逊称这一经历属于个例)`.
fn parentheticals(ctx: &Ctx<'_>, s: usize, e: usize) -> Vec<Claim> {
    let c = &ctx.text.norm;
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        if c[i] == '(' {
            if let Some(close) = (i + 1..e).find(|&k| c[k] == ')') {
                if close - i > 6 {
                    if let Some(cl) = cue_first(ctx, i + 1, close) {
                        out.push(cl);
                    }
                }
                i = close;
            }
        }
        i += 1;
    }
    out
}

/// `根据《华盛顿邮报》，……` / `According to Reuters, ……`: the source before the comma.
fn according_to(ctx: &Ctx<'_>, s: usize, e: usize) -> Option<Claim> {
    let text = ctx.text;
    let c = &text.norm;
    let mut p = s;
    while p < e && c[p] == ' ' {
        p += 1;
    }
    let lead = according_to_words().longest_at(&text.norm, p)?;
    let src = p + lead.chars().count();
    let comma = (src..e.min(src + 24)).find(|&k| matches!(c[k], ',' | '，'))?;
    // 据X透露 / 据X称 are cue structures; here the source stands alone before the comma.
    if (src..comma).any(|k| cue_at(ctx, k).is_some()) {
        return None;
    }
    let (ss, se) = trim_speaker(text, src, comma)?;
    let (cs, mut ce) = (comma + 1, e);
    while ce > cs && matches!(c[ce - 1], '。' | '.' | ' ') {
        ce -= 1;
    }
    if (cs..ce).filter(|&k| c[k].is_alphanumeric()).count() < 6 {
        return None;
    }
    Some(claim(ctx, (ss, se), (p, src), (cs, ce), false))
}

/// Counts claims by source kind.
pub fn summarize(claims: &[Claim]) -> ClaimSummary {
    let mut s = ClaimSummary::default();
    for c in claims {
        match c.source_kind {
            SourceKind::Named => s.named += 1,
            SourceKind::Organization => s.organization += 1,
            SourceKind::Anonymous => s.anonymous += 1,
            SourceKind::Group => s.group += 1,
        }
    }
    s
}
