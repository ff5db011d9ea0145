//! Entry point of the page's wasm: renders the app.

fn main() {
    yew::Renderer::<newslens::components::app::App>::new().render();
}
