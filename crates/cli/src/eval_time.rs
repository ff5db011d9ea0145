//! `newslens eval-time DIR`: scores the time stage on the shared time cases — value
//! accuracy per kind on Duckling's phrases, mention F1 on JioNLP's extractor sentences.
//!
//! Duckling writes wall-clock values at a grain (`2013-02-12T15:00:00` at grain Hour).
//! NewsLens writes a clock time as a date-time (`2013-02-12T15:00`); its reference is a
//! date without a time of day, so spans counted in hours or minutes are resolved to the
//! day. A sub-day gold value is compared by its date, and by its hour (and minute at
//! grain Minute) when NewsLens gives one. A point at grain Day, Month or Year must
//! match at exactly that precision; a week must start on the gold Monday; an interval
//! must start where the gold one starts, at the gold grain (day precision below a day).
//!
//! A third report reads the team's own table, `eval/time_cases.tsv` (built in): value
//! accuracy per class of issue 20, in both scripts.

use crate::eval::{ratio, round};
use newslens_engine::{Analyzer, Date, Document};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// Kinds of Duckling phrases, and whether NewsLens claims them (the issue's list).
const KINDS: &[(&str, bool, &str)] = &[
    ("absolute", true, "dates written with numbers: 2015年三月三號, 3月份"),
    ("relative", true, "今天, 上個月, 去年, 這週, 這一年"),
    ("weekday", true, "下週三, 這周二, 上禮拜二, 十月第一個星期一 (calendar weeks, Monday first)"),
    (
        "bare weekday",
        false,
        "星期一, 周五早上: NewsLens takes the most recent such day (the issue's news rule), Duckling the next",
    ),
    ("time of day", true, "下午三點, 今晚8点, 15:30: the date and, when NewsLens gives one, the hour"),
    ("now", false, "现在, 此刻, 當前: vague in news (GOLD_FORMAT lists 如今 as vague)"),
    ("relative span", true, "前两天, 兩個月前, 三年後, 下三周"),
    (
        "duckling slip",
        false,
        "Duckling's value contradicts the phrase: 三天後 as one day later, 下週三 as the next Wednesday inside this week",
    ),
    ("sub-day span", true, "前两小时, 三分鐘後, 上两秒: resolved to the day (the reference has no time of day)"),
    ("holiday", true, "元旦, 春节, 國慶節, 中秋: fixed days and the Chinese lunar calendar (next occurrence)"),
    ("locale", false, "國慶 in Duckling's zh_TW locale (10-10): the phrase alone does not say the text is Taiwanese"),
    (
        "other calendar",
        false,
        "聖三主日, 開齋節, 逾越节, 排灯节: religious calendars (Christian, Islamic, Jewish, Hindu) are not modelled",
    ),
];

/// Words of the holidays NewsLens places: the fixed days of the Gregorian calendar
/// and the festivals of the Chinese one, in both scripts. A Duckling holiday naming
/// none of them is of another calendar; one naming another country is too.
const HOLIDAY_WORDS: &[&str] = &[
    "元旦",
    "新年",
    "春节",
    "春節",
    "农历",
    "農曆",
    "新春",
    "正月",
    "元宵",
    "清明",
    "端午",
    "中秋",
    "重阳",
    "重陽",
    "除夕",
    "国庆",
    "國慶",
    "劳动",
    "勞動",
    "五一",
    "妇女",
    "婦女",
    "儿童",
    "兒童",
    "建军",
    "建軍",
    "圣诞",
    "聖誕",
    "情人",
    "愚人",
    "万圣",
    "萬聖",
    "回归",
    "回歸",
    "消费者",
    "消費者",
    "三一五",
    "双十",
    "雙十",
    "植树",
    "植樹",
    "教师",
    "教師",
    "青年节",
    "青年節",
];

/// Words that make a holiday another country's or religion's (以色列国庆节).
const OTHER_CALENDAR: &[&str] =
    &["以色列", "东正教", "東正教", "伊斯兰", "伊斯蘭", "犹太", "猶太", "穆斯林", "树木", "樹木"];

#[derive(Default)]
struct Tally {
    n: usize,
    ok: usize,
    misses: Vec<String>,
}

