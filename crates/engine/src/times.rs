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

use crate::analysis::TimeMention;
use crate::date::{days_in_month, Date};
use crate::numbers::{parse_number, Num, NumKind};
use crate::text::Text;
use std::sync::OnceLock;

/// Time-of-day words kept inside a date's span.
const DAYPARTS: &[&str] = &[
    "上午", "下午", "凌晨", "晚上", "早上", "中午", "傍晚", "晚间", "早间", "深夜", "清晨", "午后", "夜间", "晚", "早",
];
/// Vague expressions: recognized so the reader sees them, but with no value.
const VAGUE: &[&str] = &["日前", "近日", "近期", "目前", "最近", "早前", "此前", "稍早", "近来"];
/// Named periods with approximate values (a small knowledge table).
const NAMED_PERIODS: &[(&str, &str)] = &[
    ("疫情前", "../2020"),
    ("疫情之前", "../2020"),
    ("疫情期间", "2020/2022"),
    ("疫情爆发", "2020"),
    ("疫情后", "2023/.."),
    ("疫情之后", "2023/.."),
    // China's five-year plans.
    ("十二五", "2011/2015"),
    ("十三五", "2016/2020"),
    ("十四五", "2021/2025"),
    ("十五五", "2026/2030"),
    // National congresses of the Communist Party of China (opening month).
    ("十七大", "2007-10"),
    ("十八大", "2012-11"),
    ("十九大", "2017-10"),
    ("二十大", "2022-10"),
];

/// The Chinese numerals [`parse_number`] starts at (besides the ASCII digits).
const NUMERALS: &str = "零〇一二两三四五六七八九十百千万亿廿卅";

/// The scanners [`Scanner::at`] tries, in order, and the chars each can start at: the
/// first chars of the patterns it tries at its start position (not the chars it reads
/// further on), and the numerals for those that start with a number. ASCII digits
/// count as numerals; no other ASCII char starts an expression. At a position whose
/// char no scanner starts at, about 89 % of a Chinese news text, nothing is tried, and
/// elsewhere only the scanners that can start there are. A superset is harmless; a
/// missing char would silently lose expressions, so tests compare the dispatched scan
/// with the scan that tries every scanner at every position, on random strings of this
/// file's literals and on every text of `../shared/data` (`start_filter_*`).
const SCANNERS: [(u8, &str, bool); 7] = [
    // (flag, first chars, also at numerals)
    (ABSOLUTE, "民", true),
    (RELATIVE, "大今昨寻前明听后本这去上下第周星礼", false),
    (SPAN, "过近最未今", false),
    (ANAPHORA, "隔翌次第当同", false),
    (DURATION, "前上下后大约近将长超逾", true),
    (NAMED, "疫十二日目最早此稍近腊正冬", false),
    (CLOCK, "上下凌晚早中傍深清午夜晏今", true),
];
const ABSOLUTE: u8 = 1;
const RELATIVE: u8 = 2;
const SPAN: u8 = 4;
const ANAPHORA: u8 = 8;
const DURATION: u8 = 16;
const NAMED: u8 = 32;
const CLOCK: u8 = 64;
const ALL: u8 = 127;

/// For every char of the Basic Multilingual Plane, the scanners that can start at it
/// (one byte per char: one load per position).
fn start_flags() -> &'static [u8] {
    static FLAGS: OnceLock<Vec<u8>> = OnceLock::new();
    FLAGS.get_or_init(|| {
        let mut flags = vec![0u8; 0x1_0000];
        for (flag, chars, numerals) in SCANNERS {
            let digits = if numerals { NUMERALS.chars().chain('0'..='9').collect() } else { Vec::new() };
            for c in chars.chars().chain(digits) {
                flags[c as usize] |= flag;
            }
        }
        flags
    })
}

/// The scanners that can start at `c`, from [`start_flags`].
#[inline]
fn flags_of(flags: &[u8], c: char) -> u8 {
    flags.get(c as usize).copied().unwrap_or(0)
}

/// What a recognized expression means, before it is written as EDTF.
#[derive(Debug, Clone, PartialEq)]
enum Val {
    Day(Date),
    /// Day with an unknown year.
    MonthDay(u32, u32),
    Month(i32, u32),
    Year(i32),
    Text(String, &'static str),
    Vague,
}

impl Val {
    fn edtf(&self) -> (Option<String>, &'static str) {
        match self {
            Val::Day(d) => (Some(d.to_string()), "date"),
            Val::MonthDay(m, d) => (Some(format!("XXXX-{m:02}-{d:02}")), "date"),
            Val::Month(y, m) => (Some(format!("{y:04}-{m:02}")), "date"),
            Val::Year(y) => (Some(format!("{y:04}")), "date"),
            Val::Text(s, k) => (Some(s.clone()), k),
            Val::Vague => (None, "vague"),
        }
    }
}

struct Scanner<'t> {
    chars: &'t [char],
    reference: Option<Date>,
    last_explicit: Option<Val>,
    /// [`start_flags`], or `None` to try every scanner everywhere (the tests' reference).
    flags: Option<&'static [u8]>,
    /// The number read last and where: the scanners tried at a position each read the
    /// number there.
    last_num: std::cell::Cell<Option<(usize, Option<Num>)>>,
}

/// Finds a publication date in the text: a short line with a full date and a date-line
/// word (`发布时间`, `日期`, `电`), or a line that is only a date.
pub fn find_dateline(text: &Text<'_>) -> Option<Date> {
    let mut start = 0;
    for (li, line) in text.norm_string.split('\n').enumerate() {
        let len = line.chars().count();
        let trimmed = line.trim();
        let cue = ["发布时间", "发布于", "发布日期", "日期", "时间:", "更新", "电)", "消息"]
            .iter()
            .any(|c| trimmed.contains(c));
        if (li < 8 || cue) && len <= 60 {
            let sub: Vec<char> = line.chars().collect();
            let s = Scanner {
                chars: &sub,
                reference: None,
                last_explicit: None,
                flags: None,
                last_num: Default::default(),
            };
            for i in 0..sub.len() {
                if let Some((_, Val::Day(d))) = s.absolute(i) {
                    let only_date = trimmed.chars().count() <= 20;
                    if cue || only_date {
                        return Some(d);
                    }
                }
            }
        }
        start += len + 1;
        if start > 4000 {
            break;
        }
    }
    None
}

/// Recognizes and normalizes every time expression.
pub fn extract(text: &Text<'_>, reference: Option<Date>) -> Vec<TimeMention> {
    scan(text, reference, Some(start_flags()))
}

