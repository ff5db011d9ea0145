// NewsLens JS API: the analysis engine alone (no UI), as an ES module.
//
//   import * as NewsLens from './lib/newslens.js';
//   const analyzer = await NewsLens.load();                 // dictionary + model next to this file
//   const a = analyzer.analyze(text, { referenceDate: '2025-10-24' });
//   text.slice(a.entities[0].mentions[0].start, a.entities[0].mentions[0].end)  // the mention
//
// Offsets are UTF-16 code unit indices (JavaScript string indices), end exclusive.
// Everything runs locally: the only requests are for this package's own files.
//
// In Node (>= 20) the same module works: `file:` URLs (the package's own files, by
// default) are read with node:fs, which is imported only then, so browsers and
// bundlers never load it. `analyzeAsync` and `load({ worker: true })` need a browser
// Worker; in Node they say so.
import init, { Engine, version as engineVersion, memoryBytes as engineMemory } from './newslens_js.js';

const here = (name) => new URL(name, import.meta.url).href;

/** Whether `url` names a local file (Node reads those from disk; fetch cannot). */
function isFileUrl(url) {
  return String(url).startsWith('file:');
}

/** The bytes at `url`: from disk for `file:` URLs, else fetched. */
async function loadBytes(url, what) {
  if (isFileUrl(url)) {
    const fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises').catch(() => null);
    if (!fs) throw new Error(`NewsLens: cannot load the ${what} from ${url}: file: URLs need Node (node:fs)`);
    try {
      const data = await fs.readFile(new URL(String(url)));
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    } catch (e) {
      throw new Error(`NewsLens: cannot load the ${what} from ${url} (${e.code ?? e.message})`);
    }
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`NewsLens: cannot load the ${what} from ${url} (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

let initialized = null;
function initWasm(wasmUrl) {
  const url = wasmUrl ?? here('newslens_js_bg.wasm');
  // wasm-bindgen's init fetches a URL; a file is handed over as its bytes.
  initialized ??= (isFileUrl(url) ? loadBytes(url, 'engine (wasm)') : Promise.resolve(url))
    .then((source) => init({ module_or_path: source }));
  return initialized;
}

/** The error of the Worker-based API where there is no Worker (Node). */
function noWorker() {
  return new Error('NewsLens: analyzeAsync and load({ worker: true }) need a browser Worker, which this runtime '
    + '(Node?) lacks; use analyze(), which runs on the calling thread');
}

function options(opts) {
  const o = opts ?? {};
  if (typeof o !== 'object') throw new TypeError('NewsLens: options must be an object');
  return o;
}

/** The analyzer on the calling thread, with a worker-backed `analyzeAsync`. */
export class Analyzer {
  #engine;
  #loadOptions;
  #worker = null;

  /** @internal use `load()` */
  constructor(engine, loadOptions) {
    this.#engine = engine;
    this.#loadOptions = loadOptions;
  }

  /** Whether the NER model was loaded (without it the rules still work). */
  get hasModel() { return this.#engine.hasModel(); }

  /** Analyzes `text`; blocks the calling thread (a few ms for a news article). */
  analyze(text, opts) {
    if (typeof text !== 'string') throw new TypeError('NewsLens: analyze(text) needs a string');
    const o = options(opts);
    return this.#engine.analyze(text, o.referenceDate ?? '', o.maxBytes);
  }

  /** Same result as `analyze`, computed in a Worker (started on first use). */
  analyzeAsync(text, opts) {
    if (typeof Worker === 'undefined') return Promise.reject(noWorker());
    this.#worker ??= new AsyncAnalyzer(this.#loadOptions);
    return this.#worker.analyzeAsync(text, opts);
  }

  /** The segmentation: `[{ start, end, pos }]`. */
  segment(text) { return this.#engine.segment(text); }

  /** The segmentation as an array of words (they join back into `text`). */
  cut(text) {
    const ends = this.#engine.wordEnds(text);
    const words = new Array(ends.length);
    let start = 0;
    for (let i = 0; i < ends.length; i++) {
      words[i] = text.slice(start, ends[i]);
      start = ends[i];
    }
    return words;
  }

  /** The number of words of the segmentation (segmentation speed without building strings). */
  countWords(text) { return this.#engine.countWords(text); }

  /** Key terms, best first: `[[term, weight]]`. */
  keywords(text, top = 15) { return this.#engine.keywords(text, top); }

  /** Frees the engine's memory and stops the worker, if any. */
  free() {
    this.#worker?.terminate();
    this.#engine.free();
  }
}

/** An analyzer that lives entirely in a Worker: nothing blocks the calling thread. */
export class AsyncAnalyzer {
  #worker;
  #next = 1;
  #pending = new Map();
  #ready;

  constructor(loadOptions) {
    if (typeof Worker === 'undefined') throw noWorker();
    this.#worker = new Worker(here('newslens-worker.js'), { type: 'module' });
    this.#worker.onmessage = (event) => {
      const { id, ok, result, error } = event.data ?? {};
      const p = this.#pending.get(id);
      if (!p) return;
      this.#pending.delete(id);
      ok ? p.resolve(result) : p.reject(new Error(error));
    };
    this.#worker.onerror = (event) => {
      const error = new Error(`NewsLens worker failed: ${event.message ?? 'unknown error'}`);
      for (const p of this.#pending.values()) p.reject(error);
      this.#pending.clear();
    };
    this.#ready = this.#call('load', serializable(loadOptions));
  }

  #call(op, args) {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, op, args });
    });
  }

  /** Resolves when the worker has loaded the dictionary and the model. */
  ready() { return this.#ready; }

  async analyzeAsync(text, opts) {
    if (typeof text !== 'string') throw new TypeError('NewsLens: analyzeAsync(text) needs a string');
    await this.#ready;
    return this.#call('analyze', { text, opts: serializable(options(opts)) });
  }

  terminate() {
    this.#worker.terminate();
    for (const p of this.#pending.values()) p.reject(new Error('NewsLens worker terminated'));
    this.#pending.clear();
  }
}

function serializable(o) {
  const out = {};
  for (const [k, v] of Object.entries(o ?? {})) {
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[k] = v;
    else if (v instanceof URL) out[k] = v.href;
  }
  return out;
}

/**
 * Loads the engine, its dictionary and (unless `modelUrl: null`) the NER model.
 * With `{ worker: true }` everything loads in a Worker and the result has only
 * `analyzeAsync`.
 */
export async function load(opts) {
  const o = options(opts);
  if (o.worker) {
    const a = new AsyncAnalyzer({ ...o, worker: false });
    await a.ready();
    return a;
  }
  const dictionaryUrl = o.dictionaryUrl ?? here('dict-packed.txt');
  const modelUrl = o.modelUrl === undefined ? here('ner.bin') : o.modelUrl;
  const [, dictionary, model] = await Promise.all([
    initWasm(o.wasmUrl),
    loadBytes(dictionaryUrl, 'dictionary').then((b) => new TextDecoder().decode(b)),
    modelUrl ? loadBytes(modelUrl, 'model') : null,
  ]);
  const engine = new Engine(dictionary, model ?? undefined);
  return new Analyzer(engine, { dictionaryUrl: String(dictionaryUrl), modelUrl: modelUrl && String(modelUrl), wasmUrl: o.wasmUrl });
}

/** Bytes of wasm memory the engine holds (it grows as needed and never shrinks). */
export function memoryBytes() {
  return engineMemory();
}

/** The schema and package version, e.g. `newslens/1 0.1.0`. */
export async function version() {
  await initWasm();
  return engineVersion();
}