/// Runs both evaluations and returns the report text (or JSON).
pub fn run(analyzer: &Analyzer, dir: &Path, json: bool, show_misses: bool) -> Result<String, String> {
    let duck = dir.join("duckling/duckling_zh_time_corpus.jsonl");
    let jio = dir.join("jionlp/jionlp_time_extractor_cases.jsonl");
    let duck_text = std::fs::read_to_string(&duck).map_err(|e| format!("cannot read {}: {e}", duck.display()))?;
    let jio_text = std::fs::read_to_string(&jio).map_err(|e| format!("cannot read {}: {e}", jio.display()))?;

    let mut kinds: BTreeMap<&str, Tally> = BTreeMap::new();
    for line in duck_text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).map_err(|e| format!("bad Duckling line: {e}"))?;
        let text = case["text"].as_str().unwrap_or_default();
        let reference = case["reference_time"].as_str().and_then(|r| Date::parse(r.get(..10)?));
        let kind = duckling_kind(&case, reference);
        let a = analyzer.analyze(&Document { text, reference_date: reference });
        let ours = a.times.iter().find_map(|t| t.value.clone());
        let ok = ours.as_deref().is_some_and(|v| duckling_match(&case, v));
        let t = kinds.entry(kind).or_default();
        t.n += 1;
        if ok {
            t.ok += 1;
        } else {
            let want = case.get("value").or_else(|| case.get("from")).and_then(Value::as_str).unwrap_or("?");
            t.misses.push(format!(
                "{text} → {} (gold {want}, grain {})",
                ours.as_deref().unwrap_or("none"),
                case["grain"]
            ));
        }
    }

    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut otp, mut ofp, mut ofn) = (0usize, 0usize, 0usize);
    let mut jio_misses = Vec::new();
    for line in jio_text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).map_err(|e| format!("bad JioNLP line: {e}"))?;
        let text = case["text"].as_str().unwrap_or_default();
        // JioNLP's cases use Beijing time; any fixed date serves for mention finding.
        let a = analyzer.analyze(&Document { text, reference_date: Date::parse("2021-06-01") });
        let pred: Vec<(usize, usize)> = a.times.iter().map(|t| (t.start, t.end)).collect();
        let gold: Vec<(usize, usize)> = case["expected_entities"]
            .as_array()
            .map(|v| {
                v.iter()
                    .filter_map(|e| Some((e["offset"][0].as_u64()? as usize, e["offset"][1].as_u64()? as usize)))
                    .collect()
            })
            .unwrap_or_default();
        let hit = pred.iter().filter(|p| gold.contains(p)).count();
        tp += hit;
        fp += pred.len() - hit;
        fn_ += gold.len() - hit;
        let overlaps = |a: &(usize, usize), b: &(usize, usize)| a.0 < b.1 && b.0 < a.1;
        let ohit = gold.iter().filter(|g| pred.iter().any(|p| overlaps(p, g))).count();
        otp += ohit;
        ofn += gold.len() - ohit;
        ofp += pred.iter().filter(|p| !gold.iter().any(|g| overlaps(p, g))).count();
        if hit != gold.len() || hit != pred.len() {
            let show = |v: &[(usize, usize)]| {
                v.iter()
                    .map(|&(s, e)| text.chars().skip(s).take(e - s).collect::<String>())
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            jio_misses.push(format!("{text}: gold [{}] ours [{}]", show(&gold), show(&pred)));
        }
    }
    let f1 = |tp: usize, fp: usize, fn_: usize| {
        let p = ratio(tp, tp + fp);
        let r = ratio(tp, tp + fn_);
        (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
    };
    let (p, r, f) = f1(tp, fp, fn_);
    let (op, or, of) = f1(otp, ofp, ofn);
    let in_scope: (usize, usize) =
        KINDS.iter().filter(|k| k.1).filter_map(|k| kinds.get(k.0)).fold((0, 0), |acc, t| (acc.0 + t.ok, acc.1 + t.n));

    let own = own_table(analyzer);
    let own_total = own.iter().fold((0, 0), |acc, (_, t)| (acc.0 + t.ok, acc.1 + t.n));

    if json {
        let per_kind: serde_json::Map<String, Value> = KINDS
            .iter()
            .filter_map(|(k, scope, _)| {
                let t = kinds.get(k)?;
                Some((
                    k.to_string(),
                    serde_json::json!({"n": t.n, "correct": t.ok, "accuracy": round(ratio(t.ok, t.n)), "in_scope": scope}),
                ))
            })
            .collect();
        let v = serde_json::json!({
            "duckling": {"kinds": per_kind, "in_scope_accuracy": round(ratio(in_scope.0, in_scope.1)), "in_scope_n": in_scope.1},
            "jionlp": {"exact": {"p": round(p), "r": round(r), "f1": round(f)}, "overlap": {"p": round(op), "r": round(or), "f1": round(of)}},
            "own": {
                "classes": own.iter().map(|(c, t)| (c.clone(), serde_json::json!({"n": t.n, "correct": t.ok, "accuracy": round(ratio(t.ok, t.n))}))).collect::<serde_json::Map<String, Value>>(),
                "accuracy": round(ratio(own_total.0, own_total.1)),
            },
        });
        return Ok(serde_json::to_string_pretty(&v).unwrap_or_default());
    }
    let mut out = String::from("Duckling phrases: value accuracy per kind\n");
    for (k, scope, what) in KINDS {
        let Some(t) = kinds.get(k) else { continue };
        let flag = if *scope { "in scope " } else { "out of scope" };
        out.push_str(&format!("  {k:<14} {flag:<12} {:>4}/{:<4} {:.3}   {what}\n", t.ok, t.n, ratio(t.ok, t.n)));
    }
    out.push_str(&format!(
        "  in-scope total              {:>4}/{:<4} {:.3}\n",
        in_scope.0,
        in_scope.1,
        ratio(in_scope.0, in_scope.1)
    ));
    out.push_str(&format!(
        "JioNLP sentences: mention exact P {p:.3} R {r:.3} F1 {f:.3}; overlap P {op:.3} R {or:.3} F1 {of:.3}\n"
    ));
    out.push_str("Own table (eval/time_cases.tsv): value accuracy per class\n");
    for (c, t) in &own {
        out.push_str(&format!("  {c:<14} {:>4}/{:<4} {:.3}\n", t.ok, t.n, ratio(t.ok, t.n)));
    }
    out.push_str(&format!(
        "  total          {:>4}/{:<4} {:.3}\n",
        own_total.0,
        own_total.1,
        ratio(own_total.0, own_total.1)
    ));
    if show_misses {
        for (c, t) in &own {
            for m in &t.misses {
                out.push_str(&format!("  miss [own {c}] {m}\n"));
            }
        }
        for (k, t) in &kinds {
            for m in &t.misses {
                out.push_str(&format!("  miss [{k}] {m}\n"));
            }
        }
        for m in &jio_misses {
            out.push_str(&format!("  jionlp {m}\n"));
        }
    }
    Ok(out)
}

