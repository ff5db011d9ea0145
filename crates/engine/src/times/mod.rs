//! Time expressions: recognition in Traditional and Simplified text (read through the
//! normalized view) and normalization to EDTF against the reference date.
//!
//! Rules worth knowing:
//! - A bare weekday (`周四`) is the most recent such day on or before the reference
//!   date, unless a future cue (`将`, `下周`, `即将`) stands just before it; then it
//!   is the next one after the reference date.
//! - `本周X` / `上周X` / `下周X` use ISO weeks (Monday first).
//! - Anaphora (`当天`, `同日`, `当时`, `当晚`) take the most recent explicit date.
//! - Month-day dates without a year take the reference year; with no reference date
//!   they are written with an unspecified year (`XXXX-09-03`).
//! - Impossible dates (`2月30日`, `13月`) are not dates.
//!
//! Layout: this module walks the text ([`extract`]) and, at each position, tries the
//! families of sub-scanners in `FAMILIES` that can start at its char. Each family is a
//! file of this folder with one entry, `scan(&Scanner, at) -> Option<(end, Val)>`:
//! `absolute` dates (and the ranges they start, `span`), `relative` words, `span`s
//! back or forward from the reference date, `anaphora`, `duration`s (and points and
//! spans counted in units), `named` periods, vague and lunar words, `clock` times and
//! `holiday`s (placed by the `lunar` calendar).
//! Adding a family is adding a file and a line to `FAMILIES`. Their word lists are in
//! `lexicon`; `dateline` finds a reference date in the text ([`find_dateline`]).

mod absolute;
mod anaphora;
mod clock;
mod dateline;
mod day;
mod decade;
mod duration;
mod fuzzy;
mod holiday;
mod lexicon;
mod lunar;
mod named;
mod open;
mod parts;
mod relative;
mod span;

pub use dateline::find_dateline;

use crate::analysis::{TimeKind, TimeMention};
use crate::date::Date;
use crate::numbers::{parse_number, Num};
use crate::text::Text;
use lexicon::{NUMERALS, WEEKDAYS};
use std::sync::OnceLock;

/// A sub-scanner: the expression starting at a position, as its end and value.
type Scan = fn(&Scanner<'_>, usize) -> Option<(usize, Val)>;

/// A family of sub-scanners, one file of this folder.
struct Family {
    /// The chars it can start at: the first chars of the patterns it tries at its start
    /// position (not the chars it reads further on).
    first: &'static str,
    /// Whether it also starts at a numeral ([`NUMERALS`] and the ASCII digits).
    numerals: bool,
    /// Its entry.
    scan: Scan,
}

/// The families [`Scanner::at`] tries, in order (the first that finds an expression
/// wins), and the chars each can start at. ASCII digits count as numerals; no other
/// ASCII char starts an expression. At a position whose char no family starts at,
/// about 89 % of a Chinese news text, nothing is tried, and elsewhere only the
/// families that can start there are. A superset is harmless; a missing char would
/// silently lose expressions, so tests compare the dispatched scan with the scan that
/// tries every family at every position, on random strings of this folder's literals
/// and on every text of `../shared/data` (`start_filter_*`).
const FAMILIES: [Family; 8] = [
    Family { first: "民", numerals: true, scan: absolute::scan },
    Family {
        first: "正元阳公情三国妇植消愚五劳青六儿建香八教双万澳平圣春农大新端七中重腊除清暑寒",
        numerals: false,
        scan: holiday::scan,
    },
    Family {
        first: "大今昨寻前明听后本这去上下第周星礼年月首中", numerals: false, scan: relative::scan
    },
    Family { first: "过近最未今", numerals: false, scan: span::scan },
    Family { first: "隔翌次第当同", numerals: false, scan: anaphora::scan },
    Family { first: "前上下后大约近将长超逾几", numerals: true, scan: duration::scan },
    Family { first: "疫十二日目最早此稍近腊正冬", numerals: false, scan: named::scan },
    Family { first: "上下凌晚早中傍深清午夜晏今", numerals: true, scan: clock::scan },
];

// A family is a bit of a byte in [`start_flags`].
const _: () = assert!(FAMILIES.len() <= 8);

/// For every char of the Basic Multilingual Plane, the families that can start at it
/// (bit `k` for `FAMILIES[k]`; one byte per char: one load per position).
fn start_flags() -> &'static [u8] {
    static FLAGS: OnceLock<Vec<u8>> = OnceLock::new();
    FLAGS.get_or_init(|| {
        let mut flags = vec![0u8; 0x1_0000];
        for (k, family) in FAMILIES.iter().enumerate() {
            let digits = if family.numerals { NUMERALS.chars().chain('0'..='9').collect() } else { Vec::new() };
            for c in family.first.chars().chain(digits) {
                flags[c as usize] |= 1 << k;
            }
        }
        flags
    })
}

