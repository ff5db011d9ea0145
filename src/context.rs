//! The analysis context: one provider owns the state and, through the
//! `use_analysis_worker` hook, the worker bridge; any component reads them with
//! [`use_analysis`], a result panel with [`use_panel`].

use crate::agent::{AnalysisParts, AnalysisReactor, Words, WorkerInput, WorkerOutput};
use crate::i18n::Lang;
use crate::state::{Action, AppState, FigureColumn};
use gloo_timers::callback::Timeout;
use newslens_engine::Analysis;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;
use yew_agent::reactor::{use_reactor_bridge, ReactorEvent};

/// Results with more JSON than this are read over several tasks.
const DEFER_PARSE_BYTES: usize = 256 * 1024;
/// Milliseconds without an answer (plus 4 ms per KB of text) after which the worker
/// is taken for dead and replaced.
pub const WATCHDOG_MS: u32 = 8000;

/// Milliseconds of quiet typing before a new analysis is requested.
pub const DEBOUNCE_MS: u32 = 80;

/// What components get from the context.
#[derive(Clone)]
pub struct AnalysisHandle {
    pub state: UseReducerHandle<AppState>,
    /// Change the text (debounced re-analysis follows).
    pub set_text: Callback<String>,
    /// Change the reference date (re-analysis follows at once).
    pub set_date: Callback<String>,
    /// Set the text and the date and analyze at once (embed requests).
    pub analyze_now: Callback<(String, String)>,
    /// Any other state change (selection, language, view toggles).
    pub dispatch: Callback<Action>,
}

impl PartialEq for AnalysisHandle {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
    }
}

#[derive(Properties, PartialEq)]
pub struct AnalysisProviderProps {
    pub children: Children,
    pub initial_date: String,
    pub lang: Lang,
    /// Text to analyze at start (a share link or the saved draft).
    #[prop_or_default]
    pub initial_text: String,
    /// Called when the worker stopped answering: the page then starts a new worker.
    #[prop_or_default]
    pub on_lost: Callback<()>,
    /// Whether this provider replaces a worker that died (shown to the user).
    #[prop_or_default]
    pub restarted: bool,
    /// Send the worker a debug panic once it is ready (robustness test only).
    #[prop_or_default]
    pub debug_panic: bool,
    /// Keep the text as a draft in local storage (not in embeds: the host's article is
    /// not the user's draft).
    #[prop_or(true)]
    pub persist: bool,
}

/// Owns the state and the worker bridge.
#[function_component]
pub fn AnalysisProvider(props: &AnalysisProviderProps) -> Html {
    let state = use_reducer(|| {
        let mut s = AppState::new(props.initial_date.clone(), props.lang);
        s.text = props.initial_text.clone();
        if props.restarted {
            s.notice = Some(crate::i18n::t(props.lang, crate::i18n::Key::Restarted).to_string());
        }
        s
    });
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None).clone();
    let send_now = use_analysis_worker(state.clone(), props.on_lost.clone(), props.debug_panic);

    let set_text = {
        let state = state.clone();
        let send_now = send_now.clone();
        let pending = pending.clone();
        Callback::from(move |text: String| {
            state.dispatch(Action::SetText(text.clone()));
            let date = state.date.clone();
            let send_now = send_now.clone();
            *pending.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || send_now(text, date)));
        })
    };

    let set_date = {
        let state = state.clone();
        let send_now = send_now.clone();
        Callback::from(move |date: String| {
            state.dispatch(Action::SetDate(date.clone()));
            send_now(state.text.clone(), date);
        })
    };

    let analyze_now = {
        let state = state.clone();
        let send_now = send_now.clone();
        let pending = pending.clone();
        Callback::from(move |(text, date): (String, String)| {
            // An edit still waiting for its request is replaced by this text.
            pending.borrow_mut().take();
            state.dispatch(Action::SetText(text.clone()));
            state.dispatch(Action::SetDate(date.clone()));
            send_now(text, date);
        })
    };

    // Keep the draft across reloads (local storage; it never leaves the machine), on
    // every change; a text over 100 KB only with each analysis request (80 ms after
    // typing pauses), since it would cost a synchronous storage write per keystroke.
    {
        let (request, text) = (state.request, state.text.clone());
        let persist = props.persist;
        let big = text.len() > 100 * 1024;
        use_effect_with((if big { None } else { Some(text.clone()) }, request), move |_| {
            if persist {
                crate::storage::save_draft(&text)
            }
        });
    }
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let handle = AnalysisHandle { state, set_text, set_date, analyze_now, dispatch };
    html! {
        <ContextProvider<AnalysisHandle> context={handle}>
            { props.children.clone() }
        </ContextProvider<AnalysisHandle>>
    }
}

