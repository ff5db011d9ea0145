//! A long text analyzed in chunks and merged is a valid analysis of the whole
//! text — offsets on it, ids and indices that resolve, one entity per actor across
//! chunks — and finds what the whole-text analysis finds in each chunk.

use newslens_engine::chunks::{chunks, merge};
use newslens_engine::{Analyzer, Config, Date, Document};

const STORY: &str = "\
台北市政府週一表示，捷運環狀線北環段將於明年底通車。市長蔣萬安說：「通車後通勤時間可縮短 20 分鐘。」
經濟部本週三公布，上月外銷訂單年增 12%。部長郭智輝表示，AI 伺服器需求仍強。
據知情人士透露，台積電去年9月曾與輝達洽談合作。分析師認為，明年競爭將更激烈。
";

#[test]
fn chunked_analysis_merges_into_a_valid_whole() {
    let text = STORY.repeat(40);
    let analyzer = Analyzer::new(Config::default());
    let date = Date::parse("2025-10-24");
    let parts: Vec<(usize, _)> = chunks(&text, 1_000)
        .into_iter()
        .map(|(s, e)| {
            let piece: String = text.chars().skip(s).take(e - s).collect();
            (s, analyzer.analyze(&Document { text: &piece, reference_date: date }))
        })
        .collect();
    assert!(parts.len() > 5, "{} chunks", parts.len());
    let per_chunk_entities: usize = parts.iter().map(|(_, a)| a.entities.len()).sum();
    let merged = merge(parts);
    // Offsets on the whole text; every id, sentence and time index resolves.
    merged.check(&text).unwrap();
    // One entity per actor: the same names in every chunk merge.
    assert!(merged.entities.len() < per_chunk_entities / 5, "{} entities", merged.entities.len());
    let mut ids: Vec<&str> = merged.entities.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), merged.entities.len(), "entity ids are unique");
    let mayor = merged.entities.iter().find(|e| e.name.contains("蔣萬安")).expect("蔣萬安");
    assert_eq!(mayor.mentions.len(), 40);
    assert_eq!(
        merged.claim_summary.named
            + merged.claim_summary.organization
            + merged.claim_summary.group
            + merged.claim_summary.anonymous,
        merged.claims.len()
    );
    assert_eq!(merged.claims.len() % 40, 0);
    assert_eq!(merged.script, newslens_engine::Script::Traditional);
    assert_eq!(merged.reference_date.as_deref(), Some("2025-10-24"));
}
