//! The long-text editor's DOM: a text as one `<div>` per line inside a
//! `contenteditable="plaintext-only"` element, and the text read back from whatever the
//! browser's editing made of it.
//!
//! Why: a textarea lays out its whole text again on every keystroke (about 250 ms for
//! a megabyte in Chromium, whatever the CSS), while an edit in one chunk of lines lays
//! out that chunk again and moves the ones after it. No `content-visibility` on the
//! chunks: Chromium cannot edit at a caret inside skipped content (typing on an empty
//! line off screen, or after Ctrl+End, put the text outside the line, reversed), so a
//! long text is written a few chunks per task instead ([`Writer`]).
//!
//! Offsets here are byte offsets into the Rust `String` that [`read`] returns; the DOM
//! side counts UTF-16 code units, converted where a caret is placed.

mod writer;

pub use writer::Writer;

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, MutationObserver, MutationObserverInit, MutationRecord, Node};

/// Lines per chunk: the editor's lines sit in chunks of at most this many lines (and
/// about [`CHUNK_BYTES`]), so that the page can write a long text a few chunks per task
/// (see [`Writer`]) and an edit dirties one chunk's layout.
const CHUNK_LINES: usize = 64;
const CHUNK_BYTES: usize = 6_000;

/// The byte ranges of `text` that [`chunk`] turns into chunks, in order: whole lines,
/// the line break between two chunks in neither (the chunks' texts joined by line
/// breaks are the text).
pub fn chunk_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut start, mut lines) = (0, 0);
    for (i, _) in text.match_indices('\n') {
        lines += 1;
        if lines >= CHUNK_LINES || i - start >= CHUNK_BYTES {
            out.push((start, i));
            start = i + 1;
            lines = 0;
        }
    }
    out.push((start, text.len()));
    out
}

/// One chunk: a `<div>` of line `<div>`s for `piece` (a range from [`chunk_ranges`]).
/// An empty line is a `<div>` holding a `<br>` (as the browser itself makes them), so
/// it has a height and can hold the caret.
pub fn chunk(document: &Document, piece: &str) -> Option<Element> {
    let chunk = document.create_element("div").ok()?;
    for line in piece.split('\n') {
        let div = document.create_element("div").ok()?;
        if line.is_empty() {
            let br = document.create_element("br").ok()?;
            div.append_child(&br).ok()?;
        } else {
            div.set_text_content(Some(line));
        }
        chunk.append_child(&div).ok()?;
    }
    Some(chunk)
}

/// Replaces the contents of `root` with `text`, all chunks at once. [`read`] gives
/// `text` back.
pub fn write(document: &Document, root: &Element, text: &str) {
    root.set_text_content(None);
    let fragment = document.create_document_fragment();
    for (s, e) in chunk_ranges(text) {
        if let Some(c) = chunk(document, &text[s..e]) {
            let _ = fragment.append_child(&c);
        }
    }
    let _ = root.append_child(&fragment);
}

