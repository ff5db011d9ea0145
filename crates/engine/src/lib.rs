//! NewsLens engine: text in, [`Analysis`] out. No web, no IO, deterministic.
//!
//! The pipeline, stage by stage (each stage is a module; ARCHITECTURE.md draws it):
//! [`text`] (script detection and normalization) → [`segment`] (jieba-rs words and
//! sentences) → `entities` (mentions, alias merging, roles; with [`ner`]'s learned
//! mentions) → `times` (time expressions to EDTF) → `quantities` → `claims` (who said
//! what) → `events` (dated clauses) → `relations` (the actor graph). The stages after
//! segmentation read one per-document context (`context`, with the references that
//! `references` links after the entities: 他, 總統, 該公司) built once in
//! [`Analyzer::analyze`]. All offsets are char indices into the original text.
//!
//! The public API is what the app, the CLI, the JS crate, the benches and the fuzz
//! targets use: [`Analyzer`], the [`analysis`] types, [`chunks`] (long texts), [`date`],
//! [`dictfmt`] (the packed dictionary), and for the tools [`text`], [`segment`],
//! [`gazetteer`] and [`ner`].

pub mod analysis;
pub mod chunks;
mod claims;
mod context;
pub mod date;
pub mod dictfmt;
mod entities;
mod events;
pub mod gazetteer;
mod hash;
pub mod ner;
mod numbers;
mod quantities;
mod references;
mod relations;
pub mod segment;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod testdata;
pub mod text;
mod times;

pub use analysis::*;
pub use date::Date;
pub use segment::{Pos, Token};

use context::{Doc, EntityIndex};
use jieba_rs::Jieba;
use text::{ScriptTables, Text};

/// Analyzer settings.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Leave the place list (`data/places.tsv`) out of the gazetteer. The learned tagger
    /// is trained this way: its gazetteer features read the curated gazetteer only,
    /// and the list is a rule signal at analysis time (trained with the list, the
    /// tagger scored lower on the articles' check half and on UNER; eval/README.md).
    pub without_place_list: bool,
}

/// A document to analyze.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    pub text: &'a str,
    /// The date relative expressions resolve against; when `None`, a date line in the
    /// text is used if one is found.
    pub reference_date: Option<Date>,
}

/// Holds the loaded resources (dictionary, tables, gazetteer). Build it once; it is
/// cheap to call [`Analyzer::analyze`] many times.
pub struct Analyzer {
    jieba: Jieba,
    tables: ScriptTables,
    gazetteer: gazetteer::Gazetteer,
    /// The learned tagger, when a model has been loaded.
    ner: Option<ner::Model>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer").finish_non_exhaustive()
    }
}

/// The segmentation dictionary NewsLens ships: jieba's dictionary pruned to the words
/// seen at least ten times plus every place and organization name (`make dict`; the
/// tradeoff table is in BENCHMARKS.md), packed ([`dictfmt`]; [`dictfmt::entries`]
/// reads its entries). The browser loads the same file as a separate, cacheable asset,
/// so it is compiled in only with the `embedded-dict` feature (the CLI, tests and
/// benches).
#[cfg(feature = "embedded-dict")]
pub const DICTIONARY: &str = include_str!("../data/dict-packed.txt");

/// A packed dictionary's entries added to jieba one by one: what jieba's loader makes of
/// the plain lines (the same records in the same order, the same total frequency),
/// without writing and parsing them.
fn load_packed(packed: &str) -> Result<Jieba, String> {
    let mut jieba = Jieba::empty();
    let mut entries = dictfmt::Decoder::new(packed)?;
    while add_next(&mut jieba, &mut entries)? {}
    Ok(jieba)
}

/// Adds the next entry; false after the last. A function of its own, not inlined: a
/// browser runs wasm in quickly compiled code first and optimizes a function only once
/// it has run a while, which a loop that runs once never is, while this one is, early
/// on (in Chromium, the first load took about 1.4 times as long with the loop whole).
#[inline(never)]
fn add_next(jieba: &mut Jieba, entries: &mut dictfmt::Decoder<'_>) -> Result<bool, String> {
    let Some((word, freq, tag)) = entries.next_entry()? else { return Ok(false) };
    let freq = usize::try_from(freq).map_err(|_| format!("frequency {freq} of {word} too large"))?;
    jieba.add_word(word, Some(freq), Some(tag));
    Ok(true)
}

