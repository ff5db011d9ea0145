//! The `Analysis` data model: schema `newslens/1`, shared by the CLI, the JS API and the UI.
//!
//! All `start`/`end` offsets here are Unicode code point (char) indices into the
//! original text, end exclusive: Python's `text[start:end]` gives the span. The web
//! boundary converts them to UTF-16 indices where JavaScript needs them.

use serde::{Deserialize, Serialize};

/// The schema identifier written into every analysis.
pub const SCHEMA: &str = "newslens/1";

/// Everything the engine found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Analysis {
    pub schema: String,
    /// The date relative expressions were resolved against, `YYYY-MM-DD`.
    pub reference_date: Option<String>,
    /// Where `reference_date` came from: `user`, `text` or `none`.
    pub reference_date_source: String,
    /// `traditional`, `simplified`, `mixed` or `latin`.
    pub script: String,
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
    pub times: Vec<TimeMention>,
    pub quantities: Vec<Quantity>,
    pub claims: Vec<Claim>,
    /// Number of claims per source kind, for the share of anonymous sourcing.
    pub claim_summary: ClaimSummary,
    pub events: Vec<Event>,
}

/// A plain character range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One real-world referent with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    /// `person`, `organization`, `place`, `product` or `event`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The fullest surface form in the text.
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// One occurrence of an entity in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A typed link between two entities, with the sentences that support it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub source: String,
    pub target: String,
    /// `affiliated_with`, `part_of` or `cooccurs`.
    pub kind: String,
    /// Indices into `sentences`.
    pub evidence: Vec<usize>,
}

/// A time expression and its EDTF value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// EDTF (ISO 8601-2) value, or `None` for vague expressions.
    pub value: Option<String>,
    /// `date`, `interval`, `duration` or `vague`.
    pub kind: String,
}

/// A money amount, percentage or count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `money`, `percent` or `quantity`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The normalized value (a fraction for percentages); `None` when vague (數十億).
    pub value: Option<f64>,
    /// Upper bound for ranges such as `30% 到 40%`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value_max: Option<f64>,
    pub unit: Option<String>,
}

/// A statement attributed to a source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Entity id of the speaker, when the speaker is a known entity.
    pub speaker: Option<String>,
    /// The speaker phrase as written.
    pub speaker_text: String,
    /// `named`, `organization`, `group` or `anonymous`.
    pub source_kind: String,
    pub cue: String,
    pub content: String,
    pub quoted: bool,
    /// Span of the content.
    pub start: usize,
    pub end: usize,
}

/// Claims counted by source kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ClaimSummary {
    pub named: usize,
    pub organization: usize,
    pub group: usize,
    pub anonymous: usize,
}

/// A dated happening on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// EDTF value of the time that dates the event.
    pub date: Option<String>,
    /// Index into `times`.
    pub time: usize,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    /// Entity ids taking part.
    pub actors: Vec<String>,
}
