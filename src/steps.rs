//! Drawing long views in steps: the first part of a list or of the article at once,
//! the rest a step per task, so a long text's results never block the page for long
//! (each step is a separate task; the browser paints and answers input in between).
//!
//! Lists drawn this way need keys on their items: Yew matches unkeyed children from
//! the end, so appending to an unkeyed list would redraw every item before.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Items of a list drawn per step.
pub const STEP_ITEMS: usize = 40;

/// How many of `total` steps to draw now for the content identified by `id` (the
/// analysis shown): 1 at first and whenever `id` changes, then one more per task until
/// all are drawn.
#[hook]
pub fn use_steps(id: usize, total: usize) -> usize {
    use_steps_keeping(id, total, 1)
}

/// [`use_steps`], except that a new `id` starts from as many steps as were drawn for
/// the last one, up to `keep`: what is on screen stays (no collapse that would move the
/// page), and only what is beyond `keep` is drawn again step by step.
#[hook]
pub fn use_steps_keeping(id: usize, total: usize, keep: usize) -> usize {
    let state = use_state(|| (id, 1usize));
    let shown = if state.0 == id { state.1 } else { state.1.min(keep) }.clamp(1, total.max(1));
    {
        let state = state.clone();
        use_effect_with((id, shown, total), move |&(id, shown, total)| {
            let next = (shown < total).then(|| Timeout::new(0, move || state.set((id, shown + 1))));
            // A new analysis (or an unmount) cancels the pending step.
            move || drop(next)
        });
    }
    shown
}

/// How many of a list's `len` items to draw now: [`STEP_ITEMS`] more per step; a new
/// analysis keeps as many as were drawn (lists are short enough to update at once).
#[hook]
pub fn use_items(id: usize, len: usize) -> usize {
    let steps = len.div_ceil(STEP_ITEMS);
    (use_steps_keeping(id, steps, usize::MAX) * STEP_ITEMS).min(len)
}

/// The identity of an analysis for [`use_steps`]: its allocation (0 for none).
pub fn identity<T>(rc: Option<&std::rc::Rc<T>>) -> usize {
    rc.map_or(0, |r| std::rc::Rc::as_ptr(r) as *const u8 as usize)
}
