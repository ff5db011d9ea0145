//! The time classes of issue 20 (ranges, short years, open intervals, parts of periods,
//! fuzzy counts, clock times, sub-day spans, holidays, day references), one table row
//! per phrase in `eval/time_cases.tsv`: each class in Traditional and Simplified script
//! with reference dates at year, month and leap-year boundaries. `newslens eval-time`
//! reports the same table's accuracy per class.

mod common;

/// The table: `class, text, reference date, mention, value` (`-` for none).
const TABLE: &str = include_str!("../../../eval/time_cases.tsv");

/// The rows of [`TABLE`].
fn rows() -> Vec<[&'static str; 5]> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 5, "a row has five fields: {l}");
            [f[0], f[1], f[2], f[3], f[4]]
        })
        .collect()
}

/// The failures of the rows of `class`, as lines.
fn failures(class: &str) -> Vec<String> {
    let mut out = Vec::new();
    let rows: Vec<_> = rows().into_iter().filter(|r| r[0] == class).collect();
    assert!(rows.len() >= 5, "{class}: {} rows", rows.len());
    for [_, text, date, mention, value] in rows {
        let a = common::analyze(text, date);
        let ok = if mention == "-" {
            a.times.iter().all(|t| t.value.is_none())
        } else {
            a.times.iter().any(|t| t.text == mention && t.value.as_deref() == Some(value))
        };
        if !ok {
            let got: Vec<String> =
                a.times.iter().map(|t| format!("{}={}", t.text, t.value.as_deref().unwrap_or("null"))).collect();
            out.push(format!("{text} @ {date}: want {mention}={value}, got [{}]", got.join(", ")));
        }
    }
    out
}

fn assert_class(class: &str) {
    let f = failures(class);
    assert!(f.is_empty(), "{} rows of {class} failed:\n{}", f.len(), f.join("\n"));
}

#[test]
fn range_inherits_year_and_month_from_its_first_end() {
    assert_class("range");
}

#[test]
fn short_and_minguo_years_decades_and_centuries() {
    assert_class("short-year");
}

#[test]
fn open_intervals_end_at_the_reference_date() {
    assert_class("open-interval");
}

#[test]
fn parts_of_years_quarters_and_months() {
    assert_class("period-part");
}

#[test]
fn fuzzy_counts_are_ranges() {
    assert_class("fuzzy-count");
}

#[test]
fn clock_times_are_date_times_on_their_day() {
    assert_class("clock");
}

#[test]
fn sub_day_spans_resolve_to_the_day() {
    assert_class("sub-day");
}

#[test]
fn holidays_fall_on_their_next_occurrence_or_named_year() {
    assert_class("holiday");
}

#[test]
fn day_references_take_their_month() {
    assert_class("day-reference");
}

#[test]
fn every_row_belongs_to_a_tested_class_and_both_scripts_appear() {
    let classes = [
        "range",
        "short-year",
        "open-interval",
        "period-part",
        "fuzzy-count",
        "clock",
        "sub-day",
        "holiday",
        "day-reference",
    ];
    let tables = common::analyzer().tables();
    for class in classes {
        let texts: Vec<&str> = rows().iter().filter(|r| r[0] == class).map(|r| r[1]).collect();
        let traditional = texts.iter().any(|t| t.chars().any(|c| tables.is_traditional(c)));
        let simplified = texts.iter().any(|t| t.chars().any(|c| tables.is_simplified(c)));
        assert!(traditional && simplified, "{class}: both scripts");
    }
    assert!(rows().iter().all(|r| classes.contains(&r[0])), "unknown class");
}