impl Analyzer {
    /// Loads the built-in dictionary and the data tables.
    #[cfg(feature = "embedded-dict")]
    pub fn new(config: Config) -> Analyzer {
        // The built-in dictionary is checked by the tests, so this cannot fail.
        Self::with_dictionary(config, DICTIONARY).expect("the built-in dictionary is well formed")
    }

    /// Loads a segmentation dictionary and the data tables. The dictionary is either in
    /// jieba's format (`word freq [tag]` per line) or packed ([`dictfmt`], told apart by
    /// its header); both give the same segmenter. Fails with a message on a malformed
    /// line or section.
    pub fn with_dictionary(config: Config, dictionary: &str) -> Result<Analyzer, String> {
        let tables = ScriptTables::new();
        let gazetteer = gazetteer::Gazetteer::new(&tables, !config.without_place_list);
        let jieba = if dictfmt::is_packed(dictionary) {
            load_packed(dictionary)
        } else {
            Jieba::with_dict(&mut dictionary.as_bytes()).map_err(|e| e.to_string())
        };
        let mut jieba = jieba.map_err(|e| format!("bad dictionary: {e}"))?;
        gazetteer.teach(&mut jieba);
        Ok(Analyzer { jieba, tables, gazetteer, ner: None })
    }

    /// The script conversion tables (for callers that compare names, like `eval`).
    pub fn tables(&self) -> &ScriptTables {
        &self.tables
    }

    /// Loads a NER model file (see [`ner`]); its mentions then join the entity rules.
    pub fn load_ner(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.ner = Some(ner::Model::from_bytes(bytes)?);
        Ok(())
    }

    /// Whether a NER model is loaded.
    pub fn has_ner(&self) -> bool {
        self.ner.is_some()
    }

    /// The NER tags of one sentence (any text; it is normalized first): one tag index
    /// into [`ner::TAGS`] per char, or `None` without a model.
    pub fn ner_tags(&self, sentence: &str) -> Option<Vec<usize>> {
        let model = self.ner.as_ref()?;
        let t = Text::new(sentence, &self.tables);
        let tokens = self.tokens(&t);
        Some(model.tag(&ner::Context { chars: &t.norm, tokens: &tokens, offset: 0, gaz: &self.gazetteer }))
    }

    /// NER features of one sentence (for training).
    pub fn ner_features(&self, sentence: &str) -> Vec<Vec<u64>> {
        let t = Text::new(sentence, &self.tables);
        let tokens = self.tokens(&t);
        ner::features(&ner::Context { chars: &t.norm, tokens: &tokens, offset: 0, gaz: &self.gazetteer })
    }

    /// Model mentions `(start, end, type)` over the whole text, sentence by sentence.
    fn ner_mentions(
        &self,
        text: &Text<'_>,
        tokens: &[Token],
        sentences: &[(usize, usize)],
    ) -> Vec<(usize, usize, analysis::EntityKind)> {
        let Some(model) = &self.ner else { return Vec::new() };
        let mut out = Vec::new();
        // Sentences and tokens are both in text order: one cursor walks the tokens.
        let mut from = 0;
        for &(s, e) in sentences {
            // Tokens are sorted and cover the text: the sentence's run, less a last one
            // that runs past its end.
            while from < tokens.len() && tokens[from].start < s {
                from += 1;
            }
            let mut to = from;
            while to < tokens.len() && tokens[to].start < e {
                to += 1;
            }
            if to > from && tokens[to - 1].end > e {
                to -= 1;
            }
            let ctx =
                ner::Context { chars: &text.norm[s..e], tokens: &tokens[from..to], offset: s, gaz: &self.gazetteer };
            let tags = model.tag(&ctx);
            out.extend(ner::spans(&tags).into_iter().map(|(a, b, ty)| (a + s, b + s, ty)));
        }
        out
    }

    /// The segmentation, with a POS guess for new words that look like names.
    fn tokens(&self, text: &Text<'_>) -> Vec<Token> {
        let mut tokens = segment::segment(&self.jieba, text);
        entities::guess_unknown_pos(&self.gazetteer, &mut tokens);
        tokens
    }

