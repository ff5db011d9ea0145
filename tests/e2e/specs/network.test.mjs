// The actor network stays legible: on the seed article and on a dense cluster written
// for NewsLens (thirteen fictional defendants named together), no label shown at rest
// overlaps another label or a node, and every label lies inside the drawing. Labels
// that found no free place show when their node is hovered, focused or selected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyzeText, openApp, seedPath, servedApp } from '../harness.mjs';

const app = servedApp();

// Written for NewsLens: a fictional trial with thirteen defendants, all in one sentence
// and then in pairs, so every name co-occurs with every other.
const NAMES = ['陳志明', '林淑芬', '黃建國', '張雅婷', '李文傑', '王美玲', '吳宗翰', '劉怡君', '蔡明哲', '楊佩珊', '許家豪', '鄭雅文', '謝承恩'];
// Each runs a company with a long name, so the labels are wide.
const FIRMS = ['晨星', '海嶼', '青松', '遠帆', '金穗', '銀河', '立峰', '宏圖', '和順', '光華', '天成', '長榮', '新陽']
  .map((f) => `${f}國際貿易股份有限公司`);
const TRIAL = [
  `（本報記者 2025年3月4日電）高雄地方法院今天宣判詐騙集團案，被告${NAMES.join('、')}等十三人全部有罪。`,
  ...NAMES.map((n, i) => `法官指出，${FIRMS[i]}負責人${n}與${NAMES[(i + 1) % NAMES.length]}分工，透過${FIRMS[(i + 1) % FIRMS.length]}收款，${n}的律師表示將上訴。`),
].join('\n');

async function analyzed(text, date) {
  const opened = await openApp(app, { width: 1440 });
  await analyzeText(opened.page, text, date);
  return opened;
}

/** Boxes (in the SVG's own units) of the labels shown at rest and of the node circles. */
function boxes(page) {
  return page.$eval('[data-testid=network]', (svg) => {
    const labels = [...svg.querySelectorAll('[data-testid=node] text')]
      .filter((t) => getComputedStyle(t).visibility === 'visible')
      .map((t) => { const b = t.getBBox(); return { name: t.textContent, l: b.x, t: b.y, r: b.x + b.width, b: b.y + b.height }; });
    const nodes = [...svg.querySelectorAll('[data-testid=node] circle')]
      .map((c) => ({ x: c.cx.baseVal.value, y: c.cy.baseVal.value, r: c.r.baseVal.value }));
    const [, , w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
    return { labels, nodes, w, h, all: svg.querySelectorAll('[data-testid=node] text').length };
  });
}

function assertLegible({ labels, nodes, w, h }) {
  // A pixel of tolerance: the font's real box against the layout's estimate.
  const eps = 1;
  const overlap = (a, b) => a.l < b.r - eps && b.l < a.r - eps && a.t < b.b - eps && b.t < a.b - eps;
  const covers = (a, c) => {
    const nx = Math.min(Math.max(c.x, a.l), a.r), ny = Math.min(Math.max(c.y, a.t), a.b);
    return (nx - c.x) ** 2 + (ny - c.y) ** 2 < (c.r - eps) ** 2;
  };
  for (const [i, a] of labels.entries()) {
    assert.ok(a.l >= -eps && a.t >= -eps && a.r <= w + eps && a.b <= h + eps, `${a.name} leaves the drawing`);
    for (const b of labels.slice(i + 1)) assert.ok(!overlap(a, b), `labels ${a.name} and ${b.name} overlap`);
    for (const c of nodes) assert.ok(!covers(a, c), `label ${a.name} covers a node at ${c.x},${c.y}`);
  }
}

test('the seed article: no label overlaps a label or a node', { skip: !existsSync(seedPath) && 'shared data absent (../shared/data)' }, async () => {
  const { context, page, errors } = await analyzed(readFileSync(seedPath, 'utf8'), '2025-10-24');
  const b = await boxes(page);
  assert.ok(b.labels.length >= Math.min(b.all, 10), `most labels shown: ${b.labels.length} of ${b.all}`);
  assertLegible(b);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dense cluster of thirteen defendants stays legible; a crowded label shows on hover', async () => {
  const { context, page, errors } = await analyzed(TRIAL, '2025-03-04');
  const b = await boxes(page);
  assert.ok(b.all >= 13, `every defendant is a node: ${b.all}`);
  assertLegible(b);
  // A label crowded out (none may be: eight places are tried per label) is hidden at
  // rest and shown on hover.
  const crowded = page.locator('[data-testid=node] text.crowded');
  if (await crowded.count() > 0) {
    assert.equal(await crowded.first().evaluate((t) => getComputedStyle(t).visibility), 'hidden');
    await page.locator('[data-testid=node]', { has: crowded.first() }).hover();
    assert.equal(await crowded.first().evaluate((t) => getComputedStyle(t).visibility), 'visible');
  }
  assert.deepEqual(errors, []);
  await context.close();
});
