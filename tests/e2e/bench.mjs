// In-browser benchmark (not a test): serves dist/, then in headless Chromium measures
// first render, worker ready time, and keystroke-to-results latency on the seed
// article (median of several runs). Run with `make bench` after `make build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const dist = new URL('../../dist', import.meta.url).pathname;
const seedPath = new URL('../../../shared/data/articles/seed-aws.txt', import.meta.url).pathname;
if (!existsSync(`${dist}/index.html`)) {
  console.error('dist/index.html missing: run `make build` first');
  process.exit(2);
}
const text = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : '亞馬遜 AWS 執行長 Matt Garman 週四表示，'.repeat(60);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Transfer sizes: every file of dist/ (the page loads all of them), gzip -9.
const sizes = readdirSync(dist).filter((f) => !f.endsWith('.map')).map((f) => {
  const raw = readFileSync(`${dist}/${f}`);
  return [f, raw.length, gzipSync(raw, { level: 9 }).length];
});
const server = await serve(dist);
const browser = await launch();
const renders = [], readies = [], latencies = [], seeds = [], loads = [];
for (let run = 0; run < 5; run++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid=article]');
  renders.push(Date.now() - t0);
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  readies.push(Date.now() - t0);
  loads.push(Number(await page.getAttribute('[data-testid=status]', 'data-load-ms')));
  await page.fill('[data-testid=article]', text);
  await page.waitForSelector('[data-testid=article-view]');
  await page.waitForSelector('[data-testid=status][data-state=ready][data-analysis-ms]');
  seeds.push(Number(await page.getAttribute('[data-testid=status]', 'data-analysis-ms')));
  for (let k = 0; k < 3; k++) {
    const marker = `Q${run}${k}`;
    latencies.push(await page.evaluate(async (marker) => {
      const t = performance.now();
      const done = new Promise((res) => {
        const obs = new MutationObserver(() => {
          if (document.querySelector('[data-testid=article-view]')?.textContent.includes(marker)) { obs.disconnect(); res(performance.now() - t); }
        });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const area = document.querySelector('[data-testid=article]');
      area.value += marker;
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
      return await done;
    }, marker));
  }
  await context.close();
}
console.log('| file | bytes | gzip -9 |\n|---|---|---|');
for (const [f, raw, gz] of sizes) console.log(`| ${f} | ${raw} | ${gz} |`);
console.log(`| total | ${sizes.reduce((n, s) => n + s[1], 0)} | ${sizes.reduce((n, s) => n + s[2], 0)} |\n`);
console.log('| measure | median | runs |\n|---|---|---|');
console.log(`| first render (ms) | ${median(renders)} | ${renders.join(' ')} |`);
console.log(`| worker ready (ms) | ${median(readies)} | ${readies.join(' ')} |`);
console.log(`| worker: dictionary + model load (ms) | ${median(loads)} | ${loads.join(' ')} |`);
console.log(`| seed article analysis in the worker (ms) | ${median(seeds)} | ${seeds.join(' ')} |`);
console.log(`| keystroke → results (ms) | ${median(latencies).toFixed(0)} | ${latencies.map((x) => x.toFixed(0)).join(' ')} |`);
await browser.close();
await server.close();