    /// The gazetteer (for benchmarks and tools that run one stage alone).
    pub fn gazetteer(&self) -> &gazetteer::Gazetteer {
        &self.gazetteer
    }

    /// The entity stage alone over `text` (for benchmarks): the text is segmented once
    /// here; each call of the returned closure runs the stage (rules only, no model) and
    /// returns the number of entities.
    #[doc(hidden)]
    pub fn entity_stage<'a>(&'a self, text: &'a str) -> impl Fn() -> usize + 'a {
        let t = Text::new(text, &self.tables);
        let tokens = self.tokens(&t);
        let sentences = segment::sentences(&t);
        let d = Doc::new(t, tokens, sentences, text::detect_script(text, &self.tables));
        move || entities::extract(&d, &self.gazetteer, &[]).entities.len()
    }

    /// The segmenter (for benchmarks and tools that run one stage alone).
    pub fn jieba(&self) -> &Jieba {
        &self.jieba
    }

    /// The article's key terms by TextRank over the segmentation (nouns, names, verbal
    /// nouns and English words), best first, as written in the original text.
    pub fn keywords(&self, text: &str, top: usize) -> Vec<(String, f64)> {
        use jieba_rs::KeywordExtract;
        let t = Text::new(text, &self.tables);
        let pos = ["n", "nr", "ns", "nt", "nz", "vn", "eng", "nrt", "nrfg"].map(String::from).to_vec();
        let found = jieba_rs::TextRank::default().extract_keywords(&self.jieba, &t.norm_string, top, pos);
        found
            .into_iter()
            .filter_map(|k| {
                // Show the term as the article writes it (Traditional stays Traditional).
                let byte = t.norm_string.find(&k.keyword)?;
                let start = t.char_at_norm_byte(byte);
                Some((t.slice(start, start + k.keyword.chars().count()), k.weight))
            })
            .collect()
    }

    /// Word boundaries alone, `(start, end)` in chars: the fastest path through the
    /// segmenter (no POS tags, no strings), for callers that only cut text into words.
    pub fn word_spans(&self, text: &str) -> Vec<(usize, usize)> {
        // The normalized string alone (what `Text::new` builds besides is not needed).
        let norm: String = text.chars().map(|c| self.tables.fold(c)).collect();
        self.jieba.cut(&norm, true).into_iter().map(|w| (w.start, w.end)).collect()
    }

    /// The segmentation alone, for the Words view.
    pub fn segment(&self, text: &str) -> Vec<Token> {
        let t = Text::new(text, &self.tables);
        self.tokens(&t)
    }

    /// Runs the whole pipeline.
    pub fn analyze(&self, doc: &Document<'_>) -> Analysis {
        let text = Text::new(doc.text, &self.tables);
        let tokens = self.tokens(&text);
        let sentences = segment::sentences(&text);
        let d = Doc::new(text, tokens, sentences, text::detect_script(doc.text, &self.tables));

        let (reference, source) = match doc.reference_date {
            Some(day) => (Some(day), DateSource::User),
            None => match times::find_dateline(&d.text) {
                Some(day) => (Some(day), DateSource::Text),
                None => (None, DateSource::None),
            },
        };

        let learned = self.ner_mentions(&d.text, &d.tokens, &d.sentences);
        let entities = entities::extract(&d, &self.gazetteer, &learned);
        let times = times::extract(&d.text, reference);
        let quantities = quantities::extract(&d.text, &times);
        let index = EntityIndex::new(&d.text, &entities.entities);
        let refs = references::resolve(&d, &index, &self.gazetteer);
        let index = index.with_references(refs);
        let claims = claims::extract(&d, &index, &times);
        let claim_summary = claims::summarize(&claims);
        let events = events::extract(&d, &index, &times);
        let relations = relations::build(&d.sentences, &entities);
        let refs = index.references;
        let mut entities = entities;
        references::add_mentions(&d.text, &mut entities.entities, &refs);
        let sentences = d.sentences.spans();

        Analysis {
            schema: SCHEMA.to_string(),
            reference_date: reference.map(|d| d.to_string()),
            reference_date_source: source,
            script: d.script,
            sentences: sentences.iter().map(|&(start, end)| Span { start, end }).collect(),
            entities: entities.entities,
            relations,
            times,
            quantities,
            claims,
            claim_summary,
            events,
        }
    }
}
