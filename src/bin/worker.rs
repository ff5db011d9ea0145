//! Entry point of the worker's wasm: registers the analysis reactor.

use newslens::agent::AnalysisReactor;
use yew_agent::Registrable;

fn main() {
    AnalysisReactor::registrar().register();
}
