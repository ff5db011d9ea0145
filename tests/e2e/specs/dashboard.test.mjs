// The analysis dashboard in real Chromium: every view renders counts that
// match the analysis JSON the page exports, selection filters the views, exports
// parse, the share link and the saved draft restore the article, languages switch,
// screenshots at phone and desktop size in light and dark, and axe-core finds no
// serious accessibility violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { serve } from '../server.mjs';
import { launch } from '../browser.mjs';
import { OWN_ARTICLE } from '../harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../../dist');
const artifacts = join(here, '../artifacts');
const seedPath = join(here, '../../../../shared/data/articles/seed-aws.txt');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Written for NewsLens: a fictional president named once, then called 總統 and 他, and a
// fictional company later called 該公司 (the engine's reference step links them).
const REFERENCE_ARTICLE = [
  '海嶼共和國總統林振宇今天在記者會上表示，政府將在明年推出新的能源計畫。',
  '總統指出，這項計畫將投入300億元，興建三座離岸風場。',
  '他強調，政府不會因此提高電價。',
  '負責興建的星海能源公司也發出聲明。該公司表示，第一座風場將在2027年完工。',
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

async function open({ width = 1440, height = 900, colorScheme = 'light', locale = 'en-US', url = '/', bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, locale, bypassCSP });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + url);
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  return { context, page, errors };
}

async function analyze(page, text, date = '2025-06-13') {
  await page.fill('[data-testid=date]', date);
  await page.locator('[data-testid=date]').dispatchEvent('change');
  await page.fill('[data-testid=article]', text);
  await page.waitForSelector('[data-testid=article-view]');
  await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.dataset.state === 'ready');
}

async function download(page, testid) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
  const path = await d.path();
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function exportedAnalysis(page) {
  return JSON.parse((await download(page, 'export-json')).text);
}

async function checkViewsMatch(page, a) {
  // Article view (drawn in steps; complete once all are drawn): every entity with
  // mentions is highlighted, and nothing else.
  await page.waitForSelector('[data-testid=article-view][data-complete]');
  const ids = await page.$$eval('[data-testid=article-view] mark[data-entity]', (ms) => [...new Set(ms.map((m) => m.dataset.entity))].sort());
  const withMentions = a.entities.filter((e) => e.mentions.length > 0).map((e) => e.id).sort();
  assert.deepEqual(ids, withMentions);
  // One highlighted mention per mention in the analysis.
  const mentions = a.entities.reduce((n, e) => n + e.mentions.length, 0);
  assert.equal(await page.locator('[data-testid=article-view] mark[data-mention=start]').count(), mentions);
  // Every time, figure and claim is highlighted at least once.
  assert.ok(await page.locator('mark.tm').count() >= a.times.length);
  assert.ok(await page.locator('mark.fig').count() >= a.quantities.length);
  // Timeline rows group the events by date; together they hold every event.
  const counts = await page.$$eval('[data-testid=timeline-event]', (gs) => gs.map((g) => Number(g.dataset.count)));
  assert.equal(counts.reduce((x, y) => x + y, 0), a.events.length);
  assert.equal(counts.length, new Set(a.events.map((e) => e.date)).size);
  // Actors: one card per entity, one node per entity up to 40.
  assert.equal(await page.locator('[data-testid=entity]').count(), a.entities.length);
  assert.equal(await page.locator('[data-testid=node]').count(), Math.min(40, a.entities.length));
  // Claims and figures.
  assert.equal(await page.locator('[data-testid=claim]').count(), a.claims.length);
  assert.equal(await page.locator('[data-testid=quantity]').count(), a.quantities.length);
}

