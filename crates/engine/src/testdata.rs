//! Test helpers for the shared data (`../shared/data`, next to the repository and
//! never copied into it): a test that needs it and does not find it says so, and fails
//! unless the run opts out with `NEWSLENS_SKIP_SHARED=1`, so a missing data set never
//! passes a test silently.

use std::path::{Path, PathBuf};

/// The path of `rel` under `../shared/data`, or `None` when it is absent and
/// `NEWSLENS_SKIP_SHARED=1` is set (after printing `SKIPPED: <test>: …`); absent
/// otherwise, the test panics.
pub(crate) fn shared_or_skip(test: &str, rel: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data").join(rel);
    if path.exists() {
        return Some(path);
    }
    eprintln!("SKIPPED: {test}: ../shared/data/{rel} not found");
    assert!(
        std::env::var("NEWSLENS_SKIP_SHARED").is_ok_and(|v| v == "1"),
        "{test}: ../shared/data/{rel} not found (NEWSLENS_SKIP_SHARED=1 skips the tests that need it)"
    );
    None
}
