//! Page state and its reducer: the draft text, the date, the worker's status and the
//! latest analysis.

use crate::agent::Words;
use crate::files::FileError;
use crate::i18n::Lang;
use newslens_engine::Analysis;
use std::rc::Rc;
use yew::prelude::*;

/// Where the worker is.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// The dictionary is loading.
    Loading,
    /// Ready; nothing to analyze yet or results are current.
    Ready,
    /// A request is being analyzed.
    Analyzing,
    /// The last request failed with this message.
    Error(String),
}

/// A sortable column of the figures table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureColumn {
    /// The figure as written, in text order.
    Text,
    /// Money, percent or quantity.
    Kind,
    /// The normalized value.
    Value,
}

impl FigureColumn {
    /// The column's name in the page (`data-testid="sort-value"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            FigureColumn::Text => "text",
            FigureColumn::Kind => "kind",
            FigureColumn::Value => "value",
        }
    }
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub text: String,
    /// `YYYY-MM-DD`, or empty for "find it in the text".
    pub date: String,
    pub status: Status,
    /// The id of the newest request sent; older results are dropped.
    pub request: u32,
    pub analysis: Option<Rc<Analysis>>,
    /// The text that `analysis` belongs to (highlight offsets refer to it).
    pub analyzed_text: Rc<str>,
    pub load_ms: Option<f64>,
    pub analyze_ms: Option<f64>,
    /// Words and key terms of the analyzed text.
    pub words: Rc<Words>,
    /// Interface language.
    pub lang: Lang,
    /// The selected actor (entity id): its mentions are highlighted and the other views
    /// filtered to it.
    pub selected: Option<String>,
    /// Whether the article view shows word boundaries.
    pub show_words: bool,
    /// Figures table order: column and ascending.
    pub figure_sort: (FigureColumn, bool),
    /// A message for the user about the last page action (share, export).
    pub notice: Option<String>,
    /// Whether the worker loaded the NER model.
    pub model: bool,
    /// Chunks done and in all, while a long text is analyzed in chunks.
    pub progress: Option<(usize, usize)>,
    /// What became of the last file opened or dropped.
    pub file: Option<FileNote>,
    /// The date the last file gave, while it is the date in use.
    pub file_date: Option<String>,
    /// The text a loaded file replaced, until it is restored.
    pub replaced: Option<String>,
    /// The text the last file gave (a file loaded over it, unedited, keeps `replaced`).
    pub loaded: Option<String>,
}

/// What became of a file.
#[derive(Debug, Clone, PartialEq)]
pub enum FileNote {
    /// Loaded: its name.
    Loaded(String),
    /// Not loaded: why (the text is unchanged).
    Failed(FileError),
}

impl AppState {
    pub fn new(date: String, lang: Lang) -> AppState {
        AppState {
            words: Rc::new(Words::default()),
            lang,
            selected: None,
            show_words: false,
            figure_sort: (FigureColumn::Text, true),
            notice: None,
            model: false,
            text: String::new(),
            date,
            status: Status::Loading,
            request: 0,
            progress: None,
            file: None,
            file_date: None,
            replaced: None,
            loaded: None,
            analysis: None,
            analyzed_text: Rc::from(""),
            load_ms: None,
            analyze_ms: None,
        }
    }

    pub fn ready(&self) -> bool {
        !matches!(self.status, Status::Loading)
    }
}

