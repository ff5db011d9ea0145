//! The progressive writer: puts a new text into the paragraph editor a batch of chunks
//! per task, so writing a megabyte never holds the page for long, and then follows the
//! editor's edits with a [`Mirror`].
//!
//! Why a writer of its own: the browser lays out what was added before the next batch,
//! and an edit or a paste while a text is still being written must first write the
//! rest (it would otherwise read a partial text). The input component
//! (`components::article_input`) decides when a text is written; this module does the
//! writing.

use super::{chunk, chunk_ranges, place_caret, read, Mirror};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};
use yew::AttrValue;

/// Bytes of text the paragraph editor gets per task while a new text is written: the
/// browser lays out what was added before the next batch (10–25 ms for 40 KB of
/// Chinese text on the test machine, more when it is busy, so 20 KB), and writing a
/// megabyte never holds the page for long.
const WRITE_BATCH_BYTES: usize = 20_000;

/// An event listener held by the page.
type Listener = Closure<dyn FnMut(web_sys::Event)>;

/// A text being written into the paragraph editor: its chunks and how many are in.
struct Pending {
    text: AttrValue,
    ranges: Vec<(usize, usize)>,
    next: usize,
}

/// The paragraph editor's text: written progressively, then followed edit by edit.
#[derive(Default)]
pub struct Writer {
    /// Where the caret goes once the lines of a new text are written: a byte offset.
    pub caret: Cell<Option<usize>>,
    /// The paragraph editor's text, kept up to date edit by edit (`None` while its
    /// lines are being written).
    mirror: RefCell<Option<Mirror>>,
    /// Counts the texts written into the paragraph editor: a write still in progress
    /// stops when a newer one starts.
    generation: Cell<u32>,
    /// The text being written into the paragraph editor, if one is.
    pending: RefCell<Option<Pending>>,
    /// The `beforeinput` listener that writes the rest of a pending text before an
    /// edit (Yew has no such listener).
    complete: RefCell<Option<Listener>>,
}

impl Writer {
    /// The paragraph editor's text now.
    pub fn read(&self, root: &Element) -> String {
        match self.mirror.borrow_mut().as_mut() {
            Some(mirror) => mirror.read(root),
            None => read(root),
        }
    }

    /// Stops a write in progress and forgets the editor's text (the editor is gone:
    /// the input is a textarea again).
    pub fn stop(&self) {
        self.generation.set(self.generation.get().wrapping_add(1));
        *self.pending.borrow_mut() = None;
        *self.mirror.borrow_mut() = None;
    }

