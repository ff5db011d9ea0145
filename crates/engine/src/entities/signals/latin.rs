//! Latin name sequences (`Matt Garman`, `Moor Insights & Strategy`, `Mate 60 Pro`),
//! typed by their context: a legal suffix, a cue word after, a title before.
use super::prelude::*;

/// Latin name sequences outside English sentences.
pub(super) fn find(s: &Scan<'_>, cands: &mut Vec<Candidate>) {
    let text = s.text;
    let chars = s.chars;
    let n = s.n;
    let tokens = s.tokens;
    let titles = &s.titles;
    let sentences = s.sentences;
    let shares = han_shares(text, sentences);
    let mut i = 0;
    while i < n {
        let Some(mut j) = latin_word(chars, i) else {
            i += 1;
            continue;
        };
        let first: String = chars[i..j].iter().collect();
        if !qualifies(&first) {
            i = j;
            continue;
        }
        let start = i;
        let mut words = vec![first];
        loop {
            let k = j + 1;
            if chars.get(j) != Some(&' ') {
                break;
            }
            // `Moor Insights & Strategy`, `Johnson & Johnson`: an ampersand between words.
            if chars.get(k) == Some(&'&') && chars.get(k + 1) == Some(&' ') {
                if let Some(e) = latin_word(chars, k + 2) {
                    let w: String = chars[k + 2..e].iter().collect();
                    if qualifies(&w) {
                        words.push("&".into());
                        words.push(w);
                        j = e;
                        continue;
                    }
                }
                break;
            }
            let Some(e) = latin_word(chars, k) else { break };
            let w: String = chars[k..e].iter().collect();
            // A model number inside a name counts when a capitalized word follows (Mate 60 Pro).
            let number = w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit());
            let inner_number = number
                && chars.get(e) == Some(&' ')
                && latin_word(chars, e + 1).is_some_and(|e2| qualifies(&chars[e + 1..e2].iter().collect::<String>()));
            // A model number ending the name of a product line (Model 3, Surface Pro 9,
            // iPhone 15) when the words before say it is one.
            let model_number =
                number && words.iter().any(|w| PRODUCT_SERIES_WORDS.contains(&w.as_str()) || camel_product(w));
            if !qualifies(&w) && !latin_org_suffix(&w) && !inner_number && !model_number {
                break;
            }
            words.push(w);
            j = e;
        }
        i = j;
        // A lone capital (B, C: a grade, a variant, a list mark) is no name.
        if words.len() == 1 && words[0].chars().count() == 1 {
            continue;
        }
        let si = sentences.partition_point(|&(_, e)| e <= start);
        let english_context = sentences.get(si).is_some_and(|&(s, _)| s <= start) && shares[si] < 0.3;
        if english_context {
            continue;
        }
        let kind = type_latin(text, titles, start, j, &words);
        let mut start = start;
        if kind == EntityKind::Product && start > 0 && is_han(chars[start - 1]) {
            // A Chinese brand written against a model number (麒麟9000S) is one product name.
            if let Some(t) = token_ending_at(tokens, start) {
                let w: Vec<char> = t.word.chars().collect();
                let known = s.gaz.name_at(text, t.start, |_, e| e == t.end).is_some_and(|(e, _)| e == t.end);
                if (2..=4).contains(&w.len())
                    && w.iter().all(|&c| is_han(c))
                    && t.pos.starts_with('n')
                    && !PRODUCT_CUES.contains(&t.word.as_str())
                    && !known
                {
                    start = t.start;
                }
            }
        }
        // A known product with its model or edition (iPhone 15 Pro) is that product's
        // name: as strong as the known name it extends.
        let known_product = s
            .gaz
            .name_at(text, start, |_, _| true)
            .filter(|&(e, id)| e < j && s.gaz.entries[id].kind == EntityKind::Product && kind == EntityKind::Product);
        // (No entry: each model is its own entity, not the line's.)
        let signal = if known_product.is_some() { Signal::Gazetteer } else { Signal::Latin };
        cands.push(Candidate { start, end: j, kind, signal, entry: None });
    }
}

/// Sentence-level shares of Han characters (computed once per sentence): English
/// sentences need stronger evidence.
fn han_shares(text: &Text<'_>, sentences: &[(usize, usize)]) -> Vec<f64> {
    sentences
        .iter()
        .map(|&(s, e)| {
            let han = text.norm[s..e].iter().filter(|&&c| is_han(c)).count();
            let latin = text.norm[s..e].iter().filter(|c| c.is_ascii_alphabetic()).count();
            if han + latin == 0 {
                1.0
            } else {
                // Weigh Latin letters as a third of a Han character each (a Han character
                // carries about as much as a short English word), so a Chinese sentence
                // with a few long English names is still Chinese.
                han as f64 / (han as f64 + latin as f64 / 3.0)
            }
        })
        .collect()
}

fn type_latin(text: &Text<'_>, titles: &TitleIndex, start: usize, end: usize, words: &[String]) -> EntityKind {
    let chars = &text.norm;
    let after = skip_spaces(chars, end);
    let before = skip_spaces_back(chars, start);
    if latin_org_suffix(&words[words.len() - 1]) {
        return EntityKind::Organization;
    }
    if has_any_at(text, after, event_cues()).is_some() {
        return EntityKind::Event;
    }
    let series =
        words.len() >= 2 && words.iter().any(|w| PRODUCT_SERIES_WORDS.contains(&w.as_str()) || camel_product(w));
    if has_any_at(text, after, product_cues()).is_some()
        || words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
        || series
    {
        return EntityKind::Product;
    }
    let before_de = if before > 0 && chars[before - 1] == '的' { skip_spaces_back(chars, before - 1) } else { before };
    let titled = titles.ending(before).is_some() || titles.ending(before_de).is_some();
    if titled {
        return EntityKind::Person;
    }
    if has_any_before(text, before, ORG_CUES_BEFORE) {
        return EntityKind::Organization;
    }
    let title_case = |w: &String| {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase()) && cs.all(|c| c.is_ascii_lowercase() || c == '-' || c == '\'')
    };
    if words.len() >= 2 && words.len() <= 3 && words.iter().all(title_case) {
        return EntityKind::Person;
    }
    EntityKind::Organization
}

/// A product-line word in the way device makers write them: a lower-case `i` or `e`
/// before a capital (iPhone, iPad, iMac, eReader).
fn camel_product(w: &str) -> bool {
    let cs: Vec<char> = w.chars().collect();
    cs.len() >= 3
        && matches!(cs[0], 'i' | 'e')
        && cs[1].is_ascii_uppercase()
        && cs[2..].iter().all(|c| c.is_ascii_alphabetic())
}
