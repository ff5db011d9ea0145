//! Numerals: Arabic (`2,023`, `1.5`) and Chinese (`十五`, `两`, `二〇二三`, `三千五百万`),
//! read from normalized (Simplified, half-width) chars.

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    Arabic,
    /// Chinese digits read one by one, as in years (`二〇二三`).
    ChineseDigits,
    /// Chinese numerals with place values (`三十五`).
    Chinese,
}

/// A number found at some position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    pub value: f64,
    /// Char index just past the number.
    pub end: usize,
    pub kind: NumKind,
    /// Count of chars used.
    pub len: usize,
}

fn digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | 'O' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn place(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral.
pub fn is_chinese_numeral(c: char) -> bool {
    (digit(c).is_some() && c != 'O') || place(c).is_some() || matches!(c, '万' | '亿' | '廿' | '卅')
}

/// Reads a number starting exactly at `i`.
pub fn parse_number(chars: &[char], i: usize) -> Option<Num> {
    let c = *chars.get(i)?;
    if c.is_ascii_digit() {
        parse_arabic(chars, i)
    } else if is_chinese_numeral(c) {
        parse_chinese(chars, i)
    } else {
        None
    }
}

fn parse_arabic(chars: &[char], i: usize) -> Option<Num> {
    // The digits (and the decimal point) go to a buffer on the stack: this runs at
    // every digit of every text, several times (a `String` each time showed in the
    // profile). Up to 30 are read as a number; more, and it is none.
    let mut buf = [0u8; 31];
    let (mut n, mut dot) = (0usize, false);
    let mut push = |b: u8, n: &mut usize| {
        if *n < buf.len() {
            buf[*n] = b;
        }
        *n += 1;
    };
    let mut j = i;
    while j < chars.len() {
        let c = chars[j];
        if c.is_ascii_digit() {
            push(c as u8, &mut n);
            j += 1;
        } else if c == ','
            && j + 3 < chars.len() + 1
            && chars.get(j + 1..j + 4).is_some_and(|w| w.iter().all(|d| d.is_ascii_digit()))
            && !chars.get(j + 4).is_some_and(|d| d.is_ascii_digit())
            && n > 0
        {
            j += 1;
        } else if c == '.' && !dot && chars.get(j + 1).is_some_and(|d| d.is_ascii_digit()) {
            push(b'.', &mut n);
            dot = true;
            j += 1;
        } else {
            break;
        }
    }
    if n > 30 {
        return None;
    }
    let value: f64 = std::str::from_utf8(&buf[..n]).ok()?.parse().ok()?;
    Some(Num { value, end: j, kind: NumKind::Arabic, len: j - i })
}

fn parse_chinese(chars: &[char], i: usize) -> Option<Num> {
    let mut j = i;
    while j < chars.len() && is_chinese_numeral(chars[j]) && j - i < 24 {
        j += 1;
    }
    let run = &chars[i..j];
    // Digits only, two or more: read one by one (二〇二三 = 2023).
    if run.len() >= 2 && run.iter().all(|&c| digit(c).is_some()) {
        let mut v: u64 = 0;
        for &c in run {
            v = v * 10 + u64::from(digit(c)?);
        }
        return Some(Num { value: v as f64, end: j, kind: NumKind::ChineseDigits, len: j - i });
    }
    let mut total: f64 = 0.0; // finished 亿 sections
    let mut section: f64 = 0.0; // finished 万 sections below 亿
    let mut small: u64 = 0; // below 万
    let mut pending: Option<u64> = None;
    for &c in run {
        if let Some(d) = digit(c) {
            pending = Some(u64::from(d));
        } else if let Some(p) = place(c) {
            small += pending.unwrap_or(1) * p;
            pending = None;
        } else if c == '廿' || c == '卅' {
            // 廿 = 二十, 卅 = 三十 (dates: 廿号 is the 20th).
            small += if c == '廿' { 20 } else { 30 };
            pending = None;
        } else if c == '万' {
            let below = small + pending.unwrap_or(0);
            section += (if below == 0 { 1 } else { below }) as f64 * 1e4;
            small = 0;
            pending = None;
        } else if c == '亿' {
            let below = section + (small + pending.unwrap_or(0)) as f64;
            total += below.max(1.0) * 1e8;
            section = 0.0;
            small = 0;
            pending = None;
        }
    }
    let value = total + section + (small + pending.unwrap_or(0)) as f64;
    // A lone 万/亿 is a multiplier, not a number.
    if run.iter().all(|&c| c == '万' || c == '亿') {
        return None;
    }
    Some(Num { value, end: j, kind: NumKind::Chinese, len: j - i })
}

/// Reads a multiplier (`万`, `亿`, `千`, `百`, `万亿`) at `i`: returns the factor and the end.
pub fn multiplier(chars: &[char], i: usize) -> Option<(f64, usize)> {
    let mut f = 1.0;
    let mut j = i;
    while let Some(&c) = chars.get(j) {
        let m = match c {
            '万' => 1e4,
            '亿' => 1e8,
            '千' if j == i => 1e3,
            '百' if j == i => 1e2,
            _ => break,
        };
        f *= m;
        j += 1;
    }
    (j > i).then_some((f, j))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<f64> {
        let cs: Vec<char> = s.chars().collect();
        parse_number(&cs, 0).filter(|n| n.end == cs.len()).map(|n| n.value)
    }

    #[test]
    fn reads_numerals() {
        assert_eq!(v("2,023"), Some(2023.0));
        assert_eq!(v("1.5"), Some(1.5));
        assert_eq!(v("十五"), Some(15.0));
        assert_eq!(v("两"), Some(2.0));
        assert_eq!(v("三十"), Some(30.0));
        assert_eq!(v("二〇二三"), Some(2023.0));
        assert_eq!(v("一百零五"), Some(105.0));
        assert_eq!(v("三千五百万"), Some(35_000_000.0));
        assert_eq!(v("两亿"), Some(200_000_000.0));
        assert_eq!(v("十万"), Some(100_000.0));
        assert_eq!(v("万"), None);
        // Arabic: grouping commas, one decimal point, at most 30 digits and points.
        assert_eq!(v("1,234,567.25"), Some(1_234_567.25));
        assert_eq!(v(&"9".repeat(30)), Some(1e30 - 1.0));
        assert_eq!(parse_number(&"9".repeat(31).chars().collect::<Vec<_>>(), 0), None);
        let cs: Vec<char> = "2.25.15".chars().collect();
        assert_eq!(parse_number(&cs, 0).map(|n| (n.value, n.end)), Some((2.25, 4)));
    }
}
