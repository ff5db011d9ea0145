//! The JavaScript shape of an analysis: camelCase fields and UTF-16 offsets, converted
//! by hand from the engine's [`Analysis`] so the engine's own schema (snake_case, code
//! point offsets, the CLI's JSON) never has to bend to the web.
//!
//! Every `start`/`end` here is a UTF-16 code unit index into the text the caller
//! passed, end exclusive: `text.slice(start, end)` is the span in JavaScript
//! (converted by [`crate::offsets`]).

use crate::offsets::Utf16;
use newslens_engine::{analysis as a, Analysis, Token};
use serde::Serialize;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisDto {
    pub schema: String,
    pub reference_date: Option<String>,
    pub reference_date_source: a::DateSource,
    pub script: a::Script,
    pub sentences: Vec<SpanDto>,
    pub entities: Vec<EntityDto>,
    pub relations: Vec<RelationDto>,
    pub times: Vec<TimeDto>,
    pub quantities: Vec<QuantityDto>,
    pub claims: Vec<ClaimDto>,
    pub claim_summary: ClaimSummaryDto,
    pub events: Vec<EventDto>,
}

#[derive(Debug, Serialize)]
pub struct SpanDto {
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Serialize)]
pub struct EntityDto {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: a::EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub mentions: Vec<MentionDto>,
}

#[derive(Debug, Serialize)]
pub struct MentionDto {
    pub start: u32,
    pub end: u32,
    pub text: String,
    /// `name`, `title` or `pronoun` (the reference step's links), as the CLI writes it.
    pub kind: a::MentionKind,
}