test('a self-written article: every view matches the exported analysis, exports parse', async () => {
  const { context, page, errors } = await open();
  await analyze(page, OWN_ARTICLE);
  const a = await exportedAnalysis(page);
  assert.equal(a.schema, 'newslens/1');
  assert.ok(a.entities.some((e) => e.name === '周雅婷'), a.entities.map((e) => e.name).join(','));
  assert.ok(a.claims.length >= 3 && a.events.length >= 3);
  await checkViewsMatch(page, a);
  assert.equal(await page.locator('[data-testid=used-date]').getAttribute('data-source'), 'user');

  const entities = await download(page, 'export-entities');
  assert.equal(entities.text.trim().split('\r\n').length, a.entities.length + 1);
  assert.match(entities.text, /^id,type,name,aliases,roles,mentions\r\n/);
  const claims = await download(page, 'export-claims');
  assert.equal(claims.text.trim().split('\r\n').length, a.claims.length + 1);
  const events = await download(page, 'export-events');
  assert.equal(events.text.trim().split('\r\n').length, a.events.length + 1);
  const md = await download(page, 'export-md');
  assert.match(md.text, /^# NewsLens report/);
  assert.equal((md.text.match(/^- \*\*/gm) ?? []).length, a.entities.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the seed article: views match the analysis JSON', { skip: !existsSync(seedPath) && 'shared data absent (../shared/data)' }, async () => {
  const { context, page, errors } = await open();
  await analyze(page, readFileSync(seedPath, 'utf8'), '2025-10-24');
  const a = await exportedAnalysis(page);
  assert.ok(a.entities.some((e) => e.name === 'Matt Garman'));
  assert.ok(a.events.length >= 10);
  await checkViewsMatch(page, a);
  assert.deepEqual(errors, []);
  await context.close();
});

test('selecting an actor highlights its mentions and filters the other views', async () => {
  const { context, page, errors } = await open();
  await analyze(page, OWN_ARTICLE);
  const a = await exportedAnalysis(page);
  const person = a.entities.find((e) => e.name === '周雅婷');
  await page.click(`[data-testid=node][aria-label^="周雅婷"]`);
  await page.waitForSelector('[data-testid=filter-bar]');
  const selected = await page.$$eval('mark.selected', (ms) => [...new Set(ms.map((m) => m.dataset.entity))]);
  assert.deepEqual(selected, [person.id]);
  const ownClaims = a.claims.filter((c) => c.speaker === person.id).length;
  assert.equal(await page.locator('[data-testid=claim]').count(), ownClaims);
  const ownEvents = a.events.filter((e) => e.actors.includes(person.id)).length;
  const counts = await page.$$eval('[data-testid=timeline-event]', (gs) => gs.map((g) => Number(g.dataset.count)));
  assert.equal(counts.reduce((x, y) => x + y, 0), ownEvents);
  // Keyboard: a focused node selects with Enter; Show all clears the filter.
  await page.click('[data-testid=filter-bar] button');
  assert.equal(await page.locator('[data-testid=filter-bar]').count(), 0);
  await page.focus('[data-testid=node]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=filter-bar]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('references are drawn apart from names, and clicking an actor marks its references too', async () => {
  const { context, page, errors } = await open();
  await analyze(page, REFERENCE_ARTICLE);
  await page.waitForSelector('[data-testid=article-view][data-complete]');
  const a = await exportedAnalysis(page);
  // The engine linked a title and a pronoun to one person: that is what the view shows.
  const person = a.entities.find((e) => ['title', 'pronoun'].every((k) => e.mentions.some((m) => m.kind === k)));
  assert.ok(person, a.entities.map((e) => `${e.name}: ${e.mentions.map((m) => `${m.text}/${m.kind}`)}`).join('; '));
  const mark = (m) => page.locator(`[data-testid=article-view] mark[id="at-${m.start}"]`);
  for (const e of a.entities) {
    for (const m of e.mentions) {
      const el = mark(m);
      assert.equal(await el.getAttribute('data-entity'), e.id, m.text);
      const reference = m.kind !== 'name';
      assert.equal(await el.getAttribute('data-ref'), reference ? m.kind : null, m.text);
      assert.equal(await el.evaluate((x) => x.classList.contains('ref')), reference, m.text);
    }
  }
  // Visibly apart: a reference is underlined dashed without the name's tint.
  const look = (m) => mark(m).evaluate((x) => {
    const s = getComputedStyle(x);
    return { line: s.textDecorationLine, style: s.textDecorationStyle, bg: s.backgroundColor, color: s.color };
  });
  const name = await look(person.mentions.find((m) => m.kind === 'name'));
  for (const m of person.mentions.filter((m) => m.kind !== 'name')) {
    const ref = await look(m);
    assert.equal(ref.line, 'underline', m.text);
    assert.equal(ref.style, 'dashed', m.text);
    assert.notEqual(ref.bg, name.bg, m.text);
    assert.equal(ref.color, name.color, `${m.text}: the entity type's colour`);
  }
  // Its card and tooltip say what it refers to.
  const pronoun = person.mentions.find((m) => m.kind === 'pronoun');
  await mark(pronoun).focus();
  assert.match(await page.locator('[data-testid=card]').textContent(), new RegExp(`pronoun referring to ${person.name}`));
  assert.match(await mark(pronoun).getAttribute('title'), new RegExp(`referring to ${person.name}`));
  await page.selectOption('[data-testid=lang]', 'zh-Hant');
  await mark(person.mentions.find((m) => m.kind === 'title')).focus();
  assert.match(await page.locator('[data-testid=card]').textContent(), new RegExp(`稱謂，指 ${person.name}`));
  await page.selectOption('[data-testid=lang]', 'en');
  // Clicking the actor marks every mention of it, names and references alike, and only those.
  const starts = (sel) => page.$$eval(sel, (ms) => ms.filter((m) => m.dataset.mention === 'start').map((m) => Number(m.id.slice(3))).sort((x, y) => x - y));
  await page.locator('[data-testid=entity] .card-button', { hasText: person.name }).click();
  await page.waitForSelector('[data-testid=filter-bar]');
  assert.deepEqual(await starts('mark.selected'), person.mentions.map((m) => m.start).sort((x, y) => x - y));
  assert.ok(await page.locator('mark.selected.ref').count() >= 2);
  assert.equal(await page.locator('mark.ent:not(.selected):not(.dim)').count(), 0);
  // Undone as before: Show all, or a second click on the actor.
  await page.click('[data-testid=filter-bar] button');
  assert.equal(await page.locator('mark.selected, mark.dim').count(), 0);
  await page.locator('[data-testid=entity] .card-button', { hasText: person.name }).click();
  assert.ok(await page.locator('mark.selected.ref').count() >= 2);
  await page.locator('[data-testid=entity] .card-button', { hasText: person.name }).click();
  assert.equal(await page.locator('mark.selected, mark.dim, [data-testid=filter-bar]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('figures sort by value, and the words view shows the segmentation', async () => {
  const { context, page, errors } = await open();
  await analyze(page, OWN_ARTICLE);
  await page.click('[data-testid=sort-value]');
  const values = async () => (await page.locator('[data-testid=quantity] td.value').allTextContents()).map((v) => parseFloat(v));
  const asc = await values();
  assert.deepEqual(asc, [...asc].sort((x, y) => x - y));
  await page.click('[data-testid=sort-value]');
  const desc = await values();
  assert.deepEqual(desc, [...asc].reverse());
  assert.ok(await page.locator('[data-testid=keywords] li').count() >= 3);
  await page.click('[data-testid=toggle-words]');
  const tokens = await page.locator('[data-testid=tokens] .tok').allTextContents();
  // The tokens spell the article (segmentation skips nothing but whitespace).
  assert.equal(tokens.join('').replace(/\s/g, ''), OWN_ARTICLE.replace(/\s/g, ''));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share link carries the article in the fragment and restores it', async () => {
  const { context, page, errors } = await open();
  await analyze(page, OWN_ARTICLE);
  await page.click('[data-testid=share]');
  await page.waitForSelector('[data-testid=notice]');
  const url = page.url();
  assert.match(url, /#a=[A-Za-z0-9_-]+&d=2025-06-13$/);
  assert.ok(!url.split('#')[0].includes('a='), 'nothing in the part sent to the server');
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(url);
  await p2.waitForSelector('[data-testid=article-view]', { timeout: 30000 });
  assert.equal(await p2.locator('[data-testid=article]').inputValue(), OWN_ARTICLE);
  assert.equal(await p2.locator('[data-testid=date]').inputValue(), '2025-06-13');
  await other.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the draft survives a reload and can be cleared', async () => {
  const { context, page, errors } = await open();
  await analyze(page, OWN_ARTICLE);
  await page.reload();
  await page.waitForSelector('[data-testid=article-view]', { timeout: 30000 });
  assert.equal(await page.locator('[data-testid=article]').inputValue(), OWN_ARTICLE);
  await page.click('[data-testid=clear]');
  assert.equal(await page.locator('[data-testid=article]').inputValue(), '');
  await page.reload();
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  assert.equal(await page.locator('[data-testid=article]').inputValue(), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the interface language follows the browser and can be switched', async () => {
  const { context, page } = await open({ locale: 'zh-TW' });
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hant');
  assert.match(await page.locator('.tagline').textContent(), /瀏覽器/);
  await page.selectOption('[data-testid=lang]', 'zh-Hans');
  assert.match(await page.locator('.tagline').textContent(), /浏览器/);
  await page.selectOption('[data-testid=lang]', 'en');
  assert.match(await page.locator('.tagline').textContent(), /browser/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await context.close();
});

test('screenshots at phone and desktop size, light and dark', async () => {
  for (const [width, height] of [[390, 844], [1440, 900]]) {
    for (const colorScheme of ['light', 'dark']) {
      const { context, page, errors } = await open({ width, height, colorScheme });
      await analyze(page, OWN_ARTICLE);
      // Nothing overflows the viewport sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `horizontal overflow of ${overflow}px at ${width}px`);
      await page.screenshot({ path: join(artifacts, `dashboard-${width}x${height}-${colorScheme}.png`), fullPage: true });
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test('nothing overflows sideways at the narrowest phone width (360 px)', async () => {
  const { context, page, errors } = await open({ width: 360, height: 740 });
  await analyze(page, OWN_ARTICLE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `horizontal overflow of ${overflow}px at 360px`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core finds no serious or critical accessibility violation', async () => {
  for (const colorScheme of ['light', 'dark']) {
    // axe is injected as a script, which the page's CSP rightly forbids: bypass it here only.
    const { context, page } = await open({ colorScheme, bypassCSP: true });
    await analyze(page, OWN_ARTICLE);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`), [], colorScheme);
    await context.close();
  }
});
