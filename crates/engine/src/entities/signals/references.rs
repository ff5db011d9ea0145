//! Surname + title (赖总统, 王董事长): a reference to a person named in full elsewhere,
//! kept only when exactly one full name in the text has that surname.
use super::prelude::*;

/// Surname + title references.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let boundary = s.boundary;
    let titles = &s.titles;
    let surname = &s.surname;
    let after_demonstrative = |i: usize| s.after_demonstrative(i);
    for (i, sl) in surname.iter().enumerate() {
        let Some(sl) = *sl else { continue };
        if after_demonstrative(i) {
            continue;
        }
        if let Some(te) = titles.at(i + sl).filter(|&te| boundary[te]) {
            cands.push(Candidate {
                start: i,
                end: te,
                kind: EntityKind::Person,
                signal: Signal::Reference,
                entry: None,
            });
        }
    }
}

/// Keeps a surname reference (赖总统) only when exactly one full name in the text has
/// that surname; it then joins that person's entity in `merge`.
pub(in crate::entities) fn resolve(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let (text, gaz) = (s.text, s.gaz);
    let chars = &text.norm;
    let full: Vec<String> = cands
        .iter()
        .filter(|c| {
            c.kind == EntityKind::Person && c.signal != Signal::Reference && (2..=4).contains(&(c.end - c.start))
        })
        .filter(|c| chars[c.start..c.end].iter().all(|&ch| is_han(ch)))
        .map(|c| chars[c.start..c.end].iter().collect())
        .collect();
    cands.retain(|c| {
        if c.signal != Signal::Reference {
            return true;
        }
        let sl = gaz.surname_at(chars, c.start).unwrap_or(1);
        let surname: String = chars[c.start..c.start + sl].iter().collect();
        let mut names: Vec<&String> = full.iter().filter(|f| f.starts_with(&surname)).collect();
        names.dedup();
        names.sort();
        names.dedup();
        names.len() == 1
    });
}