/// The editor's text kept up to date edit by edit: the text of each chunk [`write()`]
/// made, and a mutation observer saying which chunks an edit touched, so an edit
/// reads its own chunk again rather than the whole DOM (4,000 lines read through the
/// wasm boundary cost 10–25 ms a keystroke).
pub struct Mirror {
    /// Each chunk's lines (`None`: the chunk holds no line any more).
    chunks: Vec<Option<String>>,
    /// Chunk element → its index in `chunks`; empty when the DOM is no longer chunks
    /// of lines (then every read is a whole one).
    index: js_sys::Map,
    observer: MutationObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Mirror {
    /// Starts following the edits of `root`, just filled with the [`chunk`]s of
    /// `ranges` of `text` (as [`write()`] fills it): their text is known, so it is not
    /// read back through the DOM (a megabyte read back line by line took tens of
    /// milliseconds in one task). Where `root` does not hold one chunk element per
    /// range, it is read after all.
    pub fn written(root: &Element, text: &str, ranges: &[(usize, usize)]) -> Option<Mirror> {
        let mut mirror = Mirror::observing(root)?;
        let children = root.child_nodes();
        let chunks: Option<Vec<Node>> = (children.length() as usize == ranges.len())
            .then(|| (0..children.length()).map(|i| children.item(i).filter(|c| c.node_name() == "DIV")).collect())
            .flatten();
        match chunks {
            Some(chunks) => {
                for (i, (chunk, &(s, e))) in chunks.iter().zip(ranges).enumerate() {
                    mirror.index.set(chunk, &(i as f64).into());
                    mirror.chunks.push(text.get(s..e).map(str::to_string));
                }
            }
            None => mirror.read_all(root),
        }
        Some(mirror)
    }

    /// A mirror with no text yet, its observer following `root`.
    fn observing(root: &Element) -> Option<Mirror> {
        let callback = Closure::<dyn FnMut()>::new(|| {});
        let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_character_data(true);
        options.set_subtree(true);
        observer.observe_with_options(root, &options).ok()?;
        Some(Mirror { chunks: Vec::new(), index: js_sys::Map::new(), observer, _callback: callback })
    }

    /// The text now, after whatever edits were made since the last call.
    pub fn read(&mut self, root: &Element) -> String {
        let mut dirty = std::collections::BTreeSet::new();
        let mut whole = self.index.size() == 0;
        let root_node: &Node = root.as_ref();
        for record in self.observer.take_records().iter() {
            let Ok(record) = record.dyn_into::<MutationRecord>() else { continue };
            // The chunk the changed node is in: its ancestor that is a child of root.
            let mut node = record.target();
            while let Some(n) = node.as_ref() {
                match n.parent_node() {
                    Some(p) if p.is_same_node(Some(root_node)) => break,
                    p => node = p,
                }
            }
            match node.map(|n| self.index.get(&n)).and_then(|i| i.as_f64()) {
                Some(i) if !whole => {
                    dirty.insert(i as usize);
                }
                _ => whole = true,
            }
        }
        if whole {
            self.read_all(root);
        } else {
            let children = root.children();
            for i in dirty {
                if let (Some(chunk), Some(slot)) = (children.item(i as u32), self.chunks.get_mut(i)) {
                    *slot = lines_of(&chunk);
                }
            }
        }
        let mut out = String::with_capacity(self.chunks.iter().flatten().map(|c| c.len() + 1).sum());
        for (k, chunk) in self.chunks.iter().flatten().enumerate() {
            if k > 0 {
                out.push('\n');
            }
            out.push_str(chunk);
        }
        out
    }

    /// Reads every chunk; when the DOM is not chunks any more (a select-all and delete
    /// leaves a bare `<br>`), the whole text as one and no index.
    fn read_all(&mut self, root: &Element) {
        self.index.clear();
        self.chunks.clear();
        let children = root.child_nodes();
        let count = children.length();
        let chunks = (0..count).all(|i| children.item(i).is_some_and(|c| c.node_name() == "DIV"));
        if chunks {
            for i in 0..count {
                let Some(chunk) = children.item(i) else { continue };
                self.index.set(&chunk, &(i as f64).into());
                self.chunks.push(lines_of(&chunk));
            }
        } else {
            let text = read(root);
            self.chunks.push(Some(text));
        }
    }
}

impl Drop for Mirror {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The lines of one chunk joined, or `None` if it shows no line.
fn lines_of(chunk: &Node) -> Option<String> {
    let mut lines = Lines::default();
    block(chunk, &mut lines, Cut::None, true);
    lines.any.then_some(lines.out)
}

/// The text of an editor's DOM (or of a fragment cut from it), as the browser shows
/// it: each block (`div`, `p`) is a line or more, a `<br>` or a `\n` in a text node
/// breaks a line, and a break that ends its block adds no line (it is the placeholder
/// that gives an empty block its height).
pub fn read(root: &Node) -> String {
    read_cut(root, Cut::None)
}

/// Which end of a fragment is a cut through the editor's text (at a caret).
#[derive(Clone, Copy, PartialEq)]
enum Cut {
    None,
    /// The fragment is a prefix: a break at its very end counts (the caret is after
    /// it), and a line block left empty by the cut is still a line.
    End,
    /// The fragment is a suffix: a line block left empty at its start is still a line.
    Start,
}

fn read_cut(root: &Node, cut: Cut) -> String {
    let mut lines = Lines::default();
    block(root, &mut lines, cut, true);
    lines.out
}

#[derive(Default)]
struct Lines {
    out: String,
    any: bool,
}

impl Lines {
    fn push(&mut self, line: &str) {
        if self.any {
            self.out.push('\n');
        }
        self.out.push_str(line);
        self.any = true;
    }