/// The scan behind [`extract`]; `flags` says which scanners to try at each position
/// (`None`: all everywhere).
fn scan(text: &Text<'_>, reference: Option<Date>, flags: Option<&'static [u8]>) -> Vec<TimeMention> {
    let mut s = Scanner { chars: &text.norm, reference, last_explicit: None, flags, last_num: Default::default() };
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
            let end = if matches!(val, Val::Day(_) | Val::MonthDay(..) | Val::Vague) { s.daypart(end) } else { end };
            if matches!(val, Val::Day(_) | Val::Month(..) | Val::Year(_)) {
                s.last_explicit = Some(val.clone());
            }
            // `2013年以来`, `去年以来`: from then until the reference date.
            let (end, val) = match (val.edtf(), skip_sp(&text.norm, end)) {
                ((Some(v), "date"), j) if text.norm_has_at(j, "以来") && !v.starts_with('X') => {
                    let until = reference.map(|d| d.to_string()).unwrap_or_else(|| "..".into());
                    let from = v.split('/').next().unwrap_or(&v).to_string();
                    (j + 2, Val::Text(format!("{from}/{until}"), "interval"))
                }
                _ => (end, val),
            };
            let (value, kind) = val.edtf();
            out.push(TimeMention { start: i, end, text: text.slice(i, end), value, kind: kind.to_string() });
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

fn skip_sp(chars: &[char], mut i: usize) -> usize {
    while chars.get(i) == Some(&' ') {
        i += 1;
    }
    i
}

fn weekday_char(c: char) -> Option<u32> {
    Some(match c {
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '日' | '天' | '末' => 7,
        _ => return None,
    })
}

impl Scanner<'_> {
    #[inline]
    fn has(&self, i: usize, pat: &str) -> bool {
        crate::text::has_at(self.chars, i, pat)
    }

    fn has_before(&self, end: usize, pat: &str) -> bool {
        let n = pat.chars().count();
        end >= n && self.has(end - n, pat)
    }

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

    /// Tries every pattern at `i`, longest families first.
    /// Only the scanners that can start at `i`'s char are tried ([`SCANNERS`]).
    fn at(&mut self, i: usize) -> Option<(usize, Val)> {
        let f = match self.flags {
            Some(flags) => flags_of(flags, *self.chars.get(i)?),
            None => ALL,
        };
        if f & ABSOLUTE != 0 {
            if let Some(r) = self.range_or_absolute(i) {
                return Some(r);
            }
        }
        type Scan<'s> = fn(&Scanner<'s>, usize) -> Option<(usize, Val)>;
        let rest: [(u8, Scan<'_>); 6] = [
            (RELATIVE, Self::relative),
            (SPAN, Self::span),
            (ANAPHORA, Self::anaphora),
            (DURATION, Self::duration),
            (NAMED, Self::named),
            (CLOCK, Self::standalone_clock),
        ];
        rest.iter().filter(|(flag, _)| f & flag != 0).find_map(|(_, scan)| scan(self, i))
    }

    fn range_or_absolute(&mut self, i: usize) -> Option<(usize, Val)> {
        let (end, first) = self.absolute(i)?;
        let end = if matches!(first, Val::Day(_) | Val::MonthDay(..)) { self.daypart(end) } else { end };
        // Ranges: 2018年至2021年, 10月25日至27日, 9月21号下午5点~9月22号上午5点.
        let j = skip_sp(self.chars, end);
        if matches!(self.chars.get(j), Some('至' | '到' | '-' | '~' | '—')) {
            let k = skip_sp(self.chars, j + 1);
            if let Some((end2, second)) = self.absolute(k).or_else(|| self.day_only(k, &first)) {
                let end2 = if matches!(second, Val::Day(_) | Val::MonthDay(..)) { self.daypart(end2) } else { end2 };
                if let (Some(a), Some(b)) = (first.edtf().0, second.edtf().0) {
                    if first.edtf().1 == "date" && second.edtf().1 == "date" {
                        return Some((end2, Val::Text(format!("{a}/{b}"), "interval")));
                    }
                }
            }
            // 20日11点至17点: a range of hours within the day.
            if matches!(first, Val::Day(_) | Val::MonthDay(..)) && self.clock_inside(i, end) {
                if let Some(end2) = self.clock(k, true) {
                    return Some((end2, first));
                }
            }
        }
        Some((end, first))
    }

    /// Whether a clock time ends the span `[i, end)` (so a following clock continues it).
    fn clock_inside(&self, i: usize, end: usize) -> bool {
        (i..end).any(|k| self.clock(k, false) == Some(end))
    }

    /// `27日` after `10月25日至`: the day in the first date's month.
    fn day_only(&self, i: usize, first: &Val) -> Option<(usize, Val)> {
        let n = self.num(i)?;
        let j = skip_sp(self.chars, n.end);
        if !matches!(self.chars.get(j), Some('日' | '号')) {
            return None;
        }
        let d = n.value as u32;
        match first {
            Val::Day(f) => Some((j + 1, Val::Day(Date::new(f.year(), f.month(), d)?))),
            Val::MonthDay(m, _) if d >= 1 && d <= days_in_month(2000, *m) => Some((j + 1, Val::MonthDay(*m, d))),
            _ => None,
        }
    }

    /// Year-month-day, year-month, year, month-day, ISO dates, 民国 years, quarters and halves.
    fn absolute(&self, i: usize) -> Option<(usize, Val)> {
        let c = self.chars;
        let mut p = i;
        let mut year: Option<i32> = None;
        if self.has(i, "民国") {
            let n = self.num(skip_sp(c, i + 2))?;
            let j = skip_sp(c, n.end);
            if c.get(j) != Some(&'年') || n.value < 1.0 || n.value > 200.0 {
                return None;
            }
            year = Some(1911 + n.value as i32);
            p = j + 1;
        } else if let Some(n) = self.num(i) {
            // ISO-like: 2025-10-24, 2025/10/24, 2025.10.24
            if n.kind == NumKind::Arabic && n.len == 4 && n.value.fract() == 0.0 {
                if let Some(r) = self.iso(n) {
                    return Some(r);
                }
            }
            if n.kind == NumKind::Arabic && n.value.fract() == 0.0 && (i == 0 || !c[i - 1].is_ascii_digit()) {
                if let Some(r) = self.slash_date(n).or_else(|| self.compact_date(n)) {
                    return Some(r);
                }
            }
            let j = skip_sp(c, n.end);
            let yearish = (n.kind == NumKind::Arabic && n.len == 4 && n.value.fract() == 0.0)
                || (n.kind == NumKind::ChineseDigits && n.len == 4);
            if yearish && c.get(j) == Some(&'年') && !self.has(j + 1, "代") {
                year = Some(n.value as i32);
                p = j + 1;
            }
        }
        let after_year = p;
        // Month (and day), after a year or alone; spaces only after a year, so that no
        // expression starts with one.
        let q = if year.is_some() { skip_sp(c, p) } else { p };
        if let Some(m) = self.num(q) {
            let j = skip_sp(c, m.end);
            if c.get(j) == Some(&'月') && m.value.fract() == 0.0 && m.len <= 3 && !self.has(j + 1, "份额") {
                let month = m.value as u32;
                if !(1..=12).contains(&month) {
                    return None;
                }
                let p2 = skip_sp(c, j + 1);
                let y = year.or_else(|| self.reference.map(|r| r.year()));
                if let Some(d) = self.num(p2) {
                    let k = skip_sp(c, d.end);
                    let suffixed = matches!(c.get(k), Some('日' | '号'));
                    // 10月22出生, 1月3至2月10: a day without 日 where no unit follows.
                    let bare_day = !suffixed
                        && d.kind == NumKind::Arabic
                        && d.len <= 2
                        && c.get(k).is_none_or(|&x| {
                            !x.is_ascii_alphanumeric()
                                && !crate::numbers::is_chinese_numeral(x)
                                && !"个日号天年月万亿%元人名家岁次分秒点倍度位条只件股吨台辆届期".contains(x)
                        });
                    if (suffixed || bare_day) && d.value.fract() == 0.0 {
                        let day = d.value as u32;
                        let end = if suffixed { k + 1 } else { d.end };
                        return match y {
                            Some(y) => Date::new(y, month, day).map(|dt| (end, Val::Day(dt))),
                            None => (day >= 1 && day <= days_in_month(2000, month))
                                .then_some((end, Val::MonthDay(month, day))),
                        };
                    }
                }
                let Some(y) = y else { return Some((j + 1, Val::Text(format!("XXXX-{month:02}"), "date"))) };
                if let Some(r) = self.nth_weekday(j + 1, y, month).or_else(|| self.month_part(j + 1, y, month)) {
                    return Some(r);
                }
                return Some((j + 1, Val::Month(y, month)));
            }
        }
        let y = year?;
        // Quarters and halves after a year.
        if let Some(r) = self.part_of_year(after_year, y) {
            return Some(r);
        }
        Some((after_year, Val::Year(y)))
    }

    /// `12/3`, `2/15`, `3/3/2015`, `10/31/74`: month/day(/year), as written in English.
    /// Not after words that introduce fractions (约1/3, 占1/4) nor before 的/倍.
    fn slash_date(&self, m: Num) -> Option<(usize, Val)> {
        let c = self.chars;
        if m.len > 2 || !(1.0..=12.0).contains(&m.value) || c.get(m.end) != Some(&'/') {
            return None;
        }
        let start = m.end - m.len;
        if start > 0 && "约近逾达占超的为是第/.".contains(c[start - 1]) {
            return None;
        }
        let d = self.num(m.end + 1).filter(|d| d.kind == NumKind::Arabic && d.len <= 2 && d.value.fract() == 0.0)?;
        let mut end = d.end;
        let mut year = self.reference.map(|r| r.year());
        if c.get(end) == Some(&'/') {
            let y = self.num(end + 1).filter(|y| y.kind == NumKind::Arabic && (y.len == 2 || y.len == 4))?;
            let v = y.value as i32;
            year = Some(if y.len == 4 {
                v
            } else if v <= 50 {
                2000 + v
            } else {
                1900 + v
            });
            end = y.end;
        }
        if c.get(end)
            .is_some_and(|&x| x.is_ascii_alphanumeric() || x == '/' || x == '%' || x == '.' || "的倍左以".contains(x))
        {
            return None;
        }
        let (month, day) = (m.value as u32, d.value as u32);
        match year {
            Some(y) => Date::new(y, month, day).map(|dt| (end, Val::Day(dt))),
            None => (day >= 1 && day <= days_in_month(2000, month)).then_some((end, Val::MonthDay(month, day))),
        }
    }

    /// `20240307`: eight digits that make a real date between 1900 and 2100, standing
    /// alone (not part of a longer number or followed by a unit).
    fn compact_date(&self, n: Num) -> Option<(usize, Val)> {
        let c = self.chars;
        if n.len != 8 || c.get(n.end).is_some_and(|&x| x.is_ascii_digit() || "元人件吨股个次万亿台辆家份号".contains(x))
        {
            return None;
        }
        let v = n.value as i64;
        let (y, m, d) = ((v / 10_000) as i32, (v / 100 % 100) as u32, (v % 100) as u32);
        if !(1900..=2100).contains(&y) {
            return None;
        }
        Date::new(y, m, d).map(|dt| (n.end, Val::Day(dt)))
    }

    /// `十月(的)第一个星期一`: the n-th such weekday of the month.
    fn nth_weekday(&self, p: usize, y: i32, m: u32) -> Option<(usize, Val)> {
        let mut q = p;
        if self.has(q, "的") {
            q += 1;
        }
        if !self.has(q, "第") {
            return None;
        }
        let n = self.num(q + 1)?;
        let mut k = n.end;
        if self.has(k, "个") {
            k += 1;
        }
        let unit = ["星期", "礼拜", "周"].iter().find(|u| self.has(k, u))?;
        k += unit.chars().count();
        let wd = weekday_char(*self.chars.get(k)?)?;
        let first = Date::new(y, m, 1)?;
        let offset = (i64::from(wd) - i64::from(first.weekday())).rem_euclid(7) + 7 * (n.value as i64 - 1);
        let d = first.add_days(offset)?;
        (d.month() == m).then_some((k + 1, Val::Day(d)))
    }

    fn iso(&self, y: Num) -> Option<(usize, Val)> {
        let c = self.chars;
        let sep = *c.get(y.end)?;
        if !matches!(sep, '-' | '/' | '.') {
            return None;
        }
        let m = self.num(y.end + 1).filter(|m| m.kind == NumKind::Arabic && m.len <= 2)?;
        if c.get(m.end) != Some(&sep) {
            return None;
        }
        let d = self.num(m.end + 1).filter(|d| d.kind == NumKind::Arabic && d.len <= 2)?;
        if c.get(d.end).is_some_and(|x| x.is_ascii_digit()) {
            return None;
        }
        Some((d.end, Val::Day(Date::new(y.value as i32, m.value as u32, d.value as u32)?)))
    }

    /// `第二季(度)`, `上半年`, `下半年`, `前三季度`, `年底`, `年初` after a year.
    fn part_of_year(&self, p: usize, y: i32) -> Option<(usize, Val)> {
        let c = self.chars;
        let q = skip_sp(c, p);
        if self.has(q, "第") {
            let n = self.num(q + 1)?;
            if self.has(n.end, "季") && (1.0..=4.0).contains(&n.value) {
                let k = n.value as u32;
                let end = n.end + 1 + usize::from(self.has(n.end + 1, "度"));
                return Some((end, Val::Text(format!("{y:04}-{:02}/{y:04}-{:02}", 3 * k - 2, 3 * k), "interval")));
            }
        }
        if self.has(q, "前") {
            let n = self.num(q + 1)?;
            // 2018年前九个月, 今年前8个月: January to the N-th month.
            let months_end = if self.has(n.end, "个月") { Some(n.end + 2) } else { None };
            if let Some(end) = months_end.filter(|_| (1.0..=12.0).contains(&n.value) && n.value.fract() == 0.0) {
                return Some((end, Val::Text(format!("{y:04}-01/{y:04}-{:02}", n.value as u32), "interval")));
            }
            if self.has(n.end, "季") && (1.0..=4.0).contains(&n.value) {
                let k = n.value as u32;
                let end = n.end + 1 + usize::from(self.has(n.end + 1, "度"));
                return Some((end, Val::Text(format!("{y:04}-01/{y:04}-{:02}", 3 * k), "interval")));
            }
        }
        if c.get(p.wrapping_sub(1)) == Some(&'年') {
            for (pat, val) in [("底", format!("{y:04}-12")), ("末", format!("{y:04}-12")), ("初", format!("{y:04}-01"))]
            {
                if self.has(p, pat) && !self.has(p, "初步") && !self.has(p, "末期") {
                    return Some((p + 1, Val::Text(val, "date")));
                }
            }
        }
        for (pat, val) in [
            ("上半年", format!("{y:04}-01/{y:04}-06")),
            ("下半年", format!("{y:04}-07/{y:04}-12")),
            ("年底", format!("{y:04}-12")),
            ("年末", format!("{y:04}-12")),
            ("年初", format!("{y:04}-01")),
        ] {
            if self.has(q, pat) {
                let kind = if val.contains('/') { "interval" } else { "date" };
                return Some((q + pat.chars().count(), Val::Text(val, kind)));
            }
        }
        None
    }

    /// Relative expressions: days, years, months, quarters, weeks and weekdays.
    fn relative(&self, i: usize) -> Option<(usize, Val)> {
        let r = self.reference;
        // Day words, including Cantonese ones (寻日 yesterday, 听日 tomorrow) and the
        // two-day-away forms. `前日`/`后日` only as whole words (not 提前日期, 最后日).
        for (pat, offset) in [
            ("大前天", -3),
            ("大后天", 3),
            ("大后日", 3),
            ("今天", 0),
            ("今日", 0),
            ("昨天", -1),
            ("昨日", -1),
            ("寻日", -1),
            ("前天", -2),
            ("前日", -2),
            ("明天", 1),
            ("明日", 1),
            ("听日", 1),
            ("后天", 2),
            ("后日", 2),
            ("今晨", 0),
            ("今早", 0),
            ("昨晚", -1),
            ("昨夜", -1),
            ("今晚", 0),
            ("今夜", 0),
            ("明早", 1),
            ("明晚", 1),
        ] {
            if self.has(i, pat) {
                let bound = matches!(pat, "前日" | "后日");
                if bound
                    && i > 0
                    && crate::text::is_han(self.chars[i - 1])
                    && !"在于是的至到和及从自".contains(self.chars[i - 1])
                {
                    continue;
                }
                let end = i + pat.chars().count();
                let v = r.and_then(|d| d.add_days(offset)).map(Val::Day).unwrap_or(Val::Vague);
                return Some((end, v));
            }
        }
        // 今(4)日: the 4th of the reference month.
        if self.has(i, "今(") {
            let n = self.num(i + 2)?;
            if self.has(n.end, ")日") {
                let v =
                    r.and_then(|d| Date::new(d.year(), d.month(), n.value as u32)).map(Val::Day).unwrap_or(Val::Vague);
                return Some((n.end + 2, v));
            }
        }
        for (pat, offset) in [
            ("大前年", -3),
            ("大后年", 3),
            ("今年", 0),
            ("本年", 0),
            ("这一年", 0),
            ("去年", -1),
            ("上年", -1),
            ("前年", -2),
            ("明年", 1),
            ("下年", 1),
            ("后年", 2),
        ] {
            if self.has(i, pat) {
                let end = i + pat.chars().count();
                let Some(year) = r.map(|d| d.year() + offset) else {
                    // No reference: still take the month and day along (去年9月), valueless.
                    let whole = self.absolute(skip_sp(self.chars, end)).map_or(end, |(e, _)| e);
                    return Some((whole, Val::Vague));
                };
                // 去年9月, 今年3月5日, 今年上半年, 去年年底, 上年末
                if let Some(m) = self.num(skip_sp(self.chars, end)) {
                    let j = skip_sp(self.chars, m.end);
                    if self.chars.get(j) == Some(&'月') && (1.0..=12.0).contains(&m.value) {
                        let month = m.value as u32;
                        if let Some(d) = self.num(skip_sp(self.chars, j + 1)) {
                            let k = skip_sp(self.chars, d.end);
                            if matches!(self.chars.get(k), Some('日' | '号')) {
                                return Date::new(year, month, d.value as u32).map(|dt| (k + 1, Val::Day(dt)));
                            }
                        }
                        return Some(self.month_part(j + 1, year, month).unwrap_or((j + 1, Val::Month(year, month))));
                    }
                }
                if let Some(rr) = self.part_of_year(end, year) {
                    return Some(rr);
                }
                if let Some(e) = self.lunar_month(end) {
                    return Some((e, Val::Vague));
                }
                return Some((end, Val::Year(year)));
            }
        }
        // Months: 本月, 这个月, 今个月, 上(上)个月, 下(下)个月, with an optional day.
        if let Some((end, offset)) = self.shifted_unit(i, &["月"]) {
            let Some(d) = r else { return Some((end, Val::Vague)) };
            let total = d.year() * 12 + d.month() as i32 - 1 + offset;
            let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
            if let Some(n) = self.num(skip_sp(self.chars, end)) {
                let k = skip_sp(self.chars, n.end);
                if matches!(self.chars.get(k), Some('日' | '号')) {
                    return Date::new(y, m, n.value as u32).map(|dt| (k + 1, Val::Day(dt)));
                }
            }
            return Some(self.month_part(end, y, m).unwrap_or((end, Val::Month(y, m))));
        }
        // Quarters: 本季度, 上个季度, 下下个季度.
        if let Some((end, offset)) = self.shifted_unit(i, &["季度", "季"]) {
            let Some(d) = r else { return Some((end, Val::Vague)) };
            let q = d.year() * 4 + (d.month() as i32 - 1) / 3 + offset;
            let (y, k) = (q.div_euclid(4), q.rem_euclid(4) as u32 + 1);
            return Some((end, Val::Text(format!("{y:04}-{:02}/{y:04}-{:02}", 3 * k - 2, 3 * k), "interval")));
        }
        // 前季 / 前一季: the quarter before the reference one.
        if self.has(i, "前季") || self.has(i, "前一季") {
            let end = i + if self.has(i, "前季") { 2 } else { 3 } + usize::from(self.has(i + 3, "度"));
            let Some(d) = r else { return Some((end, Val::Vague)) };
            let q = d.year() * 4 + (d.month() as i32 - 1) / 3 - 1;
            let (y, k) = (q.div_euclid(4), q.rem_euclid(4) as u32 + 1);
            return Some((end, Val::Text(format!("{y:04}-{:02}/{y:04}-{:02}", 3 * k - 2, 3 * k), "interval")));
        }
        // 前三季度 / 第二季度 without a year: the reference year.
        if self.has(i, "前") || self.has(i, "第") {
            if let (Some(d), Some(n)) = (r, self.num(i + 1)) {
                if self.has(n.end, "季") && (1.0..=4.0).contains(&n.value) {
                    return self.part_of_year(i, d.year());
                }
            }
        }
        // Weeks: 本周一, 这礼拜, 今个星期三, 上周, 下下周一, 本周末; bare 周四, 星期五.
        if let Some((j, w)) = self.shifted_unit(i, &["星期", "礼拜", "周"]) {
            let day_word = self.chars.get(j).and_then(|&c| weekday_char(c)).map(|d| (d, j + 1));
            let Some(d) = r else { return Some((day_word.map(|x| x.1).unwrap_or(j), Val::Vague)) };
            let monday = d.add_days(-(i64::from(d.weekday()) - 1) + 7 * i64::from(w))?;
            if self.has(j, "末") {
                return Some((
                    j + 1,
                    Val::Text(format!("{}/{}", monday.add_days(5)?, monday.add_days(6)?), "interval"),
                ));
            }
            return Some(match day_word {
                Some((wd, end)) => (end, Val::Day(monday.add_days(i64::from(wd) - 1)?)),
                None => (j, Val::Text(format!("{}/{}", monday, monday.add_days(6)?), "interval")),
            });
        }
        let bare = ["周", "星期", "礼拜"].iter().find(|p| self.has(i, p)).and_then(|p| {
            let k = i + p.chars().count();
            // 周期, 周年, 周边… are not weekdays: require a weekday char.
            let d = weekday_char(*self.chars.get(k)?)?;
            Some((d, k + 1))
        });
        if let Some((wd, end)) = bare {
            let Some(d) = r else { return Some((end, Val::Vague)) };
            if wd == 7 && self.chars.get(end - 1) == Some(&'末') {
                // 周末 alone: the weekend of the reference week.
                let monday = d.add_days(-(i64::from(d.weekday()) - 1))?;
                return Some((end, Val::Text(format!("{}/{}", monday.add_days(5)?, monday.add_days(6)?), "interval")));
            }
            let future = ["将", "下周", "即将", "将于", "预计"].iter().any(|c| self.has_before(i, c));
            let diff = i64::from(wd) - i64::from(d.weekday());
            let offset = if future {
                if diff > 0 {
                    diff
                } else {
                    diff + 7
                }
            } else if diff <= 0 {
                diff
            } else {
                diff - 7
            };
            return Some((end, Val::Day(d.add_days(offset)?)));
        }
        None
    }

    /// A lunar month with an optional day (`腊月`, `正月十五`, `腊月初八`, `腊月18`): its end.
    fn lunar_month(&self, i: usize) -> Option<usize> {
        let pat = ["腊月", "正月", "冬月"].iter().find(|p| self.has(i, p))?;
        let mut end = i + pat.chars().count();
        let k = if self.has(end, "初") { end + 1 } else { end };
        if let Some(d) = self.num(k).filter(|d| d.value >= 1.0 && d.value <= 30.0 && d.value.fract() == 0.0) {
            // 腊月18000吨 is a month and a quantity, not a day.
            if !self.chars.get(d.end).is_some_and(|c| c.is_ascii_digit()) && d.len <= 3 {
                end = d.end;
            }
        }
        Some(end)
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

    /// A unit shifted from the reference one: `这(一/个)`, `本`, `今个` (0), `上(个)` (−1),
    /// `上上(个)` (−2), `下(个)` (+1), `下下(个)` (+2) … before one of `units`. Returns
    /// the end and the shift.
    fn shifted_unit(&self, i: usize, units: &[&str]) -> Option<(usize, i32)> {
        let c = self.chars;
        let mut j = i;
        let mut shift = 0i32;
        let mut prefixed = false;
        for pat in ["这一个", "这一", "这个", "今个", "这", "本"] {
            if self.has(j, pat) {
                j += pat.chars().count();
                prefixed = true;
                break;
            }
        }
        if !prefixed {
            while j < c.len() && (c[j] == '上' || c[j] == '下') && j - i < 3 {
                shift += if c[j] == '上' { -1 } else { 1 };
                j += 1;
                prefixed = true;
            }
            if prefixed && c.get(j) == Some(&'个') {
                j += 1;
            }
        }
        if !prefixed {
            return None;
        }
        let unit = units.iter().find(|u| self.has(j, u))?;
        // 上月 and 下月 are months, but 下周期 is not a week, nor 本周年 a weekday.
        let end = j + unit.chars().count();
        if *unit == "周" && (self.has(end, "年") || self.has(end, "期") || self.has(end, "边")) {
            return None;
        }
        Some((end, shift))
    }

    /// Parts of a month after it: 上旬 (1–10), 中旬 (11–20), 下旬 / 月底 / 月末 (21–end),
    /// 月初 (1–10), 月中 (11–20).
    fn month_part(&self, end: usize, y: i32, m: u32) -> Option<(usize, Val)> {
        let last = days_in_month(y, m);
        for (pat, a, b) in [
            ("上旬", 1, 10),
            ("中旬", 11, 20),
            ("下旬", 21, last),
            ("月底", 21, last),
            ("月末", 21, last),
            ("月初", 1, 10),
            ("月中", 11, 20),
            ("底", 21, last),
            ("末", 21, last),
            ("初", 1, 10),
        ] {
            // 底/末/初 alone only right after 月 (12月底, 3月初).
            if pat.chars().count() == 1 && self.chars.get(end.wrapping_sub(1)) != Some(&'月') {
                continue;
            }
            if self.has(end, pat) {
                let v = format!("{y:04}-{m:02}-{a:02}/{y:04}-{m:02}-{b:02}");
                return Some((end + pat.chars().count(), Val::Text(v, "interval")));
            }
        }
        None
    }

    /// Spans relative to the reference date: 过去两年, 近三年, 未来10年.
    fn span(&self, i: usize) -> Option<(usize, Val)> {
        let (dir, len) = [("过去", -1i32), ("近", -1), ("最近", -1), ("未来", 1), ("今后", 1)]
            .iter()
            .find(|(p, _)| self.has(i, p))
            .map(|(p, d)| (*d, p.chars().count()))?;
        let n = self.num(skip_sp(self.chars, i + len))?;
        let mut j = skip_sp(self.chars, n.end);
        if self.has(j, "多") || self.has(j, "余") {
            j += 1;
        }
        let (unit, ulen) = if self.has(j, "年") {
            ('Y', 1)
        } else if self.has(j, "个月") {
            ('M', 2)
        } else {
            return None;
        };
        let end = j + ulen;
        // 近三年后 is not a span back from today.
        if self.has(end, "后") || self.has(end, "前") {
            return None;
        }
        let Some(d) = self.reference else { return Some((end, Val::Vague)) };
        let months = n.value as i32 * if unit == 'Y' { 12 } else { 1 };
        let total = d.year() * 12 + d.month() as i32 - 1 + dir * months;
        let (y, m) = (total.div_euclid(12), total.rem_euclid(12) + 1);
        let other = format!("{y:04}-{m:02}");
        let now = format!("{:04}-{:02}", d.year(), d.month());
        let v = if dir < 0 { format!("{other}/{now}") } else { format!("{now}/{other}") };
        Some((end, Val::Text(v, "interval")))
    }

    /// 当天, 同日, 当时, 当晚: the most recent explicit date.
    fn anaphora(&self, i: usize) -> Option<(usize, Val)> {
        // 隔年 / 翌年 / 次年 and 隔天 / 翌日 / 次日 / 第二天: one after the date just told.
        for (pat, next_year) in [
            ("隔年", true),
            ("翌年", true),
            ("次年", true),
            ("隔天", false),
            ("翌日", false),
            ("次日", false),
            ("第二天", false),
        ] {
            if self.has(i, pat) {
                let end = i + pat.chars().count();
                let v = match (&self.last_explicit, next_year) {
                    (Some(Val::Year(y)), true) => Val::Year(y + 1),
                    (Some(Val::Month(y, _)), true) => Val::Year(y + 1),
                    (Some(Val::Day(d)), true) => Val::Year(d.year() + 1),
                    (Some(Val::Day(d)), false) => d.add_days(1).map(Val::Day).unwrap_or(Val::Vague),
                    _ => Val::Vague,
                };
                return Some((end, v));
            }
        }
        let pat =
            ["当天", "同日", "当日", "同天", "当晚", "当时", "同年", "当年", "同月"].iter().find(|p| self.has(i, p))?;
        let end = i + 2;
        let v = match (&self.last_explicit, *pat) {
            (Some(Val::Day(d)), "同年" | "当年") => Val::Year(d.year()),
            (Some(Val::Month(y, _)), "同年" | "当年") => Val::Year(*y),
            (Some(Val::Day(d)), "同月") => Val::Month(d.year(), d.month()),
            (Some(v), "同年" | "当年" | "当时") => v.clone(),
            (Some(v @ Val::Day(_)), _) => v.clone(),
            _ => Val::Vague,
        };
        Some((end, v))
    }

    /// Durations: 约 15 个小时, 十年, 两小时, 三天, 六个月; relative points `N天前`,
    /// `N个月后`, `N年前`, `两星期之前` (the week N weeks away); and relative spans
    /// `前两天`, `上二个月`, `下三周`, `后三个月` (the N units before or after the
    /// reference one).
    fn duration(&self, i: usize) -> Option<(usize, Val)> {
        let c = self.chars;
        let mut p = i;
        let mut span_dir = 0i32;
        for (pre, dir) in [("前", -1), ("上", -1), ("下", 1), ("后", 1)] {
            if self.has(i, pre) && self.num(i + 1).is_some() {
                p = i + 1;
                span_dir = dir;
                break;
            }
        }
        if span_dir == 0 {
            for pre in ["大约", "约", "近", "将近", "长达", "超过", "逾"] {
                if self.has(i, pre) {
                    p = skip_sp(c, i + pre.chars().count());
                    break;
                }
            }
        }
        let n = self.num(p)?;
        if n.value <= 0.0 || n.value > 10_000.0 {
            return None;
        }
        let mut j = skip_sp(c, n.end);
        if self.has(j, "多") || self.has(j, "余") || self.has(j, "几") {
            j += 1;
        }
        if self.has(j, "个") {
            j += 1;
        }
        j = skip_sp(c, j);
        let units: [(&str, char, bool); 12] = [
            ("小时", 'H', true),
            ("钟头", 'H', true),
            ("分钟", 'M', true),
            ("秒钟", 'S', true),
            ("秒", 'S', true),
            ("天", 'D', false),
            ("日", 'D', false),
            ("星期", 'W', false),
            ("礼拜", 'W', false),
            ("周", 'W', false),
            ("月", 'M', false),
            ("年", 'Y', false),
        ];
        let (u, code, is_time) = units.iter().find(|(u, _, _)| self.has(j, u))?;
        let end = j + u.chars().count();
        // 九月 is a month and 三日 a date: months need 个 (or a direction), days written
        // 日 need a direction after them.
        let directed = ["之前", "之后", "以前", "以后", "前", "后"].iter().find(|w| self.has(end, w));
        if *u == "月" && !self.has(j - 1, "个") && span_dir == 0 && directed.is_none() {
            return None;
        }
        if *u == "日" && span_dir == 0 && directed.is_none() {
            return None;
        }
        if *u == "秒" && span_dir == 0 && directed.is_none() {
            return None;
        }
        // 二〇二三年 and 2023年 are years, not durations.
        if *u == "年" && (n.kind == NumKind::ChineseDigits || n.kind == NumKind::Arabic && n.len == 4) {
            return None;
        }
        if *u == "周" && (self.has(end, "年") || c.get(end).is_some_and(|&x| weekday_char(x).is_some())) {
            return None;
        }
        let whole = n.value.fract() == 0.0;
        let count = n.value as i64;
        let r = self.reference;
        // N units before or after the reference date: a point at the unit's precision.
        if let (Some(dir_word), true, 0) = (directed, whole, span_dir) {
            let sign: i64 = if dir_word.ends_with('前') { -1 } else { 1 };
            let stop = end + dir_word.chars().count();
            // 百年后的今天: today, seen from a past event.
            if sign > 0 && self.has(stop, "的今天") {
                return Some((stop + 3, r.map(Val::Day).unwrap_or(Val::Vague)));
            }
            // In a narrative, `三年后` counts from the date just told (2022年…近三年后 is
            // 2025), else from the reference date.
            let base = if sign > 0 { self.last_explicit_date().or(r) } else { r };
            let Some(d) = base else { return Some((stop, Val::Vague)) };
            let approx = p > i && ["近", "约", "大约", "将近"].iter().any(|w| self.has(i, w));
            if approx && code == &'Y' {
                return Some((stop, Val::Text(format!("{:04}~", d.year() + (sign * count) as i32), "date")));
            }
            let v = match code {
                'Y' => Val::Year(d.year() + (sign * count) as i32),
                'M' if !is_time => {
                    let (y, m) = shift_month(d, (sign * count) as i32);
                    Val::Month(y, m)
                }
                'W' => {
                    let monday = d.add_days(-(i64::from(d.weekday()) - 1) + 7 * sign * count)?;
                    Val::Text(format!("{}/{}", monday, monday.add_days(6)?), "interval")
                }
                'D' => Val::Day(d.add_days(sign * count)?),
                // Hours and minutes away stay on the reference day at day precision.
                _ => Val::Day(d),
            };
            return Some((stop, v));
        }
        // 前两天 / 下三周: the N whole units before or after the reference one.
        if span_dir != 0 {
            if !whole || *is_time || self.has(end, "前") || self.has(end, "后") {
                return None;
            }
            let Some(d) = r else { return Some((end, Val::Vague)) };
            let (first, last) = if span_dir < 0 { (-count, -1) } else { (1, count) };
            let v = match code {
                'Y' => format!("{:04}/{:04}", d.year() + first as i32, d.year() + last as i32),
                'M' => {
                    let (y1, m1) = shift_month(d, first as i32);
                    let (y2, m2) = shift_month(d, last as i32);
                    format!("{y1:04}-{m1:02}/{y2:04}-{m2:02}")
                }
                'W' => {
                    let monday = d.add_days(-(i64::from(d.weekday()) - 1))?;
                    format!("{}/{}", monday.add_days(7 * first)?, monday.add_days(7 * last + 6)?)
                }
                _ => format!("{}/{}", d.add_days(first)?, d.add_days(last)?),
            };
            return Some((end, Val::Text(v, "interval")));
        }
        if matches!(*u, "秒" | "日" | "礼拜") {
            return None;
        }
        let value = if whole { format!("{count}") } else { format!("{}", n.value) };
        let v = if *is_time { format!("PT{value}{code}") } else { format!("P{value}{code}") };
        Some((end, Val::Text(v, "duration")))
    }

    fn named(&self, i: usize) -> Option<(usize, Val)> {
        for (pat, v) in NAMED_PERIODS {
            if self.has(i, pat) {
                let kind = if v.contains('/') { "interval" } else { "date" };
                return Some((i + pat.chars().count(), Val::Text(v.to_string(), kind)));
            }
        }
        for pat in VAGUE {
            if self.has(i, pat) {
                return Some((i + pat.chars().count(), Val::Vague));
            }
        }
        // Lunar months (腊月, 正月十五, 腊月18): recognized, but with no Gregorian value.
        if let Some(end) = self.lunar_month(i) {
            return Some((end, Val::Vague));
        }
        None
    }

    /// Extends a day expression over a following time of day (上午, 下午3点, 的3时1刻).
    fn daypart(&self, end: usize) -> usize {
        let j = skip_sp(self.chars, end);
        let k = if self.has(j, "的") { j + 1 } else { j };
        if let Some(e) = self.clock(k, true) {
            return e;
        }
        for p in DAYPARTS {
            if self.has(j, p) {
                return j + p.chars().count();
            }
        }
        end
    }

    /// A clock time at `i`: `下午三点十五`, `15:30`, `3pm`, `十一点`, `8点钟`, `3时1刻`.
    /// `after_day` relaxes the checks for a clock that follows a date (where `3点5` is a
    /// time, not the decimal 3.5). Returns the end.
    fn clock(&self, i: usize, after_day: bool) -> Option<usize> {
        let c = self.chars;
        let mut p = i;
        let mut part = false;
        for d in DAYPARTS.iter().chain(["晏昼", "今晚", "今早", "今晨"].iter()) {
            if self.has(p, d) {
                p += d.chars().count();
                part = true;
                break;
            }
        }
        let h = self.num(p)?;
        if h.value.fract() != 0.0 || h.value > 24.0 || h.len > 3 || (p > 0 && c[p - 1].is_ascii_digit()) {
            return None;
        }
        let j = h.end;
        // 15:30, 11:00时, 3:15PM
        if h.kind == NumKind::Arabic && c.get(j) == Some(&':') {
            let m = self.num(j + 1).filter(|m| m.kind == NumKind::Arabic && m.len == 2 && m.value < 60.0)?;
            let mut e = m.end;
            if c.get(e) == Some(&':') {
                e = self.num(e + 1).filter(|s| s.kind == NumKind::Arabic && s.len == 2)?.end;
            }
            if c.get(e).is_some_and(|x| x.is_ascii_digit()) {
                return None;
            }
            return Some(self.meridiem(e).unwrap_or(if self.has(e, "时") { e + 1 } else { e }));
        }
        if h.kind == NumKind::Arabic {
            if let Some(e) = self.meridiem(j) {
                return Some(e);
            }
        }
        if !matches!(c.get(j), Some('点' | '时')) || self.has(j, "时候") || self.has(j, "时间") || self.has(j, "时期")
        {
            return None;
        }
        let e = j + 1;
        if self.has(e, "钟") || self.has(e, "整") || self.has(e, "半") {
            return Some(e + 1);
        }
        if let Some(m) = self.num(e) {
            if self.has(m.end, "刻") && (1.0..=3.0).contains(&m.value) {
                return Some(m.end + 1);
            }
            if self.has(m.end, "分") && m.value < 60.0 {
                return Some(m.end + 1 + usize::from(self.has(m.end + 1, "钟")));
            }
            // 下午三点十五: minutes without 分 only after a day part or a date; elsewhere a
            // number after 点 is a decimal (二十七点三, 零点五, 24点5度).
            if (part || after_day) && m.value < 60.0 && m.value.fract() == 0.0 && !self.has(m.end, "度") {
                return Some(m.end);
            }
            return None;
        }
        if part || after_day {
            return Some(e);
        }
        // A bare hour needs something that marks a time (十一点的事, 八点左右, 三点前).
        let next = c.get(e).copied();
        let marked = next.is_none_or(|x| !crate::text::is_han(x) && !x.is_ascii_alphanumeric())
            || ["的", "左右", "前", "后", "到", "至", "起", "开始", "举行", "召开"].iter().any(|w| self.has(e, w));
        marked.then_some(e)
    }

    /// `pm`, `p.m.`, `am`, `a`, `p` right after an hour: its end.
    fn meridiem(&self, j: usize) -> Option<usize> {
        let c = self.chars;
        let word: String = c[j.min(c.len())..].iter().take_while(|x| x.is_ascii_alphabetic() || **x == '.').collect();
        let w = word.trim_end_matches('.').to_ascii_lowercase();
        matches!(w.as_str(), "pm" | "am" | "p.m" | "a.m" | "p" | "a").then(|| j + word.chars().count())
    }

    /// A clock time standing alone (下午三点, 15:30, 15点20分到16点30): the day of the
    /// most recent explicit date, else the reference date, at day precision.
    fn standalone_clock(&self, i: usize) -> Option<(usize, Val)> {
        let mut end = self.clock(i, false)?;
        let j = skip_sp(self.chars, end);
        if matches!(self.chars.get(j), Some('至' | '到' | '-' | '~' | '—')) {
            if let Some(e2) = self.clock(skip_sp(self.chars, j + 1), true) {
                end = e2;
            }
        }
        let v = match &self.last_explicit {
            Some(Val::Day(d)) => Val::Day(*d),
            _ => self.reference.map(Val::Day).unwrap_or(Val::Vague),
        };
        Some((end, v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string and char literal in `source` (comments left out), as written.
    fn literals(source: &str) -> Vec<String> {
        let mut out = Vec::new();
        let cs: Vec<char> = source.chars().collect();
        let mut i = 0;
        while i < cs.len() {
            match cs[i] {
                '/' if cs.get(i + 1) == Some(&'/') => {
                    while i < cs.len() && cs[i] != '\n' {
                        i += 1;
                    }
                }
                '"' => {
                    i += 1;
                    let mut lit = String::new();
                    while i < cs.len() && cs[i] != '"' {
                        if cs[i] == '\\' {
                            i += 1;
                            // A line continuation: the newline and the indentation vanish.
                            if cs[i] == '\n' {
                                while cs.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                                    i += 1;
                                }
                                i += 1;
                                continue;
                            }
                        }
                        lit.push(cs[i]);
                        i += 1;
                    }
                    out.push(lit);
                }
                // A char literal, not a lifetime: 'x' or an escape.
                '\'' if cs.get(i + 2) == Some(&'\'') => {
                    out.push(cs[i + 1].to_string());
                    i += 2;
                }
                _ => {}
            }
            i += 1;
        }
        out
    }

    /// The literals of this module's code (not of its tests), plus fillers that are in
    /// none of them: the alphabet of the random texts below.
    fn alphabet() -> Vec<String> {
        let source = include_str!("times.rs");
        let mut words = literals(&source[..source.rfind("#[cfg(test)]").unwrap()]);
        words.retain(|w| !w.is_empty());
        words.extend(["他", "的", "在", "，", "。", "ab", " ", "3", "12", "2025", "：", "週", "說"].map(String::from));
        words.extend("零〇一二两三四五六七八九十百千万亿廿卅".chars().map(String::from));
        words.sort();
        words.dedup();
        words
    }

    #[test]
    fn start_flags_hold_the_numerals_and_the_alphabet_is_read() {
        let flags = start_flags();
        for c in NUMERALS.chars().chain('0'..='9') {
            assert!(c.is_ascii_digit() || crate::numbers::is_chinese_numeral(c), "{c}");
            assert_eq!(flags_of(flags, c) & (ABSOLUTE | DURATION | CLOCK), ABSOLUTE | DURATION | CLOCK, "{c}");
        }
        assert_eq!(flags_of(flags, '的'), 0);
        assert_eq!(flags_of(flags, 'a'), 0);
        assert_eq!(flags_of(flags, '𠀀'), 0);
        // The literal reader sees whole patterns, so the random texts below contain them.
        let words = alphabet();
        for w in ["大前天", "疫情之后", "第二天", "晏昼", "民国", "左右", "个月"] {
            assert!(words.iter().any(|x| x == w), "{w} not read");
        }
        assert!(words.iter().any(|w| w.starts_with("零〇一二两")), "continued literal joined");
    }

    /// The filter changes nothing: scanning every position gives the same mentions.
    #[test]
    fn start_filter_keeps_every_mention() {
        let tables = crate::text::ScriptTables::new();
        let samples = [
            "昨天下午3点，他在2025年10月24日说，上周五和去年9月都有会议；十四五期间，疫情后，本週一。",
            "2024年第三季度营收增长，下半年、前三季度，12/3 与 20240307，民國113年，腊月十八，凌晨两点半。",
        ];
        for s in samples {
            let text = Text::new(s, &tables);
            let reference = Date::parse("2025-10-24");
            let unfiltered = scan(&text, reference, None);
            let filtered = extract(&text, reference);
            assert!(filtered.len() >= 7, "{s}: {filtered:?}");
            assert_eq!(filtered, unfiltered, "{s}");
        }
    }

    /// The shared data's texts: the articles, the time-expression cases and the NER
    /// corpora's sentences (chars in column one), about 3 MB of news text in both
    /// scripts. Empty, with a message, where the data is absent.
    #[cfg(not(target_arch = "wasm32"))]
    fn shared_texts() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
        if !root.exists() {
            eprintln!("skipping: {} not found (shared data absent)", root.display());
            return Vec::new();
        }
        let read = |rel: &str| std::fs::read_to_string(root.join(rel)).unwrap_or_default();
        let mut out = Vec::new();
        if let Ok(dir) = std::fs::read_dir(root.join("articles")) {
            let mut paths: Vec<_> = dir.flatten().map(|e| e.path()).collect();
            paths.sort();
            out.extend(
                paths.iter().filter(|p| p.extension().is_some_and(|x| x == "txt")).flat_map(std::fs::read_to_string),
            );
        }
        for rel in ["time/duckling/duckling_zh_time_corpus.jsonl", "time/jionlp/jionlp_time_extractor_cases.jsonl"] {
            out.push(read(rel));
        }
        for rel in ["ner/cluener2020/dev.txt", "ner/uner_zh_gsd_trad/dev.txt", "ner/msra/train.txt"] {
            // One char per line, sentences between blank lines; the first 2 MB of each.
            let text: String = read(rel)
                .lines()
                .take(2_000_000)
                .map(|l| if l.is_empty() { '\n' } else { l.chars().next().unwrap_or(' ') })
                .collect();
            out.push(text);
        }
        out
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn start_filter_changes_nothing_on_the_shared_data() {
        let tables = crate::text::ScriptTables::new();
        let reference = Date::parse("2025-10-24");
        let mut found = 0;
        for s in shared_texts() {
            let text = Text::new(&s, &tables);
            let filtered = extract(&text, reference);
            found += filtered.len();
            let all = scan(&text, reference, None);
            // The first difference, not two lists of thousands.
            let diff = filtered.iter().zip(&all).find(|(a, b)| a != b);
            assert!(diff.is_none() && filtered.len() == all.len(), "{diff:?} ({} vs {})", filtered.len(), all.len());
        }
        eprintln!("{found} expressions, the same with and without the filter");
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Random text over every literal of this module (its patterns, first chars and
        /// continuations), numerals, digits and other chars: the filtered scan equals the
        /// full one.
        #[test]
        fn start_filter_is_invisible(parts in proptest::collection::vec(proptest::sample::select(alphabet()), 0..40)) {
            let tables = crate::text::ScriptTables::new();
            let s: String = parts.concat();
            let text = Text::new(&s, &tables);
            let reference = Date::parse("2025-10-24");
            proptest::prop_assert_eq!(extract(&text, reference), scan(&text, reference, None));
        }
    }
}