#[derive(Debug, Serialize)]
pub struct RelationDto {
    pub source: String,
    pub target: String,
    pub kind: a::RelationKind,
    /// Indices into `sentences`.
    pub evidence: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct TimeDto {
    pub start: u32,
    pub end: u32,
    pub text: String,
    pub value: Option<String>,
    pub kind: a::TimeKind,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuantityDto {
    pub start: u32,
    pub end: u32,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: a::QuantityKind,
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    pub unit: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimDto {
    pub speaker: Option<String>,
    pub speaker_text: String,
    pub source_kind: a::SourceKind,
    pub cue: String,
    pub content: String,
    pub quoted: bool,
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Serialize)]
pub struct ClaimSummaryDto {
    pub named: usize,
    pub organization: usize,
    pub group: usize,
    pub anonymous: usize,
}

#[derive(Debug, Serialize)]
pub struct EventDto {
    pub date: Option<String>,
    /// Index into `times`.
    pub time: usize,
    pub sentence: String,
    pub start: u32,
    pub end: u32,
    pub actors: Vec<String>,
}

/// One word of the segmentation.
#[derive(Debug, Serialize)]
pub struct TokenDto {
    pub start: u32,
    pub end: u32,
    pub pos: String,
}

impl AnalysisDto {
    /// Converts `analysis` of `text`, re-basing every offset on UTF-16.
    pub fn new(analysis: Analysis, text: &str) -> AnalysisDto {
        let u = Utf16::new(text);
        let span = |s: usize, e: usize| (u.at(s), u.at(e));
        AnalysisDto {
            schema: analysis.schema,
            reference_date: analysis.reference_date,
            reference_date_source: analysis.reference_date_source,
            script: analysis.script,
            sentences: analysis
                .sentences
                .iter()
                .map(|s| {
                    let (start, end) = span(s.start, s.end);
                    SpanDto { start, end }
                })
                .collect(),
            entities: analysis.entities.into_iter().map(|e| entity(e, &u)).collect(),
            relations: analysis
                .relations
                .into_iter()
                .map(|r| RelationDto { source: r.source, target: r.target, kind: r.kind, evidence: r.evidence })
                .collect(),
            times: analysis
                .times
                .into_iter()
                .map(|t| TimeDto { start: u.at(t.start), end: u.at(t.end), text: t.text, value: t.value, kind: t.kind })
                .collect(),
            quantities: analysis.quantities.into_iter().map(|q| quantity(q, &u)).collect(),
            claims: analysis.claims.into_iter().map(|c| claim(c, &u)).collect(),
            claim_summary: ClaimSummaryDto {
                named: analysis.claim_summary.named,
                organization: analysis.claim_summary.organization,
                group: analysis.claim_summary.group,
                anonymous: analysis.claim_summary.anonymous,
            },
            events: analysis
                .events
                .into_iter()
                .map(|e| EventDto {
                    date: e.date,
                    time: e.time,
                    sentence: e.sentence,
                    start: u.at(e.start),
                    end: u.at(e.end),
                    actors: e.actors,
                })
                .collect(),
        }
    }
}

fn entity(e: a::Entity, u: &Utf16) -> EntityDto {
    EntityDto {
        id: e.id,
        kind: e.kind,
        name: e.name,
        aliases: e.aliases,
        roles: e.roles,
        mentions: e
            .mentions
            .into_iter()
            .map(|m| MentionDto { start: u.at(m.start), end: u.at(m.end), text: m.text, kind: m.kind })
            .collect(),
    }
}

fn quantity(q: a::Quantity, u: &Utf16) -> QuantityDto {
    QuantityDto {
        start: u.at(q.start),
        end: u.at(q.end),
        text: q.text,
        kind: q.kind,
        value: q.value,
        value_max: q.value_max,
        unit: q.unit,
    }
}

fn claim(c: a::Claim, u: &Utf16) -> ClaimDto {
    ClaimDto {
        speaker: c.speaker,
        speaker_text: c.speaker_text,
        source_kind: c.source_kind,
        cue: c.cue,
        content: c.content,
        quoted: c.quoted,
        start: u.at(c.start),
        end: u.at(c.end),
    }
}

/// The segmentation with UTF-16 offsets.
pub fn tokens(tokens: Vec<Token>, text: &str) -> Vec<TokenDto> {
    let u = Utf16::new(text);
    tokens.into_iter().map(|t| TokenDto { start: u.at(t.start), end: u.at(t.end), pos: t.pos.to_string() }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use newslens_engine::{Analyzer, Config, Date, Document};

    /// Slices `text` by UTF-16 offsets, as JavaScript's `String.prototype.slice` does.
    fn js_slice(text: &str, start: u32, end: u32) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start as usize..end as usize]).unwrap()
    }

    #[test]
    fn every_mention_slices_to_its_text_with_emoji_and_extension_b() {
        let text = "👩‍👩‍👧 2025年10月24日，𠀀𠀁公司執行長王小明週一表示：「我們會擴張。」😀台積電也說，營收成長。";
        let analyzer = Analyzer::new(Config::default());
        let analysis = analyzer.analyze(&Document { text, reference_date: Date::parse("2025-10-24") });
        assert!(!analysis.entities.is_empty() && !analysis.times.is_empty());
        let dto = AnalysisDto::new(analysis, text);
        for e in &dto.entities {
            for m in &e.mentions {
                assert_eq!(js_slice(text, m.start, m.end), m.text);
            }
        }
        for t in &dto.times {
            assert_eq!(js_slice(text, t.start, t.end), t.text);
        }
        for q in &dto.quantities {
            assert_eq!(js_slice(text, q.start, q.end), q.text);
        }
    }

    #[test]
    fn fields_are_camel_case() {
        let analyzer = Analyzer::new(Config::default());
        let text = "據知情人士透露，公司將裁員。";
        let dto = AnalysisDto::new(analyzer.analyze(&Document { text, reference_date: None }), text);
        let json = serde_json::to_string(&dto).unwrap();
        for key in ["referenceDate", "referenceDateSource", "claimSummary", "speakerText", "sourceKind"] {
            assert!(json.contains(&format!("\"{key}\"")), "{key} missing in {json}");
        }
        assert!(!json.contains("_date") && !json.contains("source_kind"));
    }
}