    /// Ends a run of inline content (text and line breaks) as lines.
    fn flush(&mut self, run: &mut String, keep_last_break: bool) {
        if !run.is_empty() {
            if !keep_last_break && run.ends_with('\n') {
                run.pop();
            }
            for line in run.split('\n') {
                self.push(line);
            }
            run.clear();
        }
    }
}

fn is_block(tag: &str) -> bool {
    matches!(tag, "DIV" | "P" | "LI" | "UL" | "OL" | "PRE" | "BLOCKQUOTE" | "SECTION" | "ARTICLE" | "H1" | "H2" | "H3")
}

/// Reads the children of a block: runs of inline content between child blocks.
fn block(node: &Node, lines: &mut Lines, cut: Cut, root: bool) {
    let before = (lines.out.len(), lines.any);
    let children = node.child_nodes();
    let count = children.length();
    let mut run = String::new();
    for i in 0..count {
        let Some(child) = children.item(i) else { continue };
        // Only the last block of a prefix, or the first of a suffix, holds the cut.
        let cut_here = match cut {
            Cut::End if i + 1 == count => Cut::End,
            Cut::Start if i == 0 => Cut::Start,
            _ => Cut::None,
        };
        match child.node_type() {
            Node::TEXT_NODE => run.push_str(&child.node_value().unwrap_or_default()),
            Node::ELEMENT_NODE => {
                let tag = child.unchecked_ref::<Element>().tag_name();
                if tag == "BR" {
                    run.push('\n');
                } else if is_block(&tag) {
                    lines.flush(&mut run, false);
                    block(&child, lines, cut_here, false);
                } else {
                    run.push_str(&child.text_content().unwrap_or_default());
                }
            }
            _ => {}
        }
    }
    lines.flush(&mut run, cut == Cut::End);
    // A cut at the start or end of a line leaves that line's block empty in the
    // fragment; the caret is still on a line of its own.
    if cut != Cut::None && !root && before == (lines.out.len(), lines.any) {
        lines.push("");
    }
}

/// The byte offset in [`read`]'s text of a DOM position (a selection's anchor or
/// focus) inside `root`, whose text is `len` bytes long: found from whichever side of
/// the position is nearer the end of the DOM, since the part on that side is cloned
/// and read (a select-all over a megabyte clones next to nothing).
fn offset_of(document: &Document, root: &Node, len: usize, node: &Node, offset: u32, from_end: bool) -> Option<usize> {
    let range = document.create_range().ok()?;
    if from_end {
        range.set_start(node, offset).ok()?;
        range.set_end(root, root.child_nodes().length()).ok()?;
        let suffix = range.clone_contents().ok()?;
        Some(len.saturating_sub(read_cut(&suffix, Cut::Start).len()))
    } else {
        range.set_start(root, 0).ok()?;
        range.set_end(node, offset).ok()?;
        let prefix = range.clone_contents().ok()?;
        Some(read_cut(&prefix, Cut::End).len())
    }
}

/// The selection in `root` as byte offsets `(start, end)` of its text, `text` (as
/// [`read`] gives it).
pub fn selection(document: &Document, root: &Node, text: &str) -> Option<(usize, usize)> {
    let selection = document.get_selection().ok()??;
    let range = selection.get_range_at(0).ok()?;
    if !root.contains(Some(&range.start_container().ok()?)) {
        return None;
    }
    // A start is usually near the beginning (select all), an end near the end.
    let start =
        offset_of(document, root, text.len(), &range.start_container().ok()?, range.start_offset().ok()?, false)?;
    let end = if range.collapsed() {
        start
    } else {
        offset_of(document, root, text.len(), &range.end_container().ok()?, range.end_offset().ok()?, true)?
    };
    Some((start, end.max(start)))
}

/// The caret's byte offset in [`read`]'s text, when the selection is collapsed inside
/// a text node of `root`.
pub fn caret_in_text(document: &Document, root: &Node) -> Option<usize> {
    let selection = document.get_selection().ok()??;
    let node = selection.focus_node()?;
    if !selection.is_collapsed() || node.node_type() != Node::TEXT_NODE || !root.contains(Some(&node)) {
        return None;
    }
    let len = read(root).len();
    offset_of(document, root, len, &node, selection.focus_offset(), false)
}

/// Where an edit that turned `before` into `after` ends in `after` (a byte offset):
/// after the part that differs, once the common start and end are set aside.
pub fn edit_end(before: &str, after: &str) -> usize {
    let prefix: usize = before.chars().zip(after.chars()).take_while(|(a, b)| a == b).map(|(c, _)| c.len_utf8()).sum();
    let suffix: usize = before[prefix..]
        .chars()
        .rev()
        .zip(after[prefix..].chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(c, _)| c.len_utf8())
        .sum();
    after.len() - suffix
}

/// Puts the caret at byte offset `at` of `text`, which `root` shows as [`write()`] made
/// it.
pub fn place_caret(document: &Document, root: &Element, text: &str, at: usize) {
    let at = floor_char_boundary(text, at.min(text.len()));
    let line = text[..at].matches('\n').count();
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..at].encode_utf16().count() as u32;
    // The line's div: chunks of lines, as `write` makes them.
    let mut rest = line as u32;
    let mut div = None;
    let chunks = root.children();
    for i in 0..chunks.length() {
        let Some(chunk) = chunks.item(i) else { break };
        let n = chunk.child_element_count();
        if rest < n {
            div = chunk.children().item(rest);
            break;
        }
        rest -= n;
    }
    let Some(div) = div else { return };
    // A line's text is the div's one text node; an empty line's div holds a <br>.
    let (node, offset): (Node, u32) = match div.first_child() {
        Some(t) if t.node_type() == Node::TEXT_NODE => (t, column),
        _ => (div.clone().into(), 0),
    };
    let Ok(Some(selection)) = document.get_selection() else { return };
    if let Ok(range) = document.create_range() {
        if range.set_start(&node, offset).is_ok() {
            range.collapse_with_to_start(true);
            let _ = selection.remove_all_ranges();
            let _ = selection.add_range(&range);
        }
    }
    // Show the caret's line, as a textarea does after a paste.
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    div.scroll_into_view_with_scroll_into_view_options(&options);
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A UTF-16 offset (a textarea's `selectionStart`) as a byte offset of `text`.
pub fn byte_of_utf16(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        if seen >= units {
            return i;
        }
        seen += c.len_utf16();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_ends_after_what_it_changed() {
        assert_eq!(edit_end("", "短"), "短".len());
        assert_eq!(edit_end("很長的文字", "短"), "短".len());
        assert_eq!(edit_end("abcd", "abXcd"), 3);
        assert_eq!(edit_end("abXcd", "abcd"), 2);
        assert_eq!(edit_end("市議會表示", "市議會週一表示"), "市議會週一".len());
        assert_eq!(edit_end("same", "same"), 4);
    }

    #[test]
    fn utf16_offsets_become_byte_offsets() {
        assert_eq!(byte_of_utf16("a字𠀀b", 0), 0);
        assert_eq!(byte_of_utf16("a字𠀀b", 2), 4);
        assert_eq!(byte_of_utf16("a字𠀀b", 4), 8);
        assert_eq!(byte_of_utf16("a字𠀀b", 99), 9);
    }
}
