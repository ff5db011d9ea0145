// The widget on a host page of another origin (a second local port), the
// iframe protocol (round trip, malformed messages ignored, origin allow-list), and the
// JS API (same result as the CLI, UTF-16 offsets, analyzeAsync, lone surrogates).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from '../server.mjs';
import { launch } from '../browser.mjs';
import { cliAsApi } from '../cli.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const dist = join(root, 'dist');
let app, host, browser, hostDir;

// Written for these tests (no real news text).
const ARTICLE = '晶片新創 Lumora 週四宣佈，已完成由微軟領投的 3 億美元融資，並計劃明年第一季在高雄設立研發中心。'
  + 'Lumora 執行長 Clara Whitfield 表示：「這筆資金將讓我們把量產提前一年。」據知情人士透露，公司去年9月曾與谷歌洽談合作。';
const ASTRAL = '👩‍👩‍👧 𠀀𠀁科技公司週一宣布，執行長王小明😀表示：「我們會在台北擴張。」👍🏿 去年營收 40 億美元。';

before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/index.html missing: run `make build` first');
  assert.ok(existsSync(join(dist, 'lib/newslens.js')), 'dist/lib missing: the post-build hook builds it');
  app = await serve(dist);
  hostDir = mkdtempSync(join(tmpdir(), 'newslens-host-'));
  host = await serve(hostDir);
  assert.notEqual(new URL(app.url).port, new URL(host.url).port);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

function hostPage(name, body) {
  writeFileSync(join(hostDir, name), `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body>${body}</body></html>`);
  return `${host.url}/${name}`;
}

