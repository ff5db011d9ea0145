//! References: the words that stand for an entity without naming it, linked to that
//! entity after the entity stage, so that claims and events read who `總統`, `他` or
//! `該公司` is from the document context instead of guessing again.
//!
//! One pass over the words in text order keeps what has been mentioned so far (names
//! and the references already linked) and links, by simple rules:
//! - a **title** standing alone (`總統`, `該部長`, `李主委`, `局長`) → the person in the
//!   document whose role ends with that title; several holders → the one mentioned last
//!   (a surname before the title narrows them to that surname);
//! - a **demonstrative + organization noun** (`該公司`, `該集團`, `这家银行`) or an
//!   organization noun before a spokesperson word (`公司發言人`) → the nearest
//!   organization before it, one whose name holds the noun's head char first;
//!   a demonstrative + place noun (`該市`, `该国`) → the place named last;
//! - a **third-person pronoun** (`他`, `她`, Cantonese `佢`) → the person mentioned last
//!   in the same sentence, else the subject (first person) of the nearest sentence before
//!   that has one, at most [`PRONOUN_REACH`] sentences back (speech continuity: `他強調`
//!   in the paragraph after a speaker's own);
//!   `其` → the same, with organizations as antecedents too;
//! - a **first-person pronoun** (`我`, `我們`, `我哋`) inside a quotation → the quotation's
//!   speaker: the person mentioned last before the quote in its sentence, else the first
//!   one after it (in the next sentence too when the quote ends its own).
//!
//! Every list is data ([`PERSON_PRONOUNS`] …); the links become mentions of the entity
//! with a [`MentionKind`] (`title` or `pronoun`), after the stages have read them.

use crate::analysis::{Entity, EntityKind, Mention, MentionKind};
use crate::context::{Doc, EntityIndex, Reference};
use crate::gazetteer::Gazetteer;

/// Third-person pronouns that stand for one person (the word alone: not 他们, 其他).
const PERSON_PRONOUNS: &[&str] = &["他", "她", "佢"];
/// Possessive or subject pronouns that may stand for a person or an organization.
const ENTITY_PRONOUNS: &[&str] = &["其"];
/// First-person pronouns, linked inside a quotation to its speaker.
const FIRST_PERSON: &[&str] = &["我", "我们", "我哋", "本人"];
/// Demonstratives before a title or an organization noun (该部长, 该公司, 这家银行).
const DEMONSTRATIVES: &[&str] = &["该", "这位", "这名", "这家", "该名", "该位", "此"];
/// Organization nouns that, after a demonstrative or before a spokesperson word, stand
/// for an organization named before.
const ORG_NOUNS: &[&str] = &[
    "公司",
    "集团",
    "企业",
    "银行",
    "机构",
    "组织",
    "部",
    "局",
    "委员会",
    "政府",
    "部门",
    "署",
    "院",
    "厂商",
    "品牌",
    "平台",
    "媒体",
    "大学",
    "医院",
    "法院",
    "团体",
    "协会",
    "基金",
    "交易所",
    "行",
];
/// Place nouns that, after a demonstrative (该市, 該國, 当地 is not one), stand for the
/// nearest place named before.
const PLACE_NOUNS: &[&str] = &["市", "国", "省", "州", "县", "城", "岛", "地区", "区"];
/// Words after an organization noun that make it the organization speaking (公司发言人).
const SPOKESPERSON: &[&str] = &["发言人", "方面", "代表", "声明", "公告"];
/// Words before a title that make it a group of holders, not one person (许多分析师,
/// 三名官员, 一位发言人); a digit or a Chinese numeral before a measure word does too.
const QUANTIFIERS: &[&str] =
    &["许多", "多位", "多名", "一些", "部分", "不少", "众多", "若干", "各", "诸位", "名", "位", "个", "批", "们"];
/// How many sentences back a pronoun looks for its antecedent's sentence.
pub(crate) const PRONOUN_REACH: usize = 3;

crate::lexicon!(person_pronouns, PERSON_PRONOUNS);
crate::lexicon!(entity_pronouns, ENTITY_PRONOUNS);
crate::lexicon!(first_person, FIRST_PERSON);
crate::lexicon!(demonstratives, DEMONSTRATIVES);
crate::lexicon!(org_nouns, ORG_NOUNS);
crate::lexicon!(place_nouns, PLACE_NOUNS);
crate::lexicon!(spokesperson, SPOKESPERSON);
crate::lexicon!(quantifiers, QUANTIFIERS);

