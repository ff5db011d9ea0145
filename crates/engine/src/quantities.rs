//! Quantities: money (`40 亿美元`), percentages (`30% 到 40%`, `百分之五`) and counts
//! (`100 万个`), with normalized values and units.

use crate::analysis::{Quantity, QuantityKind, TimeMention};
use crate::numbers::{multiplier, parse_number};
use crate::text::Text;

const CURRENCIES: &[(&str, &str)] = &[
    ("美元", "USD"),
    ("美金", "USD"),
    ("人民币", "CNY"),
    ("元人民币", "CNY"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("欧元", "EUR"),
    ("日元", "JPY"),
    ("日圆", "JPY"),
    ("英镑", "GBP"),
    ("新台币", "TWD"),
    ("台币", "TWD"),
    ("韩元", "KRW"),
    ("卢布", "RUB"),
    ("元", "CNY"),
];
const MEASURES: &[&str] = &[
    "个",
    "名",
    "家",
    "位",
    "人",
    "台",
    "辆",
    "架",
    "艘",
    "项",
    "件",
    "座",
    "所",
    "吨",
    "平方公里",
    "公里",
    "千米",
    "米",
    "次",
    "款",
    "颗",
    "枚",
    "层",
    "级",
    "条",
    "部",
    "股",
    "户",
    "只",
    "份",
    "场",
    "篇",
    "亩",
    "公顷",
    "千瓦",
    "瓦",
];

fn unit_at(text: &Text<'_>, i: usize, list: &[&str]) -> Option<usize> {
    list.iter().filter(|w| text.norm_has_at(i, w)).map(|w| i + w.chars().count()).max()
}

fn skip_sp(chars: &[char], mut i: usize) -> usize {
    while chars.get(i) == Some(&' ') {
        i += 1;
    }
    i
}

struct Amount {
    value: Option<f64>,
    end: usize,
}

/// `[数|几]? N [多|余]? [万|亿…]?` at `i`.
fn amount(text: &Text<'_>, i: usize) -> Option<Amount> {
    let c = &text.norm;
    let vague_prefix = matches!(c.get(i), Some('数' | '几'));
    let start = if vague_prefix { i + 1 } else { i };
    let n = parse_number(c, start)?;
    let mut j = n.end;
    if matches!(c.get(j), Some('多' | '余')) {
        j += 1;
    }
    let k = skip_sp(c, j);
    let (factor, end) = multiplier(c, k).unwrap_or((1.0, j));
    let value = if vague_prefix { None } else { Some(n.value * factor) };
    Some(Amount { value, end })
}

/// Finds the quantities outside time expressions.
pub fn extract(text: &Text<'_>, times: &[TimeMention]) -> Vec<Quantity> {
    let c = &text.norm;
    let n = c.len();
    let mut in_time = vec![false; n];
    for t in times {
        in_time[t.start..t.end].iter_mut().for_each(|x| *x = true);
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let starts_number =
            c[i].is_ascii_digit() || crate::numbers::is_chinese_numeral(c[i]) || matches!(c[i], '数' | '几');
        let prev_ok = i == 0 || !(c[i - 1].is_ascii_alphanumeric() || c[i - 1] == '.');
        if in_time[i] || !starts_number || !prev_ok {
            i += 1;
            continue;
        }
        // 百分之N
        if text.norm_has_at(i, "百分之") {
            if let Some(a) = amount(text, i + 3) {
                out.push(make(text, i, a.end, QuantityKind::Percent, a.value.map(|v| v / 100.0), None, None));
                i = a.end;
                continue;
            }
        }
        let Some(a) = amount(text, i) else {
            i += 1;
            continue;
        };
        let k = skip_sp(c, a.end);
        if c.get(k) == Some(&'%') {
            let mut end = k + 1;
            let mut hi = None;
            // 30% 到 40%, 30%-40%
            let r = skip_sp(c, end);
            if matches!(c.get(r), Some('到' | '至' | '-' | '~')) {
                let s2 = skip_sp(c, r + 1);
                if let Some(b) = amount(text, s2) {
                    let k2 = skip_sp(c, b.end);
                    if c.get(k2) == Some(&'%') {
                        hi = b.value.map(|v| v / 100.0);
                        end = k2 + 1;
                    }
                }
            }
            out.push(make(text, i, end, QuantityKind::Percent, a.value.map(|v| v / 100.0), hi, None));
            i = end;
            continue;
        }
        if let Some(end) = unit_at(text, k, &CURRENCIES.iter().map(|x| x.0).collect::<Vec<_>>()) {
            let word: String = c[k..end].iter().collect();
            let code = CURRENCIES.iter().find(|x| x.0 == word).map(|x| x.1);
            out.push(make(text, i, end, QuantityKind::Money, a.value, None, code));
            i = end;
            continue;
        }
        if let Some(end) = unit_at(text, k, MEASURES) {
            // A bare single digit with a measure word (一个, 三名) is wording, not a figure,
            // unless it carries a multiplier.
            let span_len = a.end - i;
            if span_len >= 2 || c[i].is_ascii_digit() {
                let word: String = text.slice(k, end);
                out.push(make(text, i, end, QuantityKind::Quantity, a.value, None, Some(&word)));
            }
            i = end;
            continue;
        }
        i = a.end.max(i + 1);
    }
    out
}

fn make(
    text: &Text<'_>,
    s: usize,
    e: usize,
    kind: QuantityKind,
    value: Option<f64>,
    hi: Option<f64>,
    unit: Option<&str>,
) -> Quantity {
    Quantity { start: s, end: e, text: text.slice(s, e), kind, value, value_max: hi, unit: unit.map(str::to_string) }
}
