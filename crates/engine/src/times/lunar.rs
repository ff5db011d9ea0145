//! The Chinese lunisolar calendar for 1900–2100 and the solar term 清明: what the
//! holiday scanner needs to place 春节, 元宵, 端午, 中秋, 重阳, 除夕 and 清明 on the
//! Gregorian calendar.
//!
//! The calendar is a packed table ([`YEARS`], one `u32` per lunar year, 804 bytes)
//! computed from astronomy by `scripts/lunar-table.py` (new moons and principal solar
//! terms in Beijing time, the rules of GB/T 33661-2017). Its New Year days agree with
//! the widely copied 1900–2099 table in every year; the month lengths differ in five
//! years (1906, 1922, 1933, 1954, 1978), all but one where a new moon falls minutes
//! after midnight: the table here follows the astronomy. 清明 uses the usual
//! approximation of the solar term's day (exact for 1900–2100 within a day's grain).

use crate::date::Date;

/// One lunar year per entry, 1900 first: bits 0–12 say which months (in order, a
/// leap month right after its namesake) have 30 days rather than 29; bits 13–16 the
/// leap month (0 for none); bits 17–21 the Gregorian day of the New Year counted from
/// January 20 (1 is January 21).
const YEARS: [u32; 201] = [
    0x1716d2, 0x3c0752, 0x260ea5, 0x12b64a, 0x36064b, 0x1e0a9b, 0x0a955a, 0x30056a, 0x1a0b59, 0x045752, 0x2a0752,
    0x14db25, 0x3a0b25, 0x220a4b, 0x0cb4ab, 0x3202ad, 0x1c056b, 0x064b69, 0x2c0da9, 0x18fd92, 0x3e0e92, 0x260d25,
    0x10da4d, 0x360a56, 0x2002b6, 0x0895b5, 0x3006d4, 0x1a0ea9, 0x065e92, 0x2a0e92, 0x14cd26, 0x38052b, 0x220a57,
    0x0cb2b6, 0x320b5a, 0x1e06d4, 0x086ec9, 0x2c0749, 0x16f693, 0x3c0a93, 0x26052b, 0x0eca5b, 0x340aad, 0x20056a,
    0x0a9b55, 0x300ba4, 0x1a0b49, 0x045a93, 0x2a0a95, 0x12f52d, 0x380536, 0x220aad, 0x0eb5aa, 0x3205b2, 0x1c0da5,
    0x087d4a, 0x2e0d4a, 0x170a95, 0x3a0a97, 0x260556, 0x10cab5, 0x340ad5, 0x2006d2, 0x0a8ea5, 0x300ea5, 0x1a064a,
    0x026c97, 0x280a9b, 0x14f55a, 0x38056a, 0x220b69, 0x0eb752, 0x340b52, 0x1c0b25, 0x06964b, 0x2c0a4b, 0x1714ab,
    0x3a02ad, 0x24056d, 0x10cb69, 0x360da9, 0x200d92, 0x0a9d25, 0x300d25, 0x1b5a4d, 0x3e0a56, 0x2802b6, 0x12c5b5,
    0x3806d5, 0x220ea9, 0x0ebe92, 0x340e92, 0x1e0d26, 0x066a56, 0x2a0a57, 0x1714d6, 0x3c035a, 0x2406d5, 0x10b6c9,
    0x360749, 0x200693, 0x08952b, 0x2e052b, 0x180a5b, 0x04555a, 0x28056a, 0x12fb55, 0x3a0ba4, 0x240b49, 0x0cba93,
    0x320a95, 0x1c052d, 0x068aad, 0x2a0ab5, 0x1735aa, 0x3c05d2, 0x260da5, 0x10dd4a, 0x360d4a, 0x200c95, 0x0a952e,
    0x2e0556, 0x180ab5, 0x0455b2, 0x2a06d2, 0x12cea5, 0x380725, 0x22064b, 0x0cac97, 0x300cab, 0x1c055a, 0x066ad6,
    0x2c0b69, 0x177752, 0x3c0b52, 0x260b25, 0x10da4b, 0x340a4b, 0x1e04ab, 0x08a55b, 0x2e05ad, 0x180b6a, 0x045b52,
    0x2a0d92, 0x14fd25, 0x380d25, 0x220a55, 0x0cb4ad, 0x3204b6, 0x1a05b5, 0x066daa, 0x2c0ec9, 0x191e92, 0x3c0e92,
    0x260d26, 0x10ca56, 0x340a57, 0x1e0556, 0x0886d5, 0x2e0755, 0x1a0749, 0x026e93, 0x280693, 0x12f52b, 0x38052b,
    0x200a5b, 0x0cb55a, 0x32056a, 0x1c0b65, 0x06974a, 0x2c0b4a, 0x171a95, 0x3c0a95, 0x24052d, 0x0ecaad, 0x340ab5,
    0x2005aa, 0x088ba5, 0x2e0da5, 0x1a0d4a, 0x047c95, 0x280c96, 0x12f94e, 0x380556, 0x220ab5, 0x0cb5b2, 0x3206d2,
    0x1c0ea5, 0x088e4a, 0x2a068b, 0x150c97, 0x3a04ab, 0x24055b, 0x0ecad6, 0x340b6a, 0x200752, 0x0a9725, 0x2e0b45,
    0x180a8b, 0x02549b, 0x2804ab,
];