/// The team's own table of time cases (`class, text, reference, mention, value`).
const OWN_TABLE: &str = include_str!("../../../eval/time_cases.tsv");

/// Value accuracy per class on [`OWN_TABLE`]: the class, cases, correct, and the misses.
fn own_table(analyzer: &Analyzer) -> Vec<(String, Tally)> {
    let mut classes: Vec<(String, Tally)> = Vec::new();
    for line in OWN_TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let [class, text, date, mention, value] = f[..] else { continue };
        let a = analyzer.analyze(&Document { text, reference_date: Date::parse(date) });
        let ok = if mention == "-" {
            a.times.iter().all(|t| t.value.is_none())
        } else {
            a.times.iter().any(|t| t.text == mention && t.value.as_deref() == Some(value))
        };
        let k = match classes.iter().position(|(c, _)| c == class) {
            Some(k) => k,
            None => {
                classes.push((class.to_string(), Tally::default()));
                classes.len() - 1
            }
        };
        let t = &mut classes[k].1;
        t.n += 1;
        if ok {
            t.ok += 1;
        } else {
            let got: Vec<String> =
                a.times.iter().map(|t| format!("{}={}", t.text, t.value.as_deref().unwrap_or("null"))).collect();
            t.misses.push(format!("{text} @ {date}: want {mention}={value}, got [{}]", got.join(", ")));
        }
    }
    classes
}

