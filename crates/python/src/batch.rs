//! Running many analyses on several threads, results in input order, and keeping a
//! panic inside the engine from tearing through Python.
//!
//! Plain scoped threads pulling the next index from a shared counter: articles differ a
//! lot in length, so handing them out one by one balances the cores without a thread
//! pool crate, and `jobs` threads exist only while a batch runs.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Runs `f`, turning a panic into an error message (an engine bug, reported as a
/// `RuntimeError` naming the text instead of a `PanicException`).
pub fn guarded<T>(f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        let msg = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        Err(format!("internal error in the NewsLens engine: {msg}"))
    })
}

/// `f(0..n)` on up to `jobs` threads; the results in index order.
pub fn run<T: Send>(n: usize, jobs: usize, f: impl Fn(usize) -> Result<T, String> + Sync) -> Vec<Result<T, String>> {
    let threads = jobs.clamp(1, n.max(1));
    if threads == 1 {
        return (0..n).map(|i| guarded(|| f(i))).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Result<T, String>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= n {
                            break mine;
                        }
                        mine.push((i, guarded(|| f(i))));
                    }
                })
            })
            .collect();
        // Each item is guarded, so a worker itself does not panic.
        workers.into_iter().flat_map(|w| w.join().unwrap_or_default()).collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}