/// What can happen to the state.
#[derive(Debug, Clone)]
pub enum Action {
    SetText(String),
    SetDate(String),
    /// A request with this id was sent for this text.
    Sent {
        id: u32,
        text: Rc<str>,
    },
    WorkerReady {
        load_ms: f64,
        model: bool,
    },
    Result {
        id: u32,
        analysis: Rc<Analysis>,
        words: Rc<Words>,
        ms: f64,
        text: Rc<str>,
    },
    Failed {
        id: u32,
        message: String,
    },
    /// Progress of the chunked analysis of request `id`.
    Progress {
        id: u32,
        done: usize,
        total: usize,
    },
    /// The worker died; it is being restarted.
    WorkerLost,
    /// The worker could not load its dictionary: nothing can be analyzed.
    Unavailable(String),
    SetLang(Lang),
    /// Select an actor, or clear the selection.
    Select(Option<String>),
    ToggleWords,
    /// Sort the figures by this column (again: reverse the order).
    SortFigures(FigureColumn),
    Notice(Option<String>),
    /// A file's text was loaded (after its `SetText`/`SetDate`); `replaced` is the
    /// text it replaced, if any, `date` the date it gave.
    FileLoaded {
        name: String,
        text: String,
        replaced: Option<String>,
        date: Option<String>,
    },
    /// A file was not loaded.
    FileFailed(FileError),
    /// The replaced text is back (or no longer offered).
    Restored,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetText(t) => s.text = t,
            Action::SetDate(d) => {
                if s.file_date.as_ref() != Some(&d) {
                    s.file_date = None;
                }
                s.date = d;
            }
            Action::FileLoaded { name, text, replaced, date } => {
                s.file = Some(FileNote::Loaded(name));
                s.loaded = Some(text);
                s.replaced = replaced;
                s.file_date = date;
            }
            Action::FileFailed(e) => s.file = Some(FileNote::Failed(e)),
            Action::Restored => {
                s.file = None;
                s.replaced = None;
                s.loaded = None;
            }
            Action::Progress { id, done, total } => {
                if id == s.request {
                    s.progress = Some((done, total));
                }
            }
            Action::Sent { id, .. } => {
                s.request = id;
                s.progress = None;
                if s.ready() {
                    s.status = Status::Analyzing;
                }
            }
            Action::WorkerReady { load_ms, model } => {
                s.load_ms = Some(load_ms);
                s.model = model;
                s.status = Status::Ready;
            }
            Action::Result { id, analysis, words, ms, text } => {
                if id == s.request {
                    if let Some(sel) = &s.selected {
                        if !analysis.entities.iter().any(|e| &e.id == sel) {
                            s.selected = None;
                        }
                    }
                    s.analysis = Some(analysis);
                    s.words = words;
                    s.analyzed_text = text;
                    s.analyze_ms = Some(ms);
                    s.status = Status::Ready;
                    s.progress = None;
                }
            }
            Action::Failed { id, message } => {
                if id == s.request {
                    s.status = Status::Error(message);
                }
            }
            Action::WorkerLost => {
                s.status = Status::Error("The analysis worker stopped; restarting it. Your text is kept.".into())
            }
            Action::Unavailable(m) => {
                s.status = Status::Error(format!("NewsLens could not start: {m}. Reload the page to try again."))
            }
            Action::SetLang(l) => s.lang = l,
            Action::Select(id) => s.selected = if s.selected == id { None } else { id },
            Action::ToggleWords => s.show_words = !s.show_words,
            Action::SortFigures(col) => {
                s.figure_sort = if s.figure_sort.0 == col { (col, !s.figure_sort.1) } else { (col, true) };
            }
            Action::Notice(n) => s.notice = n,
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_date_holds_until_the_user_sets_another_and_the_replaced_text_until_restored() {
        let s = Rc::new(AppState::new(String::new(), Lang::En));
        let s = s.reduce(Action::SetText("草稿".into())).reduce(Action::SetDate("2024-05-03".into()));
        let s = s.reduce(Action::FileLoaded {
            name: "a.html".into(),
            text: "文章".into(),
            replaced: Some("草稿".into()),
            date: Some("2024-05-03".into()),
        });
        assert_eq!(s.file_date.as_deref(), Some("2024-05-03"));
        assert_eq!(s.replaced.as_deref(), Some("草稿"));
        let failed = s.clone().reduce(Action::FileFailed(FileError::Binary));
        assert_eq!(failed.replaced.as_deref(), Some("草稿"), "a refused file changes nothing else");
        assert_eq!(failed.file, Some(FileNote::Failed(FileError::Binary)));
        assert_eq!(s.clone().reduce(Action::SetDate("2024-05-03".into())).file_date.as_deref(), Some("2024-05-03"));
        assert_eq!(s.clone().reduce(Action::SetDate("2024-06-01".into())).file_date, None);
        let restored = s.reduce(Action::Restored);
        assert_eq!((restored.replaced.clone(), restored.loaded.clone(), restored.file.clone()), (None, None, None));
    }
}