test('the widget on another origin: results in the iframe, resize messages size it', async () => {
  const url = hostPage('widget.html', `
    <div id="art" data-newslens data-panels="timeline,claims" data-date="2025-10-24">${ARTICLE}</div>
    <script>
      window.results = [];
      document.getElementById('art').addEventListener('newslens:result', (e) => window.results.push(e.detail));
      window.resizes = [];
      addEventListener('message', (e) => { if (e.data && e.data.type === 'newslens:resize') window.resizes.push(e.data.height); });
    </script>
    <script src="${app.url}/embed.js"></script>`);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.results.length > 0, null, { timeout: 20000 });
  const analysis = await page.evaluate(() => window.results[0]);
  assert.equal(analysis.schema, 'newslens/1');
  assert.equal(analysis.referenceDate, '2025-10-24');
  assert.ok(analysis.entities.some((e) => e.name.includes('Lumora')), 'Lumora found');
  assert.ok(analysis.claims.length >= 2, 'claims found');
  // The iframe shows only the chosen panels, with results.
  const frame = page.frames().find((f) => f.url().startsWith(app.url));
  assert.ok(frame, 'the widget iframe is from the app origin');
  await frame.waitForSelector('[data-testid=timeline]');
  assert.equal(await frame.locator('section[aria-labelledby=claims-h]').count(), 1);
  assert.equal(await frame.locator('section[aria-labelledby=actors-h]').count(), 0, 'actors panel not chosen');
  assert.equal(await frame.locator('section[aria-labelledby=article-h]').count(), 0, 'article panel not chosen');
  assert.equal(await frame.locator('textarea').count(), 0, 'no editor in the embed');
  // Resize messages reached the host and set the iframe height.
  await page.waitForFunction(() => window.resizes.length > 0);
  const [resized, height] = await page.evaluate(() => [window.resizes.at(-1), document.querySelector('#art iframe').getBoundingClientRect().height]);
  assert.ok(resized > 240, `content taller than the initial 240 px (${resized})`);
  assert.ok(Math.abs(height - resized) <= 1, `iframe height ${height} follows the resize message ${resized}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('iframe protocol: a round trip answers the sender; malformed messages and other origins are ignored', async () => {
  const allowed = hostPage('proto.html', `
    <iframe id="f" src="${app.url}/?embed=1&panels=claims&date=2024-01-15&origins=${encodeURIComponent(host.url)}" width="600" height="300"></iframe>
    <iframe id="g" src="${app.url}/?embed=1&origins=${encodeURIComponent('https://elsewhere.example')}" width="600" height="300"></iframe>
    <script>
      window.got = { f: [], g: [] };
      window.ready = { f: false, g: false };
      addEventListener('message', (e) => {
        for (const k of ['f', 'g']) {
          if (e.source === document.getElementById(k).contentWindow) {
            if (e.data.type === 'newslens:ready') window.ready[k] = true; else window.got[k].push(e.data);
          }
        }
      });
    </script>`);
  const page = await browser.newPage();
  await page.goto(allowed);
  await page.waitForFunction(() => window.ready.f && window.ready.g, null, { timeout: 20000 });
  await page.evaluate(([origin, text]) => {
    const f = document.getElementById('f').contentWindow;
    const bad = [
      'newslens:analyze', 42, null, [], { type: 'newslens:analyze' }, { type: 'newslens:analyze', text: 7 },
      { type: 'newslens:analyse', text }, { type: 'newslens:analyze', text, date: '2025-02-30' },
      { type: 'newslens:analyze', text, date: 20251024 }, { text },
    ];
    bad.forEach((m) => f.postMessage(m, origin));
    f.postMessage({ type: 'newslens:analyze', id: 'req-1', text, date: '2025-10-24' }, origin);
    f.postMessage({ type: 'newslens:analyze', id: 'req-3', text: text + '。' }, origin);
    document.getElementById('g').contentWindow.postMessage({ type: 'newslens:analyze', id: 'req-2', text }, origin);
  }, [app.url, ARTICLE]);
  await page.waitForFunction(() => window.got.f.some((m) => m.type === 'newslens:result' && m.id === 'req-3'), null, { timeout: 20000 });
  await page.waitForTimeout(1500);
  const got = await page.evaluate(() => window.got);
  const replies = got.f.filter((m) => m.type !== 'newslens:resize');
  // Two valid requests in a row: the first is answered (or superseded, said so), the
  // second is answered; the malformed ones get nothing.
  assert.ok(replies.length === 2, `two replies, malformed messages ignored: ${JSON.stringify(replies.map((m) => [m.type, m.id]))}`);
  assert.deepEqual(replies.map((m) => m.id), ['req-1', 'req-3']);
  const first = replies[0];
  if (first.type === 'newslens:result') assert.equal(first.analysis.referenceDate, '2025-10-24');
  else assert.match(first.message, /superseded/);
  const last = replies[1];
  assert.equal(last.type, 'newslens:result');
  assert.equal(last.analysis.referenceDate, '2024-01-15', 'no date in the message: the embed URL date');
  assert.ok(last.analysis.claims.length >= 2);
  assert.deepEqual(got.g, [], 'an origin outside the allow-list gets nothing back');
  await page.close();
});

test('JS API: the same analysis as the CLI, offsets that slice the mentions, analyzeAsync, lone surrogates', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${app.url}/examples/index.html`);
  const [viaApi, viaAsync, astral, surrogate, tooBig, badDate, cut] = await page.evaluate(async ([article, astral]) => {
    const NewsLens = await import('/lib/newslens.js');
    const analyzer = await NewsLens.load();
    const catchMsg = (f) => { try { f(); return null; } catch (e) { return String(e.message ?? e); } };
    return [
      analyzer.analyze(article, { referenceDate: '2025-10-24' }),
      await analyzer.analyzeAsync(article, { referenceDate: '2025-10-24' }),
      analyzer.analyze(astral, { referenceDate: '2025-10-24' }),
      analyzer.analyze('\uD800王小明說\uDFFF，微軟\uD83D表示。', {}),
      catchMsg(() => analyzer.analyze('字'.repeat(10), { maxBytes: 9 })),
      catchMsg(() => analyzer.analyze('微軟', { referenceDate: '2025-13-01' })),
      [analyzer.cut(astral), analyzer.countWords(astral), analyzer.segment(astral).map((t) => astral.slice(t.start, t.end))],
    ];
  }, [ARTICLE, ASTRAL]);
  assert.deepEqual(viaApi, cliAsApi(ARTICLE, '2025-10-24'), 'JS API = CLI (camelCase, UTF-16 offsets)');
  assert.deepEqual(viaAsync, viaApi, 'analyzeAsync = analyze');
  assert.deepEqual(astral, cliAsApi(ASTRAL, '2025-10-24'));
  // The offset unit on its own: JavaScript's slice gives every span's text.
  let checked = 0;
  for (const [text, a] of [[ARTICLE, viaApi], [ASTRAL, astral]]) {
    for (const e of a.entities) for (const m of e.mentions) { assert.equal(text.slice(m.start, m.end), m.text); checked++; }
    for (const t of a.times) { assert.equal(text.slice(t.start, t.end), t.text); checked++; }
    for (const q of a.quantities) { assert.equal(text.slice(q.start, q.end), q.text); checked++; }
  }
  assert.ok(checked > 15, `${checked} spans checked`);
  assert.ok(astral.entities.length > 0 && astral.times.length > 0);
  // Lone surrogates become U+FFFD inside the engine; offsets stay inside the text.
  const len = '\uD800王小明說\uDFFF，微軟\uD83D表示。'.length;
  assert.ok(surrogate.entities.every((e) => e.mentions.every((m) => m.start >= 0 && m.end <= len && m.start < m.end)));
  // The segmentation: words that put together give the text back, as segment() cuts it.
  const [words, count, segmented] = cut;
  assert.equal(words.join(''), ASTRAL);
  assert.equal(count, words.length);
  assert.deepEqual(segmented, words);
  assert.match(tooBig, /limit is 9 bytes/);
  assert.match(badDate, /not a real date/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the example pages work from the served app', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${app.url}/examples/api.html`);
  await page.waitForFunction(() => !document.getElementById('run').disabled, null, { timeout: 20000 });
  await page.click('#run');
  await page.waitForFunction(() => document.querySelectorAll('#mentions li').length > 0);
  assert.match(await page.textContent('#mentions'), /楊金龍/);
  await page.goto(`${app.url}/examples/iframe.html`);
  await page.waitForFunction(() => document.getElementById('reply').textContent.includes('"entities"'), null, { timeout: 20000 });
  await page.goto(`${app.url}/examples/widget.html`);
  await page.waitForFunction(() => document.getElementById('mounted-status').textContent.includes('actors'), null, { timeout: 20000 });
  assert.equal(await page.locator('iframe').count(), 2);
  assert.deepEqual(errors, []);
  await page.close();
});