/// What has been mentioned so far, as the pass goes.
struct State {
    /// Where each entity was mentioned last (its start and sentence), if it has been.
    last_seen: Vec<Option<(usize, usize)>>,
    /// The person mentioned last, with the sentence it was in.
    last_person: Option<(usize, usize)>,
    /// The person or organization mentioned last, with its sentence.
    last_actor: Option<(usize, usize)>,
    /// Organizations in order of mention (entity indices).
    orgs: Vec<usize>,
    /// The place mentioned last.
    last_place: Option<usize>,
    /// Per sentence: its first person, and its first person or organization.
    subject: Vec<(Option<usize>, Option<usize>)>,
}

impl State {
    fn saw(&mut self, ei: usize, at: usize, si: usize, kind: EntityKind) {
        self.last_seen[ei] = Some((at, si));
        let subj = &mut self.subject[si];
        match kind {
            EntityKind::Person => {
                self.last_person = Some((ei, si));
                self.last_actor = Some((ei, si));
                subj.0.get_or_insert(ei);
                subj.1.get_or_insert(ei);
            }
            EntityKind::Organization => {
                self.last_actor = Some((ei, si));
                subj.1.get_or_insert(ei);
                if self.orgs.last() != Some(&ei) {
                    self.orgs.push(ei);
                }
            }
            EntityKind::Place => self.last_place = Some(ei),
            _ => {}
        }
    }

    /// The antecedent of a pronoun in sentence `si`: the last one in the same sentence,
    /// else the subject of the nearest sentence before that has one.
    fn antecedent(&self, si: usize, person_only: bool) -> Option<usize> {
        let last = if person_only { self.last_person } else { self.last_actor };
        if let Some((ei, _)) = last.filter(|&(_, s)| s == si) {
            return Some(ei);
        }
        (si.saturating_sub(PRONOUN_REACH)..si).rev().find_map(|k| {
            if person_only {
                self.subject[k].0
            } else {
                self.subject[k].1
            }
        })
    }
}

/// What the rules read besides the pass's state, computed once.
struct Ctx<'a> {
    doc: &'a Doc<'a>,
    index: &'a EntityIndex<'a>,
    gaz: &'a Gazetteer,
    /// Chars inside a name mention.
    covered: Vec<bool>,
    /// Whether a name mention starts at each char index (and the end).
    mention_start: Vec<bool>,
    /// Whether a person's name mention ends at each char index (and the end).
    person_end: Vec<bool>,
    /// Each entity's name in the normalized view (its first mention's chars).
    names: Vec<Vec<char>>,
}