/// Whether Duckling's own value contradicts its phrase, read by arithmetic on the gold
/// alone (never on NewsLens's answer). Its Chinese grammar slips twice: `三天後`,
/// `三個月後`, `三年後` come out one unit after the reference (as if the count were
/// one), and a weekday of a named week (`下週三`, `這週一`) comes out as the next such
/// weekday, whatever week that falls in — on Tuesday 2013-02-12, 下週三 in the same
/// week (02-13) and 這週一 in the next (02-18).
fn duckling_slip(case: &Value, reference: Option<Date>) -> bool {
    let text = case["text"].as_str().unwrap_or_default();
    let gold = case.get("value").or_else(|| case.get("from")).and_then(Value::as_str).and_then(|v| v.get(..10));
    let (Some(r), Some(gold)) = (reference, gold) else { return false };
    // Duckling writes a month as `2013-03-00` and a year as `2014-00-00`.
    let (gy, gm) =
        (gold.get(..4).and_then(|y| y.parse::<i32>().ok()), gold.get(5..7).and_then(|m| m.parse::<u32>().ok()));
    let monday = |d: Date| d.to_days() - i64::from(d.weekday());
    // A count of two or more, a unit, then 後/后: the gold is one unit on.
    let after = text.strip_suffix('後').or_else(|| text.strip_suffix('后')).map(|t| t.trim_end_matches('之'));
    if let Some(t) = after {
        let count = t.chars().next().and_then(|c| "两兩二三四五六七八九".find(c)).is_some();
        let unit = if t.ends_with('天') || t.ends_with('日') {
            r.add_days(1).map(|d| d.to_string()) == Some(gold.to_string())
        } else if ["星期", "礼拜", "禮拜", "周", "週"].iter().any(|w| t.ends_with(w)) {
            Date::parse(gold).is_some_and(|g| monday(g) == monday(r) + 7)
        } else if t.ends_with('月') {
            let next = if r.month() == 12 { (r.year() + 1, 1) } else { (r.year(), r.month() + 1) };
            (gy, gm) == (Some(next.0), Some(next.1))
        } else if t.ends_with('年') {
            gy == Some(r.year() + 1)
        } else {
            false
        };
        return count && unit;
    }
    // A weekday of a named week: the gold falls in another calendar week.
    let week = [("下", 1), ("这", 0), ("這", 0), ("今個", 0), ("本", 0), ("上", -1)].iter().find(|(p, _)| {
        text.starts_with(p) && ["周", "週", "星期", "礼拜", "禮拜"].iter().any(|w| text[p.len()..].starts_with(w))
    });
    match (week, Date::parse(gold)) {
        (Some(&(_, k)), Some(g)) => monday(g) != monday(r) + 7 * k,
        _ => false,
    }
}

/// Sorts a Duckling case into one of [`KINDS`].
fn duckling_kind(case: &Value, reference: Option<Date>) -> &'static str {
    if duckling_slip(case, reference) {
        return "duckling slip";
    }
    let kind = case["kind"].as_str().unwrap_or_default();
    let grain = case["grain"].as_str().unwrap_or_default();
    let text = case["text"].as_str().unwrap_or_default();
    let sub_day = matches!(grain, "Hour" | "Minute" | "Second");
    let holiday_word = HOLIDAY_WORDS.iter().any(|w| text.contains(w));
    if kind.contains("Holiday") || holiday_word {
        let ours = holiday_word && !OTHER_CALENDAR.iter().any(|w| text.contains(w));
        // Duckling's zh_TW locale places 國慶 on 10-10; the phrase alone does not say
        // that the text is Taiwanese.
        let taiwan_national_day = case["locale"] == "zh_TW" && ["国庆", "國慶"].iter().any(|w| text.contains(w));
        return if taiwan_national_day {
            "locale"
        } else if ours {
            "holiday"
        } else {
            "other calendar"
        };
    }
    if grain == "Second"
        && kind == "datetime"
        && !text.chars().any(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
    {
        return "now";
    }
    let week_prefix = ["这", "這", "今個", "下", "上", "本"].iter().any(|w| text.starts_with(w));
    let bare_weekday = !week_prefix
        && ["周", "週", "星期", "礼拜", "禮拜"].iter().any(|w| {
            text.starts_with(w) && text[w.len()..].chars().next().is_some_and(|c| "一二三四五六日天".contains(c))
        });
    if bare_weekday {
        return "bare weekday";
    }
    if kind == "datetimeInterval" {
        let daypart = ["早", "晚", "午", "夜", "周末", "週末"].iter().any(|w| text.contains(w));
        return if sub_day && daypart {
            "time of day"
        } else if sub_day {
            "sub-day span"
        } else {
            "relative span"
        };
    }
    if sub_day {
        return "time of day";
    }
    let weekday = ["周", "週", "星期", "礼拜", "禮拜"].iter().any(|w| {
        text.match_indices(w)
            .any(|(i, _)| text[i + w.len()..].chars().next().is_some_and(|c| "一二三四五六日天末1234567".contains(c)))
    });
    if weekday {
        return "weekday";
    }
    let numeric = text.chars().any(|c| c.is_ascii_digit())
        || ["年", "月", "日", "号", "號"].iter().any(|w| text.contains(w))
            && text.chars().any(|c| "〇零一二三四五六七八九十两兩".contains(c));
    let relative = ["今", "明", "昨", "去", "前", "后", "後", "上", "下", "这", "這", "本", "嚟", "聽", "尋"]
        .iter()
        .any(|w| text.starts_with(w));
    if numeric && !relative {
        "absolute"
    } else {
        "relative"
    }
}