/// The first and last lunar year of the table.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

fn entry(year: i32) -> Option<u32> {
    let k = usize::try_from(year.checked_sub(FIRST_YEAR)?).ok()?;
    YEARS.get(k).copied()
}

/// The Gregorian date of the lunar New Year (正月初一) of lunar year `year`.
pub fn new_year(year: i32) -> Option<Date> {
    let e = entry(year)?;
    Date::new(year, 1, 20)?.add_days(i64::from(e >> 17))
}

/// The months of lunar year `year` in order, as `(number, leap, days)`.
fn months(year: i32) -> Option<impl Iterator<Item = (u32, bool, u32)>> {
    let e = entry(year)?;
    let leap = (e >> 13) & 0xf;
    let numbered = (1..=12u32).flat_map(move |m| {
        let again = (m == leap).then_some((m, true));
        std::iter::once((m, false)).chain(again)
    });
    Some(numbered.enumerate().map(move |(k, (m, is_leap))| (m, is_leap, if e >> k & 1 == 1 { 30 } else { 29 })))
}

/// The Gregorian date of day `day` of lunar month `month` (`leap` for the leap month)
/// of lunar year `year`; `None` outside the table or for a day the month lacks.
pub fn to_gregorian(year: i32, month: u32, leap: bool, day: u32) -> Option<Date> {
    let mut offset = 0i64;
    for (m, is_leap, days) in months(year)? {
        if m == month && is_leap == leap {
            return (1..=days).contains(&day).then(|| new_year(year)?.add_days(offset + i64::from(day) - 1)).flatten();
        }
        offset += i64::from(days);
    }
    None
}

/// The Gregorian date of the last day of lunar year `year` (除夕).
pub fn new_years_eve(year: i32) -> Option<Date> {
    new_year(year.checked_add(1)?)?.add_days(-1)
}

