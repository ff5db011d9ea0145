// The worker behind `analyzeAsync` and `load({ worker: true })`: one analyzer, loaded
// on the first message, answering { id, ok, result | error }.
import { load } from './newslens.js';

let analyzer = null;

self.onmessage = async (event) => {
  const { id, op, args } = event.data ?? {};
  try {
    if (op === 'load') {
      analyzer = await load(args);
      self.postMessage({ id, ok: true, result: { hasModel: analyzer.hasModel } });
    } else if (op === 'analyze') {
      if (!analyzer) throw new Error('NewsLens: the worker is not loaded');
      self.postMessage({ id, ok: true, result: analyzer.analyze(args.text, args.opts) });
    } else {
      throw new Error(`NewsLens: unknown operation ${op}`);
    }
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e?.message ?? e) });
  }
};