/// The families that can start at `c`, from [`start_flags`].
#[inline]
fn flags_of(flags: &[u8], c: char) -> u8 {
    flags.get(c as usize).copied().unwrap_or(0)
}

/// What a recognized expression means, before it is written as EDTF.
#[derive(Debug, Clone, PartialEq)]
enum Val {
    Day(Date),
    /// A day at an hour and minute (`下午3时半`).
    At(Date, u32, u32),
    /// Day with an unknown year.
    MonthDay(u32, u32),
    Month(i32, u32),
    Year(i32),
    Text(String, TimeKind),
    Vague,
}

impl Val {
    fn edtf(&self) -> (Option<String>, TimeKind) {
        match self {
            Val::Day(d) => (Some(d.to_string()), TimeKind::Date),
            Val::At(d, h, m) => (Some(format!("{d}T{h:02}:{m:02}")), TimeKind::Date),
            Val::MonthDay(m, d) => (Some(format!("XXXX-{m:02}-{d:02}")), TimeKind::Date),
            Val::Month(y, m) => (Some(format!("{y:04}-{m:02}")), TimeKind::Date),
            Val::Year(y) => (Some(format!("{y:04}")), TimeKind::Date),
            Val::Text(s, k) => (Some(s.clone()), *k),
            Val::Vague => (None, TimeKind::Vague),
        }
    }

    /// A value written as text: an interval if it has a `/`, else a date.
    fn written(v: String) -> Val {
        let kind = if v.contains('/') { TimeKind::Interval } else { TimeKind::Date };
        Val::Text(v, kind)
    }

    /// Whether the value is a day (with or without its year).
    fn is_day(&self) -> bool {
        matches!(self, Val::Day(_) | Val::MonthDay(..))
    }
}

/// The scan's state: the text, the reference date and the date told last.
struct Scanner<'t> {
    chars: &'t [char],
    reference: Option<Date>,
    last_explicit: Option<Val>,
    /// [`start_flags`], or `None` to try every family everywhere (the tests' reference).
    flags: Option<&'static [u8]>,
    /// The number read last and where: the families tried at a position each read the
    /// number there.
    last_num: std::cell::Cell<Option<(usize, Option<Num>)>>,
    /// The year a date without one takes, when not the reference date's: the first
    /// end's, while the second end of a range is read (`2016年5月3日至5月9日`).
    year_of_range: std::cell::Cell<Option<i32>>,
    /// Whether the text names 民国 (a Taiwanese text), found once when first asked.
    minguo: std::cell::OnceCell<bool>,
}

/// Recognizes and normalizes every time expression.
pub fn extract(text: &Text<'_>, reference: Option<Date>) -> Vec<TimeMention> {
    scan(text, reference, Some(start_flags()))
}