    /// Writes `text` into the paragraph editor a batch of chunks per task; a newer
    /// text, or [`Writer::stop`], stops it. The editor says it is being written with
    /// `data-writing`. An edit or a paste meanwhile first writes the rest at once (it
    /// would otherwise read a partial text). (Keeping the editor not editable meanwhile
    /// would be simpler, but switching `contenteditable` back restyles and lays out
    /// every line: 100 ms for a megabyte.)
    pub fn write(self: &Rc<Self>, document: Document, root: Element, text: AttrValue) {
        let generation = self.generation.get().wrapping_add(1);
        self.generation.set(generation);
        {
            let weak = Rc::downgrade(self);
            let mut listener = self.complete.borrow_mut();
            let listener = listener.get_or_insert_with(|| {
                Closure::new(move |e: web_sys::Event| {
                    let root = e.current_target().and_then(|t| t.dyn_into::<Element>().ok());
                    let page = root.as_ref().and_then(|r| r.owner_document());
                    if let (Some(writer), Some(page), Some(root)) = (weak.upgrade(), page, root) {
                        writer.write_rest(&page, &root);
                    }
                })
            });
            // The same listener again on the same element is not added twice.
            let _ = root.add_event_listener_with_callback("beforeinput", listener.as_ref().unchecked_ref());
        }
        *self.mirror.borrow_mut() = None;
        root.set_text_content(None);
        let _ = root.set_attribute("data-writing", "");
        let ranges = chunk_ranges(&text);
        *self.pending.borrow_mut() = Some(Pending { text, ranges, next: 0 });
        if self.write_batch(&document, &root) {
            return;
        }
        let writer = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                // A frame in between: the browser lays out each batch on its own.
                gloo_timers::future::TimeoutFuture::new(16).await;
                if writer.generation.get() != generation || writer.write_batch(&document, &root) {
                    return;
                }
            }
        });
    }

    /// Writes the next batch of chunks; when that was the last, finishes. Whether the
    /// editor holds all of its text (also when nothing was pending).
    fn write_batch(self: &Rc<Self>, document: &Document, root: &Element) -> bool {
        let done = {
            let mut pending = self.pending.borrow_mut();
            let Some(p) = pending.as_mut() else { return true };
            let mut bytes = 0;
            let fragment = document.create_document_fragment();
            while p.next < p.ranges.len() && bytes < WRITE_BATCH_BYTES {
                let (s, e) = p.ranges[p.next];
                if let Some(chunk) = chunk(document, &p.text[s..e]) {
                    let _ = fragment.append_child(&chunk);
                }
                bytes += e - s + 1;
                p.next += 1;
            }
            let _ = root.append_child(&fragment);
            p.next == p.ranges.len()
        };
        if done {
            let (text, ranges) = self.pending.borrow_mut().take().map(|p| (p.text, p.ranges)).unwrap_or_default();
            // Finished after the next frame: the browser lays the last lines out in its
            // own rendering step, so the focus (which needs that layout) costs nothing
            // extra; done at once, the layout of the new lines ran inside this task and
            // made it long.
            let (writer, document, root) = (self.clone(), document.clone(), root.clone());
            let generation = writer.generation.get();
            wasm_bindgen_futures::spawn_local(async move {
                gloo_timers::future::TimeoutFuture::new(16).await;
                if writer.generation.get() == generation {
                    let at = writer.caret.take();
                    writer.finish(&document, &root, &text, Some(&ranges), at);
                }
            });
        }
        done
    }

    /// Writes whatever of the text is still pending, now. A selection that reached the
    /// end of what was written (all selected) reaches the new end.
    pub fn write_rest(self: &Rc<Self>, document: &Document, root: &Element) {
        // The user acts on the editor: where they put the selection stands, not the
        // caret the write was to end with (also in the frame before a finished write is
        // finished).
        self.caret.take();
        if self.pending.borrow().is_none() {
            return;
        }
        let range = document.get_selection().ok().flatten().and_then(|s| s.get_range_at(0).ok());
        let to_end = range.as_ref().is_some_and(|r| {
            r.end_container().is_ok_and(|c| c.is_same_node(Some(root)))
                && r.end_offset().is_ok_and(|o| o == root.child_nodes().length())
        });
        while !self.write_batch(document, root) {}
        if let (true, Some(range)) = (to_end, range) {
            let _ = range.set_end(root, root.child_nodes().length());
        }
    }

    /// The paragraph editor holds all of `text` (written in the chunks of `ranges`, if
    /// known): editable again, its edits followed, and the caret at `at` (with the
    /// focus) if one is waiting.
    pub fn finish(
        &self,
        document: &Document,
        root: &Element,
        text: &str,
        ranges: Option<&[(usize, usize)]>,
        at: Option<usize>,
    ) {
        let _ = root.remove_attribute("data-writing");
        if self.mirror.borrow().is_none() {
            // The chunks the text was written in (found again only when not given).
            let found;
            let ranges = match ranges {
                Some(r) => r,
                None => {
                    found = chunk_ranges(text);
                    &found
                }
            };
            *self.mirror.borrow_mut() = Mirror::written(root, text, ranges);
        }
        if let Some(at) = at {
            if let Some(el) = root.dyn_ref::<HtmlElement>() {
                let _ = el.focus();
            }
            place_caret(document, root, text, at);
        }
    }
}