/// Sends a text and a date (`YYYY-MM-DD` or empty) to the worker at once.
type SendNow = Rc<dyn Fn(String, String)>;

/// The page's side of the worker: the bridge to a new [`AnalysisReactor`], its answers
/// turned into [`Action`]s on `state`, and the sender of analysis requests (each with
/// a fresh id and a watchdog that calls `on_lost` if the worker stops answering). The
/// worker's first message says where its assets are; once it is ready, the initial
/// text in `state` is sent (after a debug panic when `debug_panic` asks for one).
#[hook]
fn use_analysis_worker(state: UseReducerHandle<AppState>, on_lost: Callback<()>, debug_panic: bool) -> SendNow {
    let next_id = use_mut_ref(|| 0u32);
    // The text each request id was sent with, so results can be shown against it.
    let sent_texts = use_mut_ref(Vec::<(u32, Rc<str>)>::new);

    // The newest request id the worker answered (for the watchdog).
    let answered = use_mut_ref(|| 0u32);
    let watchdog: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None).clone();
    let bridge = {
        let state = state.clone();
        let sent_texts = sent_texts.clone();
        let answered = answered.clone();
        let on_lost = on_lost.clone();
        use_reactor_bridge::<AnalysisReactor, _>(move |event| match event {
            ReactorEvent::Output(out) => on_output(&state, &sent_texts, &answered, out),
            ReactorEvent::Finished => {
                state.dispatch(Action::WorkerLost);
                on_lost.emit(());
            }
        })
    };

    // The worker's first message: where its dictionary and model are.
    {
        let bridge = bridge.clone();
        use_effect_with((), move |_| {
            let a = crate::assets::assets();
            bridge.send(WorkerInput::Load { dictionary: a.dictionary, model: a.model });
        });
    }

    let send_now: SendNow = {
        let bridge = bridge.clone();
        let state = state.clone();
        let watchdog = watchdog.clone();
        let answered = answered.clone();
        let next_id = next_id.clone();
        let sent_texts = sent_texts.clone();
        Rc::new(move |text: String, date: String| {
            let id = {
                let mut n = next_id.borrow_mut();
                *n += 1;
                *n
            };
            let shared: Rc<str> = Rc::from(text.as_str());
            sent_texts.borrow_mut().push((id, shared.clone()));
            state.dispatch(Action::Sent { id, text: shared });
            let date = (!date.is_empty()).then_some(date);
            // A worker that panicked never answers: after the watchdog delay, replace it
            // (the text is kept: it is in the draft store and restored).
            let delay = WATCHDOG_MS + (text.len() / 256) as u32;
            let answered = answered.clone();
            let on_lost = on_lost.clone();
            let lost_state = state.clone();
            *watchdog.borrow_mut() = Some(Timeout::new(delay, move || {
                if *answered.borrow() < id {
                    lost_state.dispatch(Action::WorkerLost);
                    on_lost.emit(());
                }
            }));
            bridge.send(WorkerInput::Analyze { id, text, date });
        })
    };

    // Analyze the initial text (share link or saved draft) once the worker is ready.
    {
        let send_now = send_now.clone();
        let ready = state.ready();
        let text = state.text.clone();
        let date = state.date.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(ready, move |ready| {
            if *ready && *first.borrow() {
                *first.borrow_mut() = false;
                if debug_panic {
                    bridge.send(WorkerInput::DebugPanic);
                }
                if !text.is_empty() {
                    send_now(text, date);
                }
            }
        });
    }
    send_now
}

/// Takes one answer of the worker into the state. `sent_texts` holds the text of each
/// request id not yet answered, `answered` the newest id answered (for the watchdog).
fn on_output(
    state: &UseReducerHandle<AppState>,
    sent_texts: &RefCell<Vec<(u32, Rc<str>)>>,
    answered: &RefCell<u32>,
    out: WorkerOutput,
) {
    match out {
        WorkerOutput::Ready { load_ms, model } => state.dispatch(Action::WorkerReady { load_ms, model }),
        WorkerOutput::Result { id, json, words, ms } => {
            *answered.borrow_mut() = id;
            let text = sent_texts.borrow().iter().find(|(i, _)| *i == id).map(|(_, t)| t.clone());
            sent_texts.borrow_mut().retain(|(i, _)| *i >= id);
            wasm_bindgen_futures::spawn_local(read_result(state.clone(), id, json, words, ms, text));
        }
        WorkerOutput::Progress { id, done, total } => state.dispatch(Action::Progress { id, done, total }),
        WorkerOutput::Unavailable { message } => state.dispatch(Action::Unavailable(message)),
        WorkerOutput::Failed { id, message } => {
            *answered.borrow_mut() = id;
            state.dispatch(Action::Failed { id, message })
        }
    }
}

