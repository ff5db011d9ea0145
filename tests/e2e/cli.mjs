// The CLI's analysis of a text in the JS API's shape (camelCase keys, UTF-16 offsets):
// what the JS API must return for the same text, in the browser (embed.test.mjs) and
// in Node (node-lib.test.mjs).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** `newslens analyze` (built from this tree by cargo) of `text`, with `--date` when given, as the JS API returns it. */
export function cliAsApi(text, date) {
  const args = ['run', '-q', '-p', 'newslens-cli', '--', 'analyze', '-', ...(date ? ['--date', date] : [])];
  const out = execFileSync('cargo', args, { cwd: root, input: text, encoding: 'utf8', maxBuffer: 1 << 26 });
  const utf16 = [0];
  for (const ch of text) utf16.push(utf16.at(-1) + ch.length);
  const camel = (k) => k.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
  const convert = (v) => {
    if (Array.isArray(v)) return v.map(convert);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [camel(k), (k === 'start' || k === 'end') && typeof x === 'number' ? utf16[x] : convert(x)]));
    }
    return v;
  };
  return convert(JSON.parse(out));
}
