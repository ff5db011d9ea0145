// The JS API package (dist/lib, built by `make build`) under Node, as an npm user
// imports it: it loads its wasm, dictionary and model from its own folder (file: URLs,
// read with node:fs), analyzes a dev article exactly as the CLI does (camelCase, UTF-16
// offsets), says clearly that the Worker API is browser-only, and `npm pack` ships
// exactly its files.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliAsApi } from '../cli.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const lib = join(root, 'dist/lib');
const articles = join(root, '../shared/data/articles');
const noShared = !existsSync(articles) && `SKIPPED: ${articles} is absent (shared data): the dev-article comparison did not run`;
if (noShared) console.log(noShared);

let NewsLens;
before(async () => {
  assert.ok(existsSync(join(lib, 'newslens.js')), 'dist/lib missing: run `make build` first (the post-build hook builds it)');
  NewsLens = await import(pathToFileURL(join(lib, 'newslens.js')).href);
});

test('in Node the package loads from its folder and a dev article equals the CLI analysis', { skip: noShared }, async () => {
  const analyzer = await NewsLens.load();
  assert.equal(analyzer.hasModel, true, 'ner.bin loaded from the package folder');
  // One Traditional and one Simplified article: once with their own date line, once with a date given.
  for (const [name, date] of [['seed-aws.txt', undefined], ['biz-s01.txt', '2025-10-24']]) {
    const text = readFileSync(join(articles, name), 'utf8');
    const got = analyzer.analyze(text, date ? { referenceDate: date } : {});
    assert.ok(got.entities.length > 0, `${name}: entities found`);
    assert.deepEqual(got, cliAsApi(text, date), `${name}: JS API in Node = CLI (camelCase, UTF-16 offsets)`);
  }
  analyzer.free();
});

test('in Node the Worker API says it is browser-only and a missing file is named', async () => {
  const analyzer = await NewsLens.load({ modelUrl: null });
  assert.equal(analyzer.hasModel, false);
  assert.equal(analyzer.analyze('微軟表示。').entities[0].name, '微軟');
  await assert.rejects(analyzer.analyzeAsync('微軟表示。'), /need a browser Worker.*use analyze\(\)/);
  await assert.rejects(NewsLens.load({ worker: true }), /need a browser Worker/);
  const missing = pathToFileURL(join(lib, 'no-such-model.bin'));
  await assert.rejects(NewsLens.load({ modelUrl: missing }), /cannot load the model from file:.*no-such-model\.bin \(ENOENT\)/);
  assert.match(await NewsLens.version(), /^newslens\/1 /);
});

test('npm pack ships the files package.json lists, with Node types and engines', () => {
  const pkg = JSON.parse(readFileSync(join(lib, 'package.json'), 'utf8'));
  assert.equal(pkg.engines.node, '>=20');
  assert.equal(pkg.exports['.'].types, './newslens.d.ts');
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: lib, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  const [packed] = JSON.parse(out);
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, [...pkg.files, 'package.json'].sort());
  for (const f of files) assert.ok(existsSync(join(lib, f)), `${f} is in dist/lib`);
});