/// `(year, month, day)` of an EDTF-ish or ISO value, with 0 for what is absent.
fn ymd(v: &str) -> Option<(i32, u32, u32)> {
    let v = v.trim_end_matches(['~', '?']);
    let date = v.get(..10.min(v.len()))?;
    let mut parts = date.split('-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next().map(|p| p.parse().unwrap_or(0)).unwrap_or(0);
    let d: u32 = parts.next().map(|p| p.get(..2).unwrap_or(p).parse().unwrap_or(0)).unwrap_or(0);
    Some((y, m, d))
}

/// The `HH:MM` of a date-time value, if it has one.
fn hour_minute(v: &str) -> Option<(&str, &str)> {
    let (_, t) = v.split_once('T')?;
    Some((t.get(..2)?, t.get(3..5).unwrap_or("00")))
}

fn duckling_match(case: &Value, ours: &str) -> bool {
    let grain = case["grain"].as_str().unwrap_or_default();
    let gold_text = case.get("value").or_else(|| case.get("from")).and_then(Value::as_str);
    let gold = gold_text.and_then(ymd);
    let start = ours.split('/').next().unwrap_or(ours);
    let Some((gy, gm, gd)) = gold else { return false };
    let Some((y, m, d)) = ymd(start) else { return false };
    // A clock NewsLens gives must be the gold one, at the gold grain.
    if let (Some((h, mi)), Some((gh, gmi))) = (hour_minute(start), gold_text.and_then(hour_minute)) {
        if h != gh || grain == "Minute" && mi != gmi {
            return false;
        }
    }
    match grain {
        "Year" => (y, m, d) == (gy, 0, 0),
        "Month" => (y, m, d) == (gy, gm, 0),
        "Week" => ours.contains('/') && (y, m, d) == (gy, gm, gd),
        _ => (y, m, d) == (gy, gm, gd),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slip(text: &str, gold: &str) -> bool {
        let case = serde_json::json!({"text": text, "value": gold});
        duckling_slip(&case, Date::parse("2013-02-12"))
    }

    #[test]
    fn a_count_read_as_one_unit_is_a_slip() {
        assert!(slip("三天後", "2013-02-13T00:00:00"));
        assert!(slip("三個月之後", "2013-03-00T00:00:00"));
        assert!(slip("三年后", "2014-00-00T00:00:00"));
        assert!(!slip("三天後", "2013-02-15T00:00:00"), "the right count is no slip");
        assert!(!slip("一天后", "2013-02-13T00:00:00"), "a count of one is one unit");
    }

    #[test]
    fn a_weekday_outside_its_named_week_is_a_slip() {
        // 2013-02-12 is a Tuesday: next week's Wednesday is 02-20.
        assert!(slip("下週三", "2013-02-13T00:00:00"));
        assert!(!slip("下週三", "2013-02-20T00:00:00"));
        assert!(slip("這週一", "2013-02-18T00:00:00"));
        assert!(!slip("這週一", "2013-02-11T00:00:00"));
        assert!(!slip("星期一", "2013-02-18T00:00:00"), "a bare weekday names no week");
    }
}
