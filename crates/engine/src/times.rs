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
];

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
            let s = Scanner { chars: &sub, reference: None, last_explicit: None };
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
    let mut s = Scanner { chars: &text.norm, reference, last_explicit: None };
    let mut out = Vec::new();
    let n = text.norm.len();
    let mut i = 0;
    while i < n {
        // Do not start inside a Latin word or a number.
        let prev_alnum = i > 0 && text.norm[i - 1].is_ascii_alphanumeric();
        if prev_alnum && text.norm[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        if let Some((end, val)) = s.at(i) {
            let end = if matches!(val, Val::Day(_) | Val::MonthDay(..)) { s.daypart(end) } else { end };
            let (value, kind) = val.edtf();
            if matches!(val, Val::Day(_) | Val::Month(..) | Val::Year(_)) {
                s.last_explicit = Some(val.clone());
            }
            out.push(TimeMention { start: i, end, text: text.slice(i, end), value, kind: kind.to_string() });
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
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
    fn has(&self, i: usize, pat: &str) -> bool {
        let mut rest = self.chars.get(i..).unwrap_or(&[]).iter();
        pat.chars().all(|p| rest.next() == Some(&p))
    }

    fn has_before(&self, end: usize, pat: &str) -> bool {
        let n = pat.chars().count();
        end >= n && self.has(end - n, pat)
    }

    fn num(&self, i: usize) -> Option<Num> {
        let n = parse_number(self.chars, i)?;
        Some(n)
    }

    /// Tries every pattern at `i`, longest families first.
    fn at(&mut self, i: usize) -> Option<(usize, Val)> {
        if let Some(r) = self.range_or_absolute(i) {
            return Some(r);
        }
        self.relative(i)
            .or_else(|| self.span(i))
            .or_else(|| self.anaphora(i))
            .or_else(|| self.duration(i))
            .or_else(|| self.named(i))
    }

    fn range_or_absolute(&mut self, i: usize) -> Option<(usize, Val)> {
        let (end, first) = self.absolute(i)?;
        // Ranges: 2018年至2021年, 10月25日至27日.
        let j = skip_sp(self.chars, end);
        if matches!(self.chars.get(j), Some('至' | '到' | '-' | '~' | '—')) {
            let k = skip_sp(self.chars, j + 1);
            if let Some((end2, second)) = self.absolute(k).or_else(|| self.day_only(k, &first)) {
                if let (Some(a), Some(b)) = (first.edtf().0, second.edtf().0) {
                    if first.edtf().1 == "date" && second.edtf().1 == "date" {
                        return Some((end2, Val::Text(format!("{a}/{b}"), "interval")));
                    }
                }
            }
        }
        Some((end, first))
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
            let j = skip_sp(c, n.end);
            let yearish = (n.kind == NumKind::Arabic && n.len == 4 && n.value.fract() == 0.0)
                || (n.kind == NumKind::ChineseDigits && n.len == 4);
            if yearish && c.get(j) == Some(&'年') && !self.has(j + 1, "代") {
                year = Some(n.value as i32);
                p = j + 1;
            }
        }
        let after_year = p;
        // Month (and day), after a year or alone.
        let q = skip_sp(c, p);
        if let Some(m) = self.num(q) {
            let j = skip_sp(c, m.end);
            if c.get(j) == Some(&'月') && m.value.fract() == 0.0 && m.len <= 3 && !self.has(j + 1, "份额") {
                let month = m.value as u32;
                if !(1..=12).contains(&month) {
                    return None;
                }
                let p2 = skip_sp(c, j + 1);
                if let Some(d) = self.num(p2) {
                    let k = skip_sp(c, d.end);
                    if matches!(c.get(k), Some('日' | '号')) && d.value.fract() == 0.0 {
                        let day = d.value as u32;
                        return match year.or_else(|| self.reference.map(|r| r.year())) {
                            Some(y) => Date::new(y, month, day).map(|dt| (k + 1, Val::Day(dt))),
                            None => (day >= 1 && day <= days_in_month(2000, month))
                                .then_some((k + 1, Val::MonthDay(month, day))),
                        };
                    }
                }
                return match year.or_else(|| self.reference.map(|r| r.year())) {
                    Some(y) => Some((j + 1, Val::Month(y, month))),
                    None => Some((j + 1, Val::Text(format!("XXXX-{month:02}"), "date"))),
                };
            }
        }
        let y = year?;
        // Quarters and halves after a year.
        if let Some(r) = self.part_of_year(after_year, y) {
            return Some(r);
        }
        Some((after_year, Val::Year(y)))
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
            if self.has(n.end, "季") && (1.0..=4.0).contains(&n.value) {
                let k = n.value as u32;
                let end = n.end + 1 + usize::from(self.has(n.end + 1, "度"));
                return Some((end, Val::Text(format!("{y:04}-01/{y:04}-{:02}", 3 * k), "interval")));
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

    /// Relative expressions: days, years, months, weeks and weekdays.
    fn relative(&self, i: usize) -> Option<(usize, Val)> {
        let r = self.reference;
        for (pat, offset) in [
            ("今天", 0),
            ("今日", 0),
            ("昨天", -1),
            ("昨日", -1),
            ("前天", -2),
            ("明天", 1),
            ("明日", 1),
            ("后天", 2),
            ("今晨", 0),
            ("昨晚", -1),
            ("今晚", 0),
        ] {
            if self.has(i, pat) {
                let v = r.and_then(|d| d.add_days(offset)).map(Val::Day).unwrap_or(Val::Vague);
                return Some((i + 2, v));
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
        for (pat, offset) in [("今年", 0), ("去年", -1), ("前年", -2), ("明年", 1), ("后年", 2), ("本年", 0)]
        {
            if self.has(i, pat) {
                let Some(year) = r.map(|d| d.year() + offset) else { return Some((i + 2, Val::Vague)) };
                // 去年9月, 今年3月5日, 今年上半年
                if let Some(m) = self.num(skip_sp(self.chars, i + 2)) {
                    let j = skip_sp(self.chars, m.end);
                    if self.chars.get(j) == Some(&'月') && (1.0..=12.0).contains(&m.value) {
                        let month = m.value as u32;
                        if let Some(d) = self.num(skip_sp(self.chars, j + 1)) {
                            let k = skip_sp(self.chars, d.end);
                            if matches!(self.chars.get(k), Some('日' | '号')) {
                                return Date::new(year, month, d.value as u32).map(|dt| (k + 1, Val::Day(dt)));
                            }
                        }
                        return Some((j + 1, Val::Month(year, month)));
                    }
                }
                if let Some(rr) = self.part_of_year(i + 2, year) {
                    return Some(rr);
                }
                return Some((i + 2, Val::Year(year)));
            }
        }
        for (pat, offset) in [("本月", 0i32), ("这个月", 0), ("上月", -1), ("上个月", -1), ("下月", 1), ("下个月", 1)]
        {
            if self.has(i, pat) {
                let end = i + pat.chars().count();
                let Some(d) = r else { return Some((end, Val::Vague)) };
                let total = d.year() * 12 + d.month() as i32 - 1 + offset;
                let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
                if let Some(n) = self.num(end) {
                    if matches!(self.chars.get(n.end), Some('日' | '号')) {
                        return Date::new(y, m, n.value as u32).map(|dt| (n.end + 1, Val::Day(dt)));
                    }
                }
                return Some((end, Val::Month(y, m)));
            }
        }
        // Weeks: 本周一, 上周, 下周三, 周四, 星期五, 礼拜天.
        let mut j = i;
        let mut week: Option<i64> = None;
        for (pat, w) in [
            ("本周", 0),
            ("这周", 0),
            ("这个星期", 0),
            ("上周", -1),
            ("上个星期", -1),
            ("上星期", -1),
            ("下周", 1),
            ("下个星期", 1),
            ("下星期", 1),
        ] {
            if self.has(i, pat) {
                week = Some(w);
                j = i + pat.chars().count();
                break;
            }
        }
        let day_word = if week.is_some() {
            // 本周一 / 上周五: the weekday follows directly.
            self.chars.get(j).and_then(|&c| weekday_char(c)).map(|d| (d, j + 1))
        } else {
            None
        };
        let bare = if week.is_none() {
            ["周", "星期", "礼拜"].iter().find(|p| self.has(i, p)).and_then(|p| {
                let k = i + p.chars().count();
                let d = weekday_char(*self.chars.get(k)?)?;
                // 周期, 周年, 周边… are not weekdays: require a weekday char.
                Some((d, k + 1))
            })
        } else {
            None
        };
        if let Some(w) = week {
            let Some(d) = r else { return Some((day_word.map(|x| x.1).unwrap_or(j), Val::Vague)) };
            let monday = d.add_days(-(i64::from(d.weekday()) - 1) + 7 * w)?;
            return Some(match day_word {
                Some((wd, end)) => (end, Val::Day(monday.add_days(i64::from(wd) - 1)?)),
                None => (j, Val::Text(format!("{}/{}", monday, monday.add_days(6)?), "interval")),
            });
        }
        if let Some((wd, end)) = bare {
            let Some(d) = r else { return Some((end, Val::Vague)) };
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

    /// Durations: 约 15 个小时, 十年, 两小时, 三天, 六个月; and N年前/后 relative years.
    fn duration(&self, i: usize) -> Option<(usize, Val)> {
        let c = self.chars;
        let mut p = i;
        for pre in ["大约", "约", "近", "将近", "长达", "超过", "逾"] {
            if self.has(i, pre) {
                p = skip_sp(c, i + pre.chars().count());
                break;
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
        let units: [(&str, &str, bool); 8] = [
            ("小时", "H", true),
            ("分钟", "M", true),
            ("秒钟", "S", true),
            ("天", "D", false),
            ("星期", "W", false),
            ("周", "W", false),
            ("月", "M", false),
            ("年", "Y", false),
        ];
        let (u, code, is_time) = units.iter().find(|(u, _, _)| self.has(j, u))?;
        // 周 and 月 need 个 or a following 时间 word to be durations (九月 is a month).
        if (*u == "月") && !self.has(j - 1, "个") {
            return None;
        }
        if *u == "年" && n.kind == NumKind::ChineseDigits {
            return None;
        }
        let end = j + u.chars().count();
        if *u == "周" && (self.has(end, "年") || c.get(end).is_some_and(|&x| weekday_char(x).is_some())) {
            return None;
        }
        // N年前 / N年后: a year relative to the reference date.
        if *u == "年" && (self.has(end, "前") || self.has(end, "后")) && n.value.fract() == 0.0 {
            let sign = if self.has(end, "前") { -1 } else { 1 };
            let v = self.reference.map(|d| Val::Year(d.year() + sign * n.value as i32)).unwrap_or(Val::Vague);
            return Some((end + 1, v));
        }
        let value = if n.value.fract() == 0.0 { format!("{}", n.value as i64) } else { format!("{}", n.value) };
        let v = if *is_time { format!("PT{value}{code}") } else { format!("P{value}{code}") };
        Some((end, Val::Text(v, "duration")))
    }

    fn named(&self, i: usize) -> Option<(usize, Val)> {
        for (pat, v) in NAMED_PERIODS {
            if self.has(i, pat) {
                return Some((i + pat.chars().count(), Val::Text(v.to_string(), "interval")));
            }
        }
        for pat in VAGUE {
            if self.has(i, pat) {
                return Some((i + pat.chars().count(), Val::Vague));
            }
        }
        None
    }

    /// Extends a day expression over a following time of day (上午, 下午3点).
    fn daypart(&self, end: usize) -> usize {
        let j = skip_sp(self.chars, end);
        for p in DAYPARTS {
            if self.has(j, p) {
                let mut k = j + p.chars().count();
                if let Some(n) = self.num(k) {
                    if matches!(self.chars.get(n.end), Some('点' | '时')) {
                        k = n.end + 1;
                    }
                }
                return k;
            }
        }
        end
    }
}
