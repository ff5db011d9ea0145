// The built app end to end: load, paste an article, see real results from the worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, articleText, pasteText } from '../browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../../dist');
const artifacts = join(here, '../artifacts');
const seedPath = join(here, '../../../../shared/data/articles/seed-aws.txt');

let server, browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/index.html missing: run `make build` first');
  mkdirSync(artifacts, { recursive: true });
  server = await serve(dist);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openApp() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const t0 = Date.now();
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid=article]');
  const rendered = Date.now() - t0;
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  const ready = Date.now() - t0;
  return { page, errors, rendered, ready };
}

test('the page renders, the worker loads, and a pasted article gets real results', async () => {
  const { page, errors, rendered, ready } = await openApp();
  console.log(`first render ${rendered} ms, worker ready ${ready} ms`);
  // The worker fetched the NER model (a separate asset) and loaded it.
  assert.equal(await page.getAttribute('[data-testid=status]', 'data-model'), 'true');
  const text = '亞馬遜雲端部門 AWS 執行長 Matt Garman 週四表示，公司將在 2025 年 3 月推出新晶片。分析師 Josh Beck 指出，這項計畫將讓亞馬遜在 AI 競賽中追上谷歌。';
  await page.fill('[data-testid=date]', '2025-10-24');
  await page.locator('[data-testid=date]').dispatchEvent('change');
  await page.fill('[data-testid=article]', text);
  await page.waitForSelector('[data-testid=entity]');
  const names = await page.locator('[data-testid=entity] .name').allTextContents();
  assert.ok(names.includes('Matt Garman'), `entities: ${names.join(', ')}`);
  // Times are highlighted in the article; their values show in the detail card and,
  // once pointed at, in the highlight's tooltip.
  const times = await page.locator('mark.tm').evaluateAll((ms) => ms.map((m) => {
    m.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    return m.title;
  }));
  assert.ok(times.some((t) => t.includes('= 2025-03')), `times: ${times.join(' | ')}`);
  assert.ok(times.some((t) => t.includes('週四 = 2025-10-23')), `times: ${times.join(' | ')}`);
  await page.focus('mark.tm');
  assert.match(await page.locator('[data-testid=card]').textContent(), /= 20\d\d/);
  assert.equal(await page.locator('[data-testid=used-date]').textContent(), 'Dates resolved against 2025-10-24 (your date)');
  await page.screenshot({ path: join(artifacts, 'app-results.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the sample button analyzes the built-in article', async () => {
  const { page, errors } = await openApp();
  await page.click('[data-testid=sample]');
  await page.waitForSelector('[data-testid=claim]');
  assert.ok(await page.locator('[data-testid=entity]').count() >= 5);
  assert.ok(await page.locator('[data-testid=event]').count() >= 3);
  assert.match(await page.locator('[data-testid=article]').inputValue(), /Lumora/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the seed article renders entities and times', { skip: !existsSync(seedPath) && 'shared data absent (../shared/data)' }, async () => {
  const { page, errors } = await openApp();
  await page.fill('[data-testid=article]', readFileSync(seedPath, 'utf8'));
  await page.waitForSelector('[data-testid=entity]');
  const names = await page.locator('[data-testid=entity] .name').allTextContents();
  assert.ok(names.includes('Matt Garman'), names.join(', '));
  assert.ok(await page.locator('mark.tm').count() >= 10);
  await page.screenshot({ path: join(artifacts, 'seed-aws.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('pasted markup stays text: no element, no script, no dialog', async () => {
  const { page, errors } = await openApp();
  let dialog = false;
  page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> 微軟執行長 Satya Nadella 表示，<b id="injected">這是測試</b>。';
  await page.fill('[data-testid=article]', payload);
  await page.waitForSelector('[data-testid=entity]');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#injected').count(), 0);
  assert.equal(dialog, false);
  assert.equal(await page.locator('[data-testid=article]').inputValue(), payload);
  assert.deepEqual(errors, []);
  await page.close();
});

test('typing while scrolled down: the panels stay and the page does not jump', async () => {
  const { page, errors } = await openApp();
  await page.click('[data-testid=sample]');
  await page.waitForSelector('[data-testid=claim]');
  await page.waitForSelector('[data-testid=status][data-state=ready][data-analysis-ms]');
  await page.waitForTimeout(300);
  // Scroll the claims panel to the top of the window, then watch for panels leaving.
  const before = await page.evaluate(() => {
    document.getElementById('claims-h').scrollIntoView({ block: 'start' });
    window.__removed = 0;
    new MutationObserver((records) => records.forEach((r) => r.removedNodes.forEach((n) => {
      if (n.nodeType === 1 && (n.matches('section.panel') || n.querySelector?.('section.panel'))) window.__removed += 1;
    }))).observe(document.querySelector('[data-testid=results]'), { childList: true, subtree: true });
    return window.scrollY;
  });
  assert.ok(before > 200, `scrolled down (${before})`);
  const marker = '另據報導，該公司週五證實。';
  await page.evaluate((marker) => {
    const area = document.querySelector('[data-testid=article]');
    area.value += marker;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, marker);
  await page.waitForFunction((marker) => document.querySelector('[data-testid=article-view]')?.textContent.includes(marker), marker);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__removed), 0, 'no panel was taken down and redrawn');
  // The added sentence may add a line or a timeline row above; a collapse would move
  // the page by thousands of pixels.
  const after = await page.evaluate(() => window.scrollY);
  assert.ok(Math.abs(after - before) < 150, `the page stayed where it was: ${before} → ${after}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a long text is edited in the paragraph editor, edit by edit, and a short one in the textarea again', async () => {
  const { page, errors } = await openApp();
  // About 400 KB, written for this test; lines of different lengths and an empty one.
  const days = '一二三四五';
  const lines = [];
  for (let i = 0; Buffer.byteLength(lines.join('\n')) < 400_000; i++) {
    lines.push(i % 37 === 5 ? '' : `第${i}段：市議會週${days[i % 5]}表示，環狀線${'北南東西'[i % 4]}段將於明年通車。`.repeat(1 + (i % 3)));
  }
  // Markup in a line stays text; the text ends with a line break, as copied articles
  // often do, so the caret lands on an empty line at the end.
  lines[7] = '<img src=x onerror="window.__pwned=1"><b>粗體</b>';
  lines.push('');
  const long = lines.join('\n');
  await pasteText(page, long);
  await page.waitForSelector('div[data-testid=article][contenteditable=plaintext-only]:not([data-writing])');
  assert.equal(await page.locator('[data-testid=article] img, [data-testid=article] b').count(), 0, 'no element from the pasted text');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'article', 'the editor has the focus');
  assert.equal(await articleText(page), long);
  // Typing at once goes after the pasted text (Chromium cannot type on an empty line
  // in a chunk whose contents are still skipped: the caret's line is scrolled into view).
  await page.keyboard.type('末行');
  await page.waitForSelector('[data-testid=status][data-state=ready][data-analysis-ms]', { timeout: 60000 });
  // The text as the app analyzed it: the article view, once drawn to the end.
  const analyzed = async (expected) => {
    await page.waitForFunction((n) => {
      const view = document.querySelector('[data-testid=article-view][data-complete]');
      return view && view.textContent.length === n && document.querySelector('[data-testid=status]').dataset.state === 'ready';
    }, expected.length, { timeout: 60000 });
    assert.ok((await page.locator('[data-testid=article-view]').textContent()) === expected, 'the analyzed text is the edited one');
  };
  // Type inside line 200 (in a later chunk), break it, and join line 301 to line 300.
  const caret = (line, offset) => page.evaluate(([line, offset]) => {
    const all = [...document.querySelector('[data-testid=article]').children].flatMap((c) => [...c.children]);
    const node = all[line].firstChild;
    const range = document.createRange();
    range.setStart(node, node.nodeType === 3 ? offset : 0);
    range.collapse(true);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }, [line, offset]);
  await caret(200, 3);
  await page.keyboard.type('新增');
  await page.keyboard.press('Enter');
  await page.keyboard.type('X');
  await caret(301, 0);
  await page.keyboard.press('Backspace');
  // The keyboard's way to both ends.
  await page.keyboard.press('Control+End');
  await page.keyboard.type('尾');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('首');
  const edited = [...lines];
  edited[0] = '首' + lines[0];
  edited[200] = lines[200].slice(0, 3) + '新增\nX' + lines[200].slice(3);
  edited[edited.length - 1] = '末行尾';
  edited.splice(300, 2, lines[300] + lines[301]);
  await analyzed(edited.join('\n'));
  // Select everything and type: a short text goes back to the textarea.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('短文');
  await page.waitForSelector('textarea[data-testid=article]');
  assert.equal(await page.locator('[data-testid=article]').inputValue(), '短文');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'article', 'the textarea has the focus');
  await analyzed('短文');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a second visit downloads nothing but the page itself', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  const first = server.requests.length;
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  const again = server.requests.slice(first).filter((u) => u !== '/');
  assert.deepEqual(again, [], 'every asset comes from the cache (content-hashed names, immutable)');
  await context.close();
});