impl<'a> Ctx<'a> {
    fn new(doc: &'a Doc<'a>, index: &'a EntityIndex<'a>, gaz: &'a Gazetteer) -> Ctx<'a> {
        let n = doc.text.norm.len();
        let mut covered = vec![false; n];
        let mut mention_start = vec![false; n + 1];
        let mut person_end = vec![false; n + 1];
        for &(s, e, ei) in &index.mentions {
            covered[s..e].iter_mut().for_each(|x| *x = true);
            mention_start[s] = true;
            person_end[e] |= index.is_person(ei);
        }
        let names = index
            .entities
            .iter()
            .map(|en| {
                let m = en.mentions.iter().find(|m| m.text == en.name).or(en.mentions.first());
                m.map(|m| doc.text.norm[m.start..m.end].to_vec()).unwrap_or_default()
            })
            .collect();
        Ctx { doc, index, gaz, covered, mention_start, person_end, names }
    }
}

/// Links the references of the document, sorted by position.
pub(crate) fn resolve(doc: &Doc<'_>, index: &EntityIndex<'_>, gaz: &Gazetteer) -> Vec<Reference> {
    let cx = Ctx::new(doc, index, gaz);
    let entities = index.entities;
    let sentences = doc.sentences.spans();
    let mut st = State {
        last_seen: vec![None; entities.len()],
        last_person: None,
        last_actor: None,
        orgs: Vec::new(),
        last_place: None,
        subject: vec![(None, None); sentences.len() + 1],
    };
    let mut out: Vec<Reference> = Vec::new();
    let mut next_mention = 0;
    let mut si = 0;
    for t in &doc.tokens {
        let i = t.start;
        // Names that start at or before this word are now known.
        while let Some(&(s, _, ei)) = index.mentions.get(next_mention).filter(|m| m.0 <= i) {
            let k = doc.sentences.holding(s).unwrap_or(si);
            st.saw(ei, s, k, entities[ei].kind);
            next_mention += 1;
        }
        while si < sentences.len() && sentences[si].1 <= i {
            si += 1;
        }
        if cx.covered[i] || si >= sentences.len() || sentences[si].0 > i {
            continue;
        }
        // After a demonstrative (its end; the word's start without one), read once.
        let after = demonstratives().longest_at(&doc.text.norm, i).map_or(i, |d| i + d.chars().count());
        let found = title(&cx, &st, si, (t.start, after, t.end))
            .or_else(|| organization(&cx, &st, (t.start, after, t.end)))
            .or_else(|| place(&cx, &st, (t.start, after, t.end)))
            .or_else(|| pronoun(&cx, &st, si, t.start, t.end, t.known));
        if let Some(r) = found {
            st.saw(r.entity, r.start, si, entities[r.entity].kind);
            out.push(r);
        }
    }
    out.extend(quoted_first_person(doc, index, &out));
    out.sort_unstable();
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// Whether `[s, e)` is exactly one word of `lex`.
fn word_is(c: &[char], lex: &crate::text::Lexicon, s: usize, e: usize) -> bool {
    lex.longest_at(c, s).is_some_and(|w| s + w.chars().count() == e)
}

/// `總統`, `該部長`, `李主委` standing alone: the person holding that title.
/// `(ws, at, we)`: the word, and where it goes on after a demonstrative (`ws` without).
fn title(cx: &Ctx<'_>, st: &State, si: usize, (ws, at, we): (usize, usize, usize)) -> Option<Reference> {
    let doc = cx.doc;
    let c = &doc.text.norm;
    // The demonstrative is its own word (该 部长) or starts the title's word (这位).
    let mut start = ws;
    let end = cx.gaz.title_at(c, at)?;
    if end - at < 2 || !doc.boundary[end] || (at == ws && end < we) {
        return None;
    }
    // A title next to a person's name is part of that name's phrase (總統賴清德, 賴清德總統).
    let next = if c.get(end) == Some(&' ') { end + 1 } else { end };
    if cx.mention_start.get(next).copied().unwrap_or(false) || cx.person_end[ws] {
        return None;
    }
    // 许多分析师, 三名官员, 部长们: holders, not one.
    let quantified = (1..=2).any(|n| ws >= n && word_is(c, quantifiers(), ws - n, ws)) || c.get(end) == Some(&'们');
    if quantified {
        return None;
    }
    let title = &c[at..end];
    let mut holders: Vec<usize> =
        cx.index.person_roles.iter().filter(|(_, r)| r.ends_with(title)).map(|&(ei, _)| ei).collect();
    holders.dedup();
    // A surname just before the title (李主委) keeps the holders with that surname.
    // A surname that is a word of its own before the title (高 主委) keeps the holders
    // with that surname; none holding it, the title is someone else's.
    if at == ws && ws > 0 && !cx.covered[ws - 1] && doc.boundary[ws - 1] && cx.gaz.surname_at(c, ws - 1) == Some(1) {
        let sur = c[ws - 1];
        holders.retain(|&ei| cx.names[ei].first() == Some(&sur));
        start = ws - 1;
    }
    let ei = pick(cx, &holders, st, si)?;
    Some(Reference { start, end, entity: ei, kind: MentionKind::Title })
}

/// One of several holders of a title: the one mentioned last if that was in this
/// sentence or the one before (recency), else the one named most often in the document
/// (salience), else the first.
fn pick(cx: &Ctx<'_>, cands: &[usize], st: &State, si: usize) -> Option<usize> {
    match cands {
        [] => None,
        [one] => Some(*one),
        _ => {
            let recent = cands
                .iter()
                .copied()
                .filter_map(|ei| st.last_seen[ei].map(|seen| (seen, ei)))
                .max()
                .filter(|&((_, seen_si), _)| seen_si + 1 >= si)
                .map(|(_, ei)| ei);
            let salient =
                || cands.iter().copied().max_by_key(|&ei| (cx.index.entities[ei].mentions.len(), usize::MAX - ei));
            recent.or_else(salient)
        }
    }
}

/// How many organizations back `該公司` looks for one whose name fits the noun.
const ORG_REACH: usize = 8;

/// `該公司`, `该集团`, `公司發言人`: the nearest organization before, one whose name holds
/// the noun's head char if any of the last [`ORG_REACH`] does.
fn organization(cx: &Ctx<'_>, st: &State, (ws, noun_at, we): (usize, usize, usize)) -> Option<Reference> {
    let doc = cx.doc;
    let c = &doc.text.norm;
    let noun = org_nouns().longest_at(c, noun_at)?;
    let end = noun_at + noun.chars().count();
    if !doc.boundary[end] || (we != noun_at && we != end) {
        return None;
    }
    // Without a demonstrative: only before a spokesperson word, and not right after a
    // name (Google公司发言人 is Google's own phrase).
    if noun_at == ws && (spokesperson().longest_at(c, end).is_none() || (ws > 0 && cx.covered[ws - 1])) {
        return None;
    }
    let head = noun.chars().next()?;
    let ei = st
        .orgs
        .iter()
        .rev()
        .take(ORG_REACH)
        .copied()
        .find(|&ei| cx.names[ei].contains(&head))
        .or_else(|| st.orgs.last().copied())?;
    Some(Reference { start: ws, end, entity: ei, kind: MentionKind::Title })
}

/// `该市`, `該國`: the place named last (a demonstrative and a place noun, one word or two).
fn place(cx: &Ctx<'_>, st: &State, (ws, noun_at, we): (usize, usize, usize)) -> Option<Reference> {
    let c = &cx.doc.text.norm;
    if noun_at == ws {
        return None;
    }
    let noun = place_nouns().longest_at(c, noun_at)?;
    let end = noun_at + noun.chars().count();
    if !cx.doc.boundary[end] || (we != noun_at && we != end) {
        return None;
    }
    Some(Reference { start: ws, end, entity: st.last_place?, kind: MentionKind::Title })
}

/// `他`, `她`, `佢`, `其`: the antecedent by [`State::antecedent`].
fn pronoun(cx: &Ctx<'_>, st: &State, si: usize, ws: usize, we: usize, known: bool) -> Option<Reference> {
    let c = &cx.doc.text.norm;
    // The pronoun alone, or glued to one more char in a word the dictionary does not
    // know (他稱, 她指): the pronoun is then its own word.
    let end = if !known && we == ws + 2 { ws + 1 } else { we };
    let person = word_is(c, person_pronouns(), ws, end);
    if !person && !word_is(c, entity_pronouns(), ws, end) {
        return None;
    }
    let ei = st.antecedent(si, person)?;
    Some(Reference { start: ws, end, entity: ei, kind: MentionKind::Pronoun })
}

/// `我` inside a quotation: its speaker, the person last mentioned before the quote in
/// its sentence (names and the references found), else the first one after it.
fn quoted_first_person(doc: &Doc<'_>, index: &EntityIndex<'_>, refs: &[Reference]) -> Vec<Reference> {
    let c = &doc.text.norm;
    // Every person mention or reference, in text order.
    let mut people: Vec<(usize, usize)> = index
        .mentions
        .iter()
        .filter(|m| index.is_person(m.2))
        .map(|m| (m.0, m.2))
        .chain(refs.iter().filter(|r| index.is_person(r.entity)).map(|r| (r.start, r.entity)))
        .collect();
    people.sort_unstable();
    let mut out = Vec::new();
    let mut tok = 0;
    let spans = doc.sentences.spans();
    for (k, &(s, e)) in spans.iter().enumerate() {
        let next_end = spans.get(k + 1).map_or(e, |n| n.1);
        let mut i = s;
        while i < e {
            let Some(close_ch) = closing(c[i]) else {
                i += 1;
                continue;
            };
            // A quote may close just after its sentence's end (「……。」).
            let Some(close) = (i + 1..next_end).find(|&k| c[k] == close_ch) else { break };
            let e = e.max(close + 1);
            let before = people.partition_point(|p| p.0 < s);
            let upto = people.partition_point(|p| p.0 < i);
            // After the quote: in its sentence, or in the next when the quote ends this one
            // (「……。」董事長說).
            let reach = if (close + 1..e).all(|k| !c[k].is_alphanumeric()) { next_end } else { e };
            let speaker = people[before..upto].last().map(|p| p.1).or_else(|| {
                let after = people.partition_point(|p| p.0 <= close);
                people.get(after).filter(|p| p.0 < reach).map(|p| p.1)
            });
            if let Some(ei) = speaker {
                while tok < doc.tokens.len() && doc.tokens[tok].start <= i {
                    tok += 1;
                }
                while tok < doc.tokens.len() && doc.tokens[tok].start < close {
                    let t = &doc.tokens[tok];
                    if word_is(c, first_person(), t.start, t.end) {
                        out.push(Reference { start: t.start, end: t.end, entity: ei, kind: MentionKind::Pronoun });
                    }
                    tok += 1;
                }
            }
            i = close + 1;
        }
    }
    out
}

/// The closing quote for an opening one.
fn closing(open: char) -> Option<char> {
    match open {
        '“' => Some('”'),
        '「' => Some('」'),
        '『' => Some('』'),
        _ => None,
    }
}

/// Adds the references to their entities' mentions (after the stages have read them),
/// each entity's mentions in text order.
pub(crate) fn add_mentions(text: &crate::text::Text<'_>, entities: &mut [Entity], refs: &[Reference]) {
    for r in refs {
        let m = Mention { start: r.start, end: r.end, text: text.slice(r.start, r.end), kind: r.kind };
        entities[r.entity].mentions.push(m);
    }
    for en in entities.iter_mut() {
        en.mentions.sort_by_key(|m| (m.start, m.end));
    }
}
