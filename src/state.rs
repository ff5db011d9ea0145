//! Page state and its reducer: the draft text, the date, the worker's status and the
//! latest analysis.

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
}

impl AppState {
    pub fn new(date: String) -> AppState {
        AppState {
            text: String::new(),
            date,
            status: Status::Loading,
            request: 0,
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
    },
    Result {
        id: u32,
        analysis: Rc<Analysis>,
        ms: f64,
        text: Rc<str>,
    },
    Failed {
        id: u32,
        message: String,
    },
    /// The worker died; it is being restarted.
    WorkerLost,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetText(t) => s.text = t,
            Action::SetDate(d) => s.date = d,
            Action::Sent { id, .. } => {
                s.request = id;
                if s.ready() {
                    s.status = Status::Analyzing;
                }
            }
            Action::WorkerReady { load_ms } => {
                s.load_ms = Some(load_ms);
                s.status = Status::Ready;
            }
            Action::Result { id, analysis, ms, text } => {
                if id == s.request {
                    s.analysis = Some(analysis);
                    s.analyzed_text = text;
                    s.analyze_ms = Some(ms);
                    s.status = Status::Ready;
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
        }
        Rc::new(s)
    }
}
