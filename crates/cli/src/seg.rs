//! Segmentation tools: pruning jieba's dictionary and scoring a segmentation on the
//! SIGHAN 2005 bakeoff, to choose how far the browser's dictionary can shrink.

use newslens_engine::Analyzer;
use std::collections::HashSet;
use std::path::Path;

/// Keeps the entries of a jieba dictionary whose frequency is at least `min_freq` or
/// whose POS tag is one of `keep_tags` (place and organization names: the entity rules
/// read them, and they are rare words by nature), in their original order and format.
/// Returns the pruned text and how many entries it kept out of how many.
pub fn prune(source: &str, min_freq: usize, keep_tags: &[&str]) -> Result<(String, usize, usize), String> {
    let mut out = String::with_capacity(source.len() / 2);
    let (mut kept, mut total) = (0, 0);
    for (n, line) in source.lines().enumerate() {
        let mut parts = line.split_whitespace();
        let Some(word) = parts.next() else { continue };
        total += 1;
        let freq: usize = match parts.next() {
            Some(f) => f.parse().map_err(|_| format!("line {}: bad frequency '{f}'", n + 1))?,
            None => 0,
        };
        let tag = parts.next();
        if freq >= min_freq || tag.is_some_and(|t| keep_tags.contains(&t)) {
            kept += 1;
            out.push_str(word);
            out.push(' ');
            out.push_str(&freq.to_string());
            if let Some(tag) = tag {
                out.push(' ');
                out.push_str(tag);
            }
            out.push('\n');
        }
    }
    Ok((out, kept, total))
}

/// The characters common in Chinese given names: those found at least `min_count`
/// times after a surname in the two-character given names of the dictionary's person
/// names (`nr`), as one sorted line (the engine's `data/given_chars.txt`).
pub fn given_chars(source: &str, analyzer: &Analyzer, min_count: usize) -> String {
    let mut counts: std::collections::BTreeMap<char, usize> = Default::default();
    for line in source.lines() {
        let mut parts = line.split_whitespace();
        let (Some(word), _, Some("nr")) = (parts.next(), parts.next(), parts.next()) else { continue };
        let w: Vec<char> = word.chars().collect();
        if let Some(sl) = analyzer.gazetteer().surname_at(&w, 0) {
            if w.len() == sl + 2 {
                for &c in &w[sl..] {
                    *counts.entry(c).or_default() += 1;
                }
            }
        }
    }
    let mut out: String = counts.into_iter().filter(|&(_, n)| n >= min_count).map(|(c, _)| c).collect();
    out.push('\n');
    out
}

/// Word-level precision, recall and F1 of one corpus.
#[derive(Debug, Default, Clone, Copy)]
pub struct Score {
    pub gold: usize,
    pub found: usize,
    pub correct: usize,
}

impl Score {
    pub fn f1(&self) -> f64 {
        let p = self.correct as f64 / self.found.max(1) as f64;
        let r = self.correct as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Scores the analyzer's segmentation against one gold file (words separated by
/// spaces, one sentence a line). The input is the gold line without its spaces, so
/// the two segmentations cover the same characters.
pub fn score_file(analyzer: &Analyzer, gold: &Path) -> Result<Score, String> {
    let text = std::fs::read_to_string(gold).map_err(|e| format!("cannot read {}: {e}", gold.display()))?;
    let mut s = Score::default();
    for line in text.lines() {
        let line = line.trim_start_matches('\u{feff}');
        let mut spans = HashSet::new();
        let mut sentence = String::new();
        let mut at = 0;
        for w in line.split_whitespace() {
            let n = w.chars().count();
            spans.insert((at, at + n));
            at += n;
            sentence.push_str(w);
        }
        if sentence.is_empty() {
            continue;
        }
        s.gold += spans.len();
        for t in analyzer.segment(&sentence) {
            s.found += 1;
            s.correct += usize::from(spans.contains(&(t.start, t.end)));
        }
    }
    Ok(s)
}

/// Scores the three SIGHAN 2005 test sets (`pku`, `msr` Simplified; `cityu`
/// Traditional) found under `dir` (`../shared/data/seg/sighan2005`): one row each and
/// their micro-average, as a Markdown table.
pub fn eval(analyzer: &Analyzer, dir: &Path, label: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut all = Score::default();
    let mut cells = Vec::new();
    for corpus in ["pku", "msr", "cityu"] {
        let path = dir.join("gold").join(format!("{corpus}_test_gold.utf8"));
        if !path.exists() {
            return Err(format!("{} not found (SIGHAN 2005 data absent)", path.display()));
        }
        let s = score_file(analyzer, &path)?;
        all.gold += s.gold;
        all.found += s.found;
        all.correct += s.correct;
        cells.push(format!("{:.2}", 100.0 * s.f1()));
    }
    out.push_str(&format!("| {label} | {} | {:.2} |\n", cells.join(" | "), 100.0 * all.f1()));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prune_keeps_frequent_entries_in_order_and_rejects_bad_lines() {
        let (out, kept, total) = prune("甲 10 n\n乙 2 v\n丙 5\n丁 1 ns\n\n", 5, &["ns"]).unwrap();
        assert_eq!(out, "甲 10 n\n丙 5\n丁 1 ns\n");
        assert_eq!((kept, total), (3, 4));
        assert!(prune("甲 x n\n", 1, &[]).unwrap_err().contains("line 1"));
    }

    #[test]
    fn score_counts_exact_word_spans() {
        let s = Score { gold: 4, found: 5, correct: 3 };
        assert!((s.f1() - 2.0 * 0.6 * 0.75 / 1.35).abs() < 1e-9);
        assert_eq!(Score::default().f1(), 0.0);
    }
}
