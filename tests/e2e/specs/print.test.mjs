// The printed report: "Print / PDF" opens the print dialog, and the print stylesheet
// lays every panel out in full — printed to PDF by Chromium, the text (read back with
// poppler's pdftotext) holds the article, the actors with their roles, the claims and
// the timeline, and none of the controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from '../server.mjs';
import { launch } from '../browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../../dist');
const artifacts = join(here, '../artifacts');

// Written for NewsLens: fictional people and companies.
const ARTICLE = [
  '晨光電子宣布擴產 董事長周雅婷：需求仍強',
  '（本報記者 2025年6月13日電）晨光電子董事長周雅婷今天表示，公司將在2026年第一季啟用新廠。',
  '「我們不會退出這個市場，」周雅婷說。她指出，去年營收成長12%，達到45億元。',
  '海瀾銀行分析師 Daniel Brooks 認為，這項計畫將讓晨光電子追上對手。',
  '據知情人士透露，新廠投資約新台幣120億元，上週三董事會已通過。',
].join('\n');

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

test('the report prints every panel: article, actors with roles, claims, timeline', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  await page.fill('[data-testid=date]', '2025-06-13');
  await page.locator('[data-testid=date]').dispatchEvent('change');
  await page.fill('[data-testid=article]', ARTICLE);
  await page.waitForSelector('[data-testid=article-view][data-complete]');
  await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.dataset.state === 'ready');

  // The button calls window.print (stubbed here: headless Chromium has no dialog).
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.click('[data-testid=print]');
  assert.equal(await page.evaluate(() => window.__printed), 1, 'Print / PDF opens the print dialog');

  await page.emulateMedia({ media: 'print' });
  // Nothing is skipped by content-visibility and the article is not a scroll box.
  const skipped = await page.$$eval('.article-view > .block, .cards > li, .claims > li, .events > li',
    (els) => els.filter((e) => getComputedStyle(e).contentVisibility !== 'visible').length);
  assert.equal(skipped, 0);
  assert.equal(await page.$eval('.article-view', (e) => getComputedStyle(e).maxHeight), 'none');
  assert.equal(await page.$eval('.toolbar', (e) => getComputedStyle(e).display), 'none');

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const file = join(artifacts, 'report.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const want of ['周雅婷', '晨光電子', 'DanielBrooks', '董事長', '我們不會退出這個市場', '2026']) {
    assert.ok(text.includes(want), `the printed report holds ${want}`);
  }
  assert.ok(!text.includes('MakesharelinkExport'), 'no toolbar in print');
  assert.deepEqual(errors, []);
  await context.close();
});
