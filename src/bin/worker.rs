//! Entry point of the worker's wasm: registers the analysis reactor
//! ([`newslens::agent::reactor`]).

use newslens::agent::AnalysisReactor;
use yew_agent::Registrable;

fn main() {
    AnalysisReactor::registrar().register();
}
