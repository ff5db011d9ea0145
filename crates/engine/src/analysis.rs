//! The `Analysis` data model: schema `newslens/1`, shared by the CLI, the JS API and the UI.
//!
//! All `start`/`end` offsets here are Unicode code point (char) indices into the
//! original text, end exclusive: Python's `text[start:end]` gives the span. The web
//! boundary converts them to UTF-16 indices where JavaScript needs them.

use serde::{Deserialize, Serialize};

/// The schema identifier written into every analysis.
pub const SCHEMA: &str = "newslens/1";

/// Declares a kind enum whose JSON form is its `snake_case` name, with `as_str`, a
/// parser for the same names, `ALL` and `Display`: one definition per kind, so a
/// mistyped kind is a compile error, not a silently different string.
macro_rules! kinds {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        // Written and read as the plain name (serde's derived enum code is several
        // times larger in the wasm, and the app reads every analysis).
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::parse(&name).ok_or_else(|| {
                    serde::de::Error::unknown_variant(&name, &[$($text),+])
                })
            }
        }

        impl $name {
            /// Every kind, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name written in the JSON.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The kind written as `name` in the JSON, if any.
            pub fn parse(name: &str) -> Option<$name> {
                match name {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

kinds! {
    /// What an entity is.
    EntityKind {
        Person = "person",
        Organization = "organization",
        Place = "place",
        Product = "product",
        Event = "event",
    }
}

kinds! {
    /// The shape of a time expression's value.
    TimeKind {
        /// A point: a day, month or year.
        Date = "date",
        /// A span `a/b`, open ends written `..`.
        Interval = "interval",
        /// A length of time (`P3Y`).
        Duration = "duration",
        /// No value (近日).
        Vague = "vague",
    }
}

kinds! {
    /// How a mention names its entity: by name, or by a reference the reference step
    /// linked to it (`references`).
    #[derive(Default)]
    MentionKind {
        /// The entity's name or an alias (王明, 晨光電子).
        #[default]
        Name = "name",
        /// A title or a definite description standing for it (總統, 該部長, 該公司).
        Title = "title",
        /// A pronoun (他, 她, 其, 佢; 我 inside the entity's own quoted speech).
        Pronoun = "pronoun",
    }
}

kinds! {
    /// What a quantity counts.
    QuantityKind {
        Money = "money",
        Percent = "percent",
        Quantity = "quantity",
    }
}

kinds! {
    /// Who a claim's source is.
    SourceKind {
        /// A named person.
        Named = "named",
        /// An organization (a company, a ministry).
        Organization = "organization",
        /// A group of people (分析师, 業界人士).
        Group = "group",
        /// An unnamed source (知情人士).
        Anonymous = "anonymous",
    }
}

kinds! {
    /// How two entities are linked. Declared in the order of the names, which is the
    /// order relations are listed in.
    RelationKind {
        AffiliatedWith = "affiliated_with",
        Cooccurs = "cooccurs",
        PartOf = "part_of",
    }
}

kinds! {
    /// Where the reference date came from.
    #[derive(Default)]
    DateSource {
        /// The caller gave it.
        User = "user",
        /// A date line in the text.
        Text = "text",
        /// None was found: relative times have no value.
        #[default]
        None = "none",
    }
}

kinds! {
    /// The script of the text, from characters that exist in only one script.
    #[derive(Default)]
    Script {
        Traditional = "traditional",
        /// Also a text without Han or Latin letters.
        #[default]
        Simplified = "simplified",
        Mixed = "mixed",
        Latin = "latin",
    }
}

/// Everything the engine found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Analysis {
    pub schema: String,
    /// The date relative expressions were resolved against, `YYYY-MM-DD`.
    pub reference_date: Option<String>,
    /// Where `reference_date` came from.
    pub reference_date_source: DateSource,
    pub script: Script,
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
    #[serde(rename = "type")]
    pub kind: EntityKind,
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
    /// How it refers to the entity; `name` when absent (analyses written before it).
    #[serde(default)]
    pub kind: MentionKind,
}

/// A typed link between two entities, with the sentences that support it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub source: String,
    pub target: String,
    pub kind: RelationKind,
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
    pub kind: TimeKind,
}

/// A money amount, percentage or count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: QuantityKind,
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
    pub source_kind: SourceKind,
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

impl Analysis {
    /// Checks the invariants of an analysis of `text` (see ARCHITECTURE.md): every span
    /// on char boundaries inside the text and equal to the item's text, every entity id
    /// and every sentence or time index that is referred to present. The first broken
    /// one is the error. Tests, the fuzz targets and tools call it; the engine's output
    /// always passes.
    pub fn check(&self, text: &str) -> Result<(), String> {
        let chars: Vec<char> = text.chars().collect();
        let span = |what: &str, s: usize, e: usize, expected: Option<&str>| -> Result<(), String> {
            if s > e || e > chars.len() {
                return Err(format!("{what} span {s}..{e} outside a text of {} chars", chars.len()));
            }
            let got: String = chars[s..e].iter().collect();
            match expected {
                Some(x) if x != got => Err(format!("{what} span {s}..{e} is {got:?}, not {x:?}")),
                _ => Ok(()),
            }
        };
        for s in &self.sentences {
            span("sentence", s.start, s.end, None)?;
        }
        for e in &self.entities {
            for m in &e.mentions {
                span("mention", m.start, m.end, Some(&m.text))?;
            }
        }
        for t in &self.times {
            span("time", t.start, t.end, Some(&t.text))?;
        }
        for q in &self.quantities {
            span("quantity", q.start, q.end, Some(&q.text))?;
        }
        for c in &self.claims {
            span("claim", c.start, c.end, Some(&c.content))?;
        }
        for ev in &self.events {
            span("event", ev.start, ev.end, Some(&ev.sentence))?;
        }
        let known = |id: &str| self.entities.iter().any(|e| e.id == id);
        for r in &self.relations {
            if !known(&r.source) || !known(&r.target) {
                return Err(format!("relation {} -> {} names a missing entity", r.source, r.target));
            }
            if let Some(i) = r.evidence.iter().find(|&&i| i >= self.sentences.len()) {
                return Err(format!("relation evidence {i} is not a sentence"));
            }
        }
        for c in &self.claims {
            if let Some(s) = c.speaker.as_deref().filter(|s| !known(s)) {
                return Err(format!("claim speaker {s} is not an entity"));
            }
        }
        for ev in &self.events {
            if ev.time >= self.times.len() {
                return Err(format!("event time {} is not a time", ev.time));
            }
            if let Some(a) = ev.actors.iter().find(|a| !known(a)) {
                return Err(format!("event actor {a} is not an entity"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Analysis {
        Analysis {
            sentences: vec![Span { start: 0, end: 4 }],
            entities: vec![Entity {
                id: "e1".into(),
                kind: EntityKind::Person,
                name: "王明".into(),
                aliases: vec![],
                roles: vec![],
                mentions: vec![Mention { start: 0, end: 2, text: "王明".into(), kind: MentionKind::Name }],
            }],
            ..Default::default()
        }
    }

    #[test]
    fn kinds_are_written_as_their_schema_names_and_parse_back() {
        for k in EntityKind::ALL {
            assert_eq!(serde_json::to_string(k).unwrap(), format!("\"{}\"", k.as_str()));
            assert_eq!(EntityKind::parse(k.as_str()), Some(*k));
        }
        assert_eq!(serde_json::to_string(&RelationKind::AffiliatedWith).unwrap(), "\"affiliated_with\"");
        assert_eq!(serde_json::from_str::<SourceKind>("\"anonymous\"").unwrap(), SourceKind::Anonymous);
        assert_eq!(TimeKind::parse("vague"), Some(TimeKind::Vague));
        assert_eq!(DateSource::parse("later"), None);
        let err = serde_json::from_str::<EntityKind>("\"people\"").unwrap_err().to_string();
        assert!(err.contains("unknown variant `people`"), "{err}");
        // Relations are listed by kind: the enum's order is the names' order.
        let mut names: Vec<&str> = RelationKind::ALL.iter().map(|k| k.as_str()).collect();
        names.sort_unstable();
        assert_eq!(names, RelationKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>());
    }

    #[test]
    fn check_accepts_a_valid_analysis_and_names_the_first_broken_invariant() {
        let text = "王明表示";
        assert_eq!(sample().check(text), Ok(()));
        let mut a = sample();
        a.entities[0].mentions[0].end = 9;
        assert!(a.check(text).unwrap_err().contains("outside"));
        let mut a = sample();
        a.entities[0].mentions[0].text = "表示".into();
        assert!(a.check(text).unwrap_err().contains("not \"表示\""));
        let mut a = sample();
        a.relations.push(Relation {
            source: "e1".into(),
            target: "e9".into(),
            kind: RelationKind::Cooccurs,
            evidence: vec![0],
        });
        assert!(a.check(text).unwrap_err().contains("missing entity"));
        let mut a = sample();
        a.relations.push(Relation {
            source: "e1".into(),
            target: "e1".into(),
            kind: RelationKind::Cooccurs,
            evidence: vec![3],
        });
        assert!(a.check(text).unwrap_err().contains("not a sentence"));
    }
}
