//! The mention signals: each proposes [`Candidate`]s from one kind of evidence, with one
//! signature (`fn(&Scan, &mut Vec<Candidate>)`), run in the order of [`ALL`].
//!
//! The order matters where a signal reads what earlier ones proposed: renderings and
//! tickers read the Latin names, units the organizations, lists the strong candidates.
//! Overlaps between signals are settled afterwards by strength, not by this order.

use super::scan::Scan;
use super::Candidate;

pub(super) mod abbreviations;
mod dotted;
mod events;
mod gazetteer;
mod landmarks;
mod latin;
mod legal;
mod lists;
mod model;
mod named_events;
mod names;
pub(super) mod references;
mod renderings;
mod suffixes;
mod tickers;
mod titled;
mod units;
mod works;

/// What the signals share.
mod prelude {
    pub(super) use super::super::lexicon::*;
    pub(super) use super::super::scan::*;
    pub(super) use super::super::{Candidate, Signal};
    pub(super) use crate::analysis::{EntityKind, Script};
    pub(super) use crate::segment::Token;
    pub(super) use crate::text::{is_han, Text};
    pub(super) use std::collections::HashMap;
}

/// A mention signal.
pub(super) type SignalFn = fn(&Scan<'_>, &mut Vec<Candidate>);

/// Every signal that reads the text, in the order they run.
pub(super) const ALL: &[SignalFn] = &[
    gazetteer::find,
    gazetteer::home_country,
    latin::find,
    works::find,
    names::find,
    suffixes::find,
    events::find,
    named_events::storms,
    named_events::congresses,
    named_events::incidents,
    landmarks::find,
    titled::find,
    titled::after_title,
    references::find,
    renderings::find,
    tickers::find,
    dotted::find,
    model::find,
    legal::find,
    units::find,
    lists::find,
];
