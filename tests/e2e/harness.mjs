// What the app's specs share: where the build and the shared data are, the server and
// browser started once per spec file, the app opened with its errors and requests
// recorded, a text analyzed with a date, and an article written for NewsLens.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const dist = join(here, '../../dist');
export const artifacts = join(here, 'artifacts');
export const fixtures = join(here, 'fixtures');
export const seedPath = join(here, '../../../shared/data/articles/seed-aws.txt');

// Written for NewsLens: fictional people and companies.
export const OWN_ARTICLE = [
  '晨光電子宣布擴產 董事長周雅婷：需求仍強',
  '（本報記者 2025年6月13日電）晨光電子董事長周雅婷今天表示，公司將在2026年第一季啟用新廠。',
  '「我們不會退出這個市場，」周雅婷說。她指出，去年營收成長12%，達到45億元。',
  '海瀾銀行分析師 Daniel Brooks 認為，這項計畫將讓晨光電子追上對手。',
  '據知情人士透露，新廠投資約新台幣120億元，上週三董事會已通過。',
].join('\n');

/**
 * Starts the static server on the build and a browser before the spec's tests and
 * stops them after; the returned object holds them once started.
 */
export function servedApp() {
  const app = { server: null, browser: null };
  before(async () => {
    assert.ok(existsSync(join(dist, 'index.html')), 'dist/index.html missing: run `make build` first');
    mkdirSync(artifacts, { recursive: true });
    app.server = await serve(dist);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** The app in a new context, ready; console errors and requests after load recorded. */
export async function openApp(app, { width = 1280, height = 900, locale = 'en-US' } = {}) {
  const context = await app.browser.newContext({ viewport: { width, height }, locale });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.server.url + '/');
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  return { context, page, errors, requests };
}

/** Sets the article date, types `text` and waits until the analysis is drawn. */
export async function analyzeText(page, text, date) {
  await page.fill('[data-testid=date]', date);
  await page.locator('[data-testid=date]').dispatchEvent('change');
  await page.fill('[data-testid=article]', text);
  await page.waitForSelector('[data-testid=article-view][data-complete]');
  await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.dataset.state === 'ready');
}