/// The day of 清明 (the solar term at 15° of longitude, April 4–6) in `year`, by the
/// usual closed form `floor(Y·0.2422 + C) − floor(Y/4)` with `Y` the year in its
/// century and `C` 5.59 (1900s) or 4.81 (2000s).
pub fn qingming(year: i32) -> Option<Date> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return None;
    }
    let (y, c) = if year < 2000 { (year - 1900, 5.59) } else { (year - 2000, 4.81) };
    let day = (f64::from(y) * 0.2422 + c).floor() as i32 - y / 4;
    Date::new(year, 4, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    /// 春节 of 27 years, from the almanac.
    #[test]
    fn new_year_matches_the_almanac() {
        let known = [
            "2000-02-05",
            "2001-01-24",
            "2002-02-12",
            "2003-02-01",
            "2004-01-22",
            "2005-02-09",
            "2006-01-29",
            "2007-02-18",
            "2008-02-07",
            "2009-01-26",
            "2010-02-14",
            "2011-02-03",
            "2012-01-23",
            "2013-02-10",
            "2014-01-31",
            "2015-02-19",
            "2016-02-08",
            "2017-01-28",
            "2018-02-16",
            "2019-02-05",
            "2020-01-25",
            "2021-02-12",
            "2022-02-01",
            "2023-01-22",
            "2024-02-10",
            "2025-01-29",
            "2026-02-17",
        ];
        for s in known {
            let date = d(s);
            assert_eq!(new_year(date.year()), Some(date), "{s}");
        }
        assert_eq!(new_year(1900), Some(d("1900-01-31")));
        assert_eq!(new_year(1949), Some(d("1949-01-29")));
        assert_eq!(new_year(1899), None);
        assert_eq!(new_year(2101), None);
        assert!(new_year(LAST_YEAR).is_some());
    }

    #[test]
    fn festivals_fall_on_their_known_days() {
        // 中秋 (8-15), 端午 (5-5), 元宵 (1-15), 重阳 (9-9).
        for (y, m, day, want) in [
            (2019, 8, 15, "2019-09-13"),
            (2020, 8, 15, "2020-10-01"),
            (2021, 8, 15, "2021-09-21"),
            (2023, 8, 15, "2023-09-29"),
            (2024, 8, 15, "2024-09-17"),
            (2025, 8, 15, "2025-10-06"),
            (2019, 5, 5, "2019-06-07"),
            (2020, 5, 5, "2020-06-25"),
            (2023, 5, 5, "2023-06-22"),
            (2024, 5, 5, "2024-06-10"),
            (2025, 5, 5, "2025-05-31"),
            (2024, 1, 15, "2024-02-24"),
            (2025, 1, 15, "2025-02-12"),
            (2024, 9, 9, "2024-10-11"),
        ] {
            assert_eq!(to_gregorian(y, m, false, day), Some(d(want)), "{y}-{m}-{day}");
        }
    }

    #[test]
    fn leap_months_and_eves() {
        // 2020 had a leap 4th month, 2023 a leap 2nd, 2025 a leap 6th; 2024 none.
        let leap = |y: i32| (1..=12).find(|&m| to_gregorian(y, m, true, 1).is_some());
        assert_eq!(leap(2020), Some(4));
        assert_eq!(leap(2023), Some(2));
        assert_eq!(leap(2025), Some(6));
        assert_eq!(leap(2024), None);
        // 除夕 is the eve of the next New Year.
        assert_eq!(new_years_eve(2023), Some(d("2024-02-09")));
        assert_eq!(new_years_eve(2100), None);
        // Day 30 of a 29-day month does not exist; nor month 13.
        assert!(to_gregorian(2024, 13, false, 1).is_none());
        assert!(to_gregorian(2024, 1, false, 0).is_none());
    }

    #[test]
    fn every_year_has_twelve_or_thirteen_months_that_meet() {
        for y in FIRST_YEAR..LAST_YEAR {
            let total: u32 = months(y).unwrap().map(|m| m.2).sum();
            let next = new_year(y + 1).unwrap().to_days() - new_year(y).unwrap().to_days();
            assert_eq!(i64::from(total), next, "{y}");
        }
    }

    #[test]
    fn qingming_is_april_fourth_or_fifth() {
        for (y, day) in [(1999, 5), (2008, 4), (2019, 5), (2020, 4), (2022, 5), (2023, 5), (2024, 4), (2025, 4)] {
            assert_eq!(qingming(y), Date::new(y, 4, day), "{y}");
        }
        for y in FIRST_YEAR..=LAST_YEAR {
            assert!(matches!(qingming(y).map(|q| q.day()), Some(4..=6)), "{y}");
        }
    }
}
