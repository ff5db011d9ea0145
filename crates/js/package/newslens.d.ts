// Types of the NewsLens JS API. Offsets are UTF-16 code unit indices into the text
// passed in (JavaScript string indices), end exclusive: text.slice(start, end).

export interface LoadOptions {
  /** The segmentation dictionary, packed (`NLDICT2`) or in jieba's plain `word freq tag` lines; default: dict-packed.txt next to newslens.js. */
  dictionaryUrl?: string | URL;
  /** The NER model; default: ner.bin next to newslens.js; null: rules only. */
  modelUrl?: string | URL | null;
  /** The engine's wasm; default: newslens_js_bg.wasm next to newslens.js. */
  wasmUrl?: string | URL;
  /** Load everything in a Worker; the result then only has analyzeAsync. Browser only (in Node the promise rejects with a message). */
  worker?: boolean;
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD that relative times (本週一, 去年9月) resolve against; absent: a date line in the text. */
  referenceDate?: string;
  /** Refuse texts above this many UTF-8 bytes (default 2 MiB). */
  maxBytes?: number;
}

export interface Span { start: number; end: number }
export interface Mention extends Span { text: string }

export interface Entity {
  id: string;
  type: 'person' | 'organization' | 'place' | 'product' | 'event' | string;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: Mention[];
}

export interface Relation {
  source: string;
  target: string;
  kind: string;
  /** Indices into Analysis.sentences. */
  evidence: number[];
}

export interface TimeMention extends Mention {
  /** EDTF value (2025-10-20, 2024-09, 2025~), or null when it cannot be resolved. */
  value: string | null;
  kind: string;
}

export interface Quantity extends Mention {
  type: string;
  value: number | null;
  valueMax?: number;
  unit: string | null;
}

export interface Claim extends Span {
  speaker: string | null;
  speakerText: string;
  sourceKind: 'named' | 'organization' | 'group' | 'anonymous' | string;
  cue: string;
  content: string;
  quoted: boolean;
}

export interface Event extends Span {
  date: string | null;
  /** Index into Analysis.times. */
  time: number;
  sentence: string;
  actors: string[];
}

export interface Analysis {
  schema: 'newslens/1';
  referenceDate: string | null;
  referenceDateSource: string;
  script: string;
  sentences: Span[];
  entities: Entity[];
  relations: Relation[];
  times: TimeMention[];
  quantities: Quantity[];
  claims: Claim[];
  claimSummary: { named: number; organization: number; group: number; anonymous: number };
  events: Event[];
}

export interface Token extends Span { pos: string }

export class Analyzer {
  readonly hasModel: boolean;
  analyze(text: string, opts?: AnalyzeOptions): Analysis;
  /** In a Worker; browser only: in Node it rejects with a message (use analyze). */
  analyzeAsync(text: string, opts?: AnalyzeOptions): Promise<Analysis>;
  segment(text: string): Token[];
  cut(text: string): string[];
  countWords(text: string): number;
  keywords(text: string, top?: number): [string, number][];
  free(): void;
}

export class AsyncAnalyzer {
  ready(): Promise<{ hasModel: boolean }>;
  analyzeAsync(text: string, opts?: AnalyzeOptions): Promise<Analysis>;
  terminate(): void;
}

export function load(opts: LoadOptions & { worker: true }): Promise<AsyncAnalyzer>;
export function load(opts?: LoadOptions): Promise<Analyzer>;
export function version(): Promise<string>;
/** Bytes of wasm memory the engine holds (call after load). */
export function memoryBytes(): number;
