//! The speaker phrase: trimmed of lead-ins and adverbs, then typed and linked to an
//! entity ([`classify`]).

use super::lexicon::{ANONYMOUS, FIRST_PERSON, GROUP, LEAD_INS, ORG_WORDS, SPOKESPEOPLE, TRAIL};
use super::Ctx;
use crate::analysis::{EntityKind, MentionKind, SourceKind};
use crate::context::Reference;
use crate::text::Text;

/// Whether `phrase` ends with the chars of `tail`.
pub(super) fn ends_with_chars(phrase: &str, tail: &[char]) -> bool {
    let mut p = phrase.chars().rev();
    tail.iter().rev().all(|&c| p.next() == Some(c))
}

/// The longest speaker phrase, in chars: a described person with a parenthesized
/// original name and a time and place (`某大學研究所副教授甲乙（Jane Doe）星期五在某論壇上`)
/// fits; a whole clause of narration rarely does.
pub(super) const MAX_SPEAKER: usize = 64;

/// Trims lead-ins and trailing adverbs off a speaker phrase; `None` if nothing is left.
pub(super) fn trim_speaker(text: &Text<'_>, mut s: usize, mut e: usize) -> Option<(usize, usize)> {
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
    (len > 0 && len <= MAX_SPEAKER && (s..e).any(|i| c[i].is_alphanumeric())).then_some((s, e))
}

/// Types the source and links it to an entity when one matches; `None` when the phrase
/// names no source at all (又, 會後, 此後: [`super::settle`] decides).
pub(super) fn classify(ctx: &Ctx<'_>, s: usize, e: usize) -> Option<(Option<String>, SourceKind)> {
    classify_phrase(ctx, s, e).map(|(id, kind)| (id.map(|ei| ctx.entities[ei].id.clone()), kind))
}

/// [`classify`] with the entity as an index.
fn classify_phrase(ctx: &Ctx<'_>, s: usize, e: usize) -> Option<(Option<usize>, SourceKind)> {
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
    // The references in the phrase (他, 總統, 該公司), linked by the reference step.
    let refs = ctx.index.references_in(s, e);
    let linked = |r: &Reference| Some((Some(r.entity), kind_of(r.entity)));
    // A pronoun that opens the phrase is its subject (他向BBC表示), unless the phrase names
    // a person after it (其首席技术官 Ellen Ward).
    let names_person = mentions.iter().any(|m| m.1 <= e && entities[m.2].kind == EntityKind::Person);
    if let Some(r) = refs.first().filter(|r| r.start == s && r.kind == MentionKind::Pronoun && !names_person) {
        return linked(r);
    }
    // First person not linked to a quotation's speaker: the speech's speaker, by continuity.
    if FIRST_PERSON.contains(&phrase) {
        return None;
    }
    // Pronouns (他, 她以台湾为例, 其): the most recent person before the phrase.
    let pronoun = ["他", "她", "其"].iter().any(|p| phrase.starts_with(p))
        && !phrase.starts_with("他们")
        && !phrase.starts_with("她们")
        && !phrase.starts_with("其他");
    if pronoun && !mentions.iter().any(|m| m.0 >= s && m.1 <= e) {
        return Some((last_person().map(|m| m.2), SourceKind::Named));
    }
    // A surname alone (郭說, 陳又指): the last person before whose name starts with it.
    let mut chars = phrase.chars();
    if let (Some(sur), None) = (chars.next(), chars.next()) {
        let named = |m: &&(usize, usize, usize)| {
            entities[m.2].kind == EntityKind::Person && text.norm.get(m.0) == Some(&sur) && m.1 - m.0 >= 2
        };
        if let Some(m) = before.iter().rev().find(named) {
            return Some((Some(m.2), SourceKind::Named));
        }
    }
    if matches!(phrase, "他们" | "她们") {
        return Some((None, SourceKind::Group));
    }
    // An entity mention that ends the phrase is its head.
    if let Some(m) = mentions.iter().find(|m| m.0 >= s && m.1 == e) {
        return Some((Some(m.2), kind_of(m.2)));
    }
    // A title or description that ends the phrase (總統, 該公司) or opens it (公司發言人).
    let opening = refs.first().filter(|r| r.start == s && r.kind == MentionKind::Title);
    if let Some(r) = refs.iter().rev().find(|r| r.end == e).or(opening) {
        return linked(r);
    }
    // An organization's unnamed spokesperson (Google的一位发言人) speaks for it.
    if !names_person && SPOKESPEOPLE.iter().any(|w| phrase.contains(w)) {
        if let Some(m) = mentions.iter().find(|m| m.1 <= e && entities[m.2].kind == EntityKind::Organization) {
            return Some((Some(m.2), SourceKind::Organization));
        }
    }
    if ANONYMOUS.iter().any(|w| phrase.contains(w)) {
        return Some((None, SourceKind::Anonymous));
    }
    // A person named in the phrase is the speaker (卡普里接受BBC采访时, 教授吕廷杰接受央视采访时就).
    if let Some(m) = mentions.iter().find(|m| m.0 >= s && m.1 <= e && entities[m.2].kind == EntityKind::Person) {
        return Some((Some(m.2), SourceKind::Named));
    }
    if GROUP.iter().any(|w| phrase.contains(w)) {
        return Some((None, SourceKind::Group));
    }
    if ORG_WORDS.iter().any(|w| phrase.contains(w)) {
        let last = mentions
            .iter()
            .rev()
            .chain(before.iter().rev())
            .find(|m| m.1 <= e && entities[m.2].kind == EntityKind::Organization);
        return Some((last.map(|m| m.2), SourceKind::Organization));
    }
    // Titles standing for a person (总统): the entity holding that role.
    if let Some(&(ei, _)) = ctx.index.person_roles.iter().find(|(_, r)| !r.is_empty() && ends_with_chars(phrase, r)) {
        return Some((Some(ei), SourceKind::Named));
    }
    if let Some(m) = mentions.iter().rfind(|m| m.0 >= s && m.1 <= e) {
        return Some((Some(m.2), kind_of(m.2)));
    }
    // Nothing in the phrase is a source (又, 會後, 步出會場後, 此後).
    None
}
