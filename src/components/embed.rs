//! The embed view: only the chosen panels, driven by `newslens:analyze` messages from
//! the host page, answering the sender and telling it the content's height (see
//! [`crate::embed`] for the protocol).

use crate::components::{results::Results, status_bar::StatusBar};
use crate::context::use_analysis;
use crate::embed::{origin_allowed, parse_request, EmbedParams};
use crate::state::Status;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    pub params: EmbedParams,
}

/// A window that sent an accepted request, and what it asked.
struct Sender {
    window: web_sys::Window,
    origin: String,
    id: JsValue,
    text: String,
}

/// Posts `{ type, …fields }` to `to` with `origin` as the only allowed target.
fn post(to: &web_sys::Window, origin: &str, kind: &str, fields: &[(&str, JsValue)]) {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&msg, &(*k).into(), v);
    }
    let _ = to.post_message(&msg, origin);
}

#[function_component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    let h = use_analysis();
    let pending: Rc<RefCell<Vec<Sender>>> = use_mut_ref(Vec::new).clone();
    // The last accepted sender gets the resize messages.
    let last: Rc<RefCell<Option<(web_sys::Window, String)>>> = use_mut_ref(|| None).clone();
    let root = use_node_ref();

    // Listen for requests.
    {
        let analyze_now = h.analyze_now.clone();
        let pending = pending.clone();
        let last = last.clone();
        let origins = props.params.origins.clone();
        // A request without a date uses the embed URL's date, if any.
        let default_date = props.params.date.clone();
        use_effect_with((), move |_| {
            let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let origin = event.origin();
                if !origin_allowed(&origins, &origin) {
                    return;
                }
                let Some(request) = parse_request(&event.data()) else { return };
                let Some(window) = event.source().map(|s| s.unchecked_into::<web_sys::Window>()) else { return };
                *last.borrow_mut() = Some((window.clone(), origin.clone()));
                pending.borrow_mut().push(Sender { window, origin, id: request.id, text: request.text.clone() });
                let date = if request.date.is_empty() { default_date.clone() } else { request.date };
                analyze_now.emit((request.text, date));
            });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
                // Tell the parent the embed can take requests (no data in it, so any
                // origin may see it).
                if let Ok(Some(parent)) = w.parent() {
                    let msg = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&msg, &"type".into(), &"newslens:ready".into());
                    let _ = parent.post_message(&msg, "*");
                }
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
                }
            }
        });
    }

    // Answer the senders when their analysis (or a failure) arrives.
    {
        let pending = pending.clone();
        let state = h.state.clone();
        let key = (state.analysis.as_ref().map(|a| Rc::as_ptr(a) as usize), state.status.clone());
        use_effect_with(key, move |_| {
            let mut queue = pending.borrow_mut();
            if let (Some(analysis), Status::Ready) = (&state.analysis, &state.status) {
                let text: &str = &state.analyzed_text;
                if let Some(pos) = queue.iter().rposition(|s| s.text == text) {
                    let dto = newslens_js::dto::AnalysisDto::new((**analysis).clone(), text);
                    let value = serde::Serialize::serialize(&dto, &serde_wasm_bindgen::Serializer::json_compatible())
                        .unwrap_or(JsValue::NULL);
                    for (i, s) in queue.drain(..=pos).enumerate() {
                        if i == pos {
                            post(&s.window, &s.origin, "newslens:result", &[("id", s.id), ("analysis", value.clone())]);
                        } else {
                            let msg = "superseded by a newer request".into();
                            post(&s.window, &s.origin, "newslens:error", &[("id", s.id), ("message", msg)]);
                        }
                    }
                }
            } else if let Status::Error(message) = &state.status {
                for s in queue.drain(..) {
                    post(&s.window, &s.origin, "newslens:error", &[("id", s.id), ("message", message.as_str().into())]);
                }
            }
        });
    }

    // Report the content's height to the last sender whenever it changes.
    {
        let root = root.clone();
        let last = last.clone();
        use_effect_with((), move |_| {
            let reported = Rc::new(RefCell::new(0i32));
            let on_resize = Closure::<dyn Fn()>::new({
                let root = root.clone();
                move || {
                    let Some(el) = root.cast::<web_sys::HtmlElement>() else { return };
                    let height = el.offset_height() + 16;
                    if *reported.borrow() == height {
                        return;
                    }
                    if let Some((w, origin)) = &*last.borrow() {
                        *reported.borrow_mut() = height;
                        post(w, origin, "newslens:resize", &[("height", height.into())]);
                    }
                }
            });
            let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(el)) = (&observer, root.cast::<web_sys::Element>()) {
                o.observe(&el);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_resize);
            }
        });
    }

    html! {
        <div class="embed" ref={root} data-testid="embed" data-panels={props.params.panels.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(",")}>
            <StatusBar />
            <Results panels={Some(props.params.panels.clone())} />
        </div>
    }
}