/// Reads result `id` (of `text`) into the state. A long text's result is read list by
/// list, a task each, and drawn in the next task: parsing megabytes of JSON and
/// drawing in one would make one long task. A short one is read and drawn at once.
async fn read_result(
    state: UseReducerHandle<AppState>,
    id: u32,
    json: AnalysisParts,
    words: String,
    ms: f64,
    text: Option<Rc<str>>,
) {
    let long = json.len() > DEFER_PARSE_BYTES;
    let yield_if_long = || async move {
        if long {
            gloo_timers::future::TimeoutFuture::new(0).await;
        }
    };
    let mut read = json.head();
    for k in 1..json.0.len() {
        let Ok(a) = read.as_mut() else { break };
        yield_if_long().await;
        if let Err(e) = json.read_list(k, a) {
            read = Err(e);
        }
    }
    let words = Rc::new(serde_json::from_str::<Words>(&words).unwrap_or_default());
    yield_if_long().await;
    match (read, text) {
        (Ok(a), Some(text)) => state.dispatch(Action::Result { id, analysis: Rc::new(a), words, ms, text }),
        (Err(message), _) => state.dispatch(Action::Failed { id, message }),
        (_, None) => {}
    }
}

/// The analysis state and its setters, from the nearest [`AnalysisProvider`].
#[hook]
pub fn use_analysis() -> AnalysisHandle {
    use_context::<AnalysisHandle>().expect("use_analysis needs an AnalysisProvider above it")
}

/// What the result panels see: the analysis handle, compared only by what the panels
/// show (the analysis, its text and words, selection, language, view options). Typing
/// changes the page state on every keystroke, but not this, so the panels — for a long
/// article, tens of thousands of highlighted spans — re-render only when results or
/// view options change, and typing stays responsive.
#[derive(Clone)]
pub struct PanelHandle {
    handle: AnalysisHandle,
    shown: Shown,
}

/// What the panels show, captured when the handle is made (the reducer handle itself
/// reads the latest state, so two handles cannot be told apart through it).
#[derive(Clone)]
struct Shown {
    analysis: Option<Rc<Analysis>>,
    text: Rc<str>,
    words: Rc<Words>,
    selected: Option<String>,
    lang: Lang,
    show_words: bool,
    figure_sort: (FigureColumn, bool),
}

impl PanelHandle {
    pub fn new(handle: AnalysisHandle) -> PanelHandle {
        let s = &handle.state;
        let shown = Shown {
            analysis: s.analysis.clone(),
            text: s.analyzed_text.clone(),
            words: s.words.clone(),
            selected: s.selected.clone(),
            lang: s.lang,
            show_words: s.show_words,
            figure_sort: s.figure_sort,
        };
        PanelHandle { handle, shown }
    }
}

impl PanelHandle {
    /// Whether both show the same analysis of the same text (whatever else differs).
    pub fn same_analysis(&self, other: &PanelHandle) -> bool {
        let (a, b) = (&self.shown, &other.shown);
        let same = match (&a.analysis, &b.analysis) {
            (Some(x), Some(y)) => Rc::ptr_eq(x, y),
            (None, None) => true,
            _ => false,
        };
        same && Rc::ptr_eq(&a.text, &b.text) && Rc::ptr_eq(&a.words, &b.words)
    }
}

impl PartialEq for PanelHandle {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.shown, &other.shown);
        self.same_analysis(other)
            && a.selected == b.selected
            && a.lang == b.lang
            && a.show_words == b.show_words
            && a.figure_sort == b.figure_sort
    }
}

/// The analysis handle for a result panel, from the [`PanelHandle`] that
/// [`crate::components::results::Results`] provides.
#[hook]
pub fn use_panel() -> AnalysisHandle {
    use_context::<PanelHandle>().expect("use_panel needs the Results panel context").handle
}
