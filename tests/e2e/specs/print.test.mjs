// The printed report: "Print / PDF" opens the print dialog, and the print stylesheet
// lays every panel out in full — printed to PDF by Chromium, the text (read back with
// poppler's pdftotext) holds the article, the actors with their roles, the claims and
// the timeline, and none of the controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { OWN_ARTICLE, analyzeText, artifacts, openApp, servedApp } from '../harness.mjs';

const app = servedApp();

test('the report prints every panel: article, actors with roles, claims, timeline', async () => {
  const { context, page, errors } = await openApp(app);
  await analyzeText(page, OWN_ARTICLE, '2025-06-13');

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