/// The scan behind [`extract`]; `flags` says which families to try at each position
/// (`None`: all everywhere).
fn scan(text: &Text<'_>, reference: Option<Date>, flags: Option<&'static [u8]>) -> Vec<TimeMention> {
    let mut s = Scanner::new(&text.norm, reference, flags);
    let mut out = Vec::new();
    let n = text.norm.len();
    let mut i = 0;
    while i < n {
        let c = text.norm[i];
        if flags.is_some_and(|f| flags_of(f, c) == 0) {
            i += 1;
            continue;
        }
        // Do not start inside a Latin word or a number.
        let prev_alnum = i > 0 && text.norm[i - 1].is_ascii_alphanumeric();
        if prev_alnum && text.norm[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        if let Some((end, val)) = s.at(i) {
            let (end, val) = if val.is_day() || val == Val::Vague { s.timed(end, val) } else { (end, val) };
            match &val {
                Val::Day(_) | Val::Month(..) | Val::Year(_) => s.last_explicit = Some(val.clone()),
                Val::At(d, ..) => s.last_explicit = Some(Val::Day(*d)),
                _ => {}
            }
            // `2013年以来`, `从3月开始`: from then until the reference date.
            let (end, val) = s.open_interval(i, end, val);
            let (value, kind) = val.edtf();
            out.push(TimeMention { start: i, end, text: text.slice(i, end), value, kind });
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// The month `n` months from the reference date's month.
fn shift_month(d: Date, n: i32) -> (i32, u32) {
    let total = d.year() * 12 + d.month() as i32 - 1 + n;
    (total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
}

/// The first index from `i` on that is not a space.
fn skip_sp(chars: &[char], mut i: usize) -> usize {
    while chars.get(i) == Some(&' ') {
        i += 1;
    }
    i
}

/// The ISO weekday (Monday 1) a char after `周`/`星期`/`礼拜` names.
fn weekday_char(c: char) -> Option<u32> {
    WEEKDAYS.iter().find(|(w, _)| *w == c).map(|&(_, d)| d)
}

/// Whether `c` is a char that closes a day (`日`, `号`).
fn is_day_mark(c: Option<&char>) -> bool {
    matches!(c, Some('日' | '号'))
}

impl<'t> Scanner<'t> {
    fn new(chars: &'t [char], reference: Option<Date>, flags: Option<&'static [u8]>) -> Scanner<'t> {
        Scanner {
            chars,
            reference,
            last_explicit: None,
            flags,
            last_num: Default::default(),
            year_of_range: Default::default(),
            minguo: Default::default(),
        }
    }

    /// Tries the families that can start at `i`'s char ([`FAMILIES`]), in order.
    fn at(&self, i: usize) -> Option<(usize, Val)> {
        let f = match self.flags {
            Some(flags) => flags_of(flags, *self.chars.get(i)?),
            None => u8::MAX,
        };
        FAMILIES.iter().enumerate().filter(|(k, _)| f & (1 << k) != 0).find_map(|(_, family)| (family.scan)(self, i))
    }

    /// Whether `pat` is at `i`: the first char compared inline (most calls stop there),
    /// the rest out of line. The scanners ask it at some three hundred places; a whole
    /// comparison inlined at each took about 7 KB of the worker's gzipped wasm.
    #[inline]
    fn has(&self, i: usize, pat: &str) -> bool {
        pat.chars().next().is_none_or(|first| self.chars.get(i) == Some(&first)) && self.has_whole(i, pat)
    }

    /// [`Scanner::has`] out of line.
    #[inline(never)]
    fn has_whole(&self, i: usize, pat: &str) -> bool {
        crate::text::has_at(self.chars, i, pat)
    }

    fn has_before(&self, end: usize, pat: &str) -> bool {
        let n = pat.chars().count();
        end >= n && self.has(end - n, pat)
    }

    /// The first of `pats` at `i`.
    fn first_of<'p>(&self, i: usize, pats: &[&'p str]) -> Option<&'p str> {
        pats.iter().copied().find(|p| self.has(i, p))
    }

    /// The number at `i` (the last one read is kept).
    #[inline(never)]
    fn num(&self, i: usize) -> Option<Num> {
        match self.last_num.get() {
            Some((at, n)) if at == i => n,
            _ => {
                let n = parse_number(self.chars, i);
                self.last_num.set(Some((i, n)));
                n
            }
        }
    }

    /// The most recent explicit date as a day (a month or year counts from its start).
    fn last_explicit_date(&self) -> Option<Date> {
        match self.last_explicit.as_ref()? {
            Val::Day(d) => Some(*d),
            Val::Month(y, m) => Date::new(*y, *m, 1),
            Val::Year(y) => Date::new(*y, 1, 1),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
