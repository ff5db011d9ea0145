//! Entry point of the page's wasm: renders the app into `#app` (the page's static
//! skeleton shows until then, so the first paint does not wait for the wasm).

fn main() {
    // A panic's message goes to the console (the default is a bare "unreachable").
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
    // The first render runs in a task of its own: the browser finishes compiling and
    // instantiating the wasm in the task that calls `main`, and the two together would
    // hold the main thread longer than a task should.
    gloo_timers::callback::Timeout::new(0, || {
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
        match root {
            Some(root) => yew::Renderer::<newslens::components::app::App>::with_root(root).render(),
            None => yew::Renderer::<newslens::components::app::App>::new().render(),
        };
    })
    .forget();
}
