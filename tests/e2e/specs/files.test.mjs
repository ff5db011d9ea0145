// Files into the article input (the "Open file…" picker and a drop), the notice for a
// text without a date, and counts that read right. The fixtures (tests/e2e/fixtures)
// are fictional, written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText } from '../browser.mjs';
import { fixtures, openApp as openIn, servedApp } from '../harness.mjs';

const app = servedApp();
const openApp = () => openIn(app);

/** Drops a file on the article input as a drag from the desktop would. */
function dropFile(page, name, type, content) {
  return page.evaluate(([name, type, content]) => {
    const data = new DataTransfer();
    data.items.add(new File([content], name, { type }));
    const el = document.querySelector('[data-testid=article]');
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      el.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, [name, type, content]);
}

/** The time highlights' tooltips. */
function timeTitles(page) {
  return page.locator('mark.tm').evaluateAll((ms) => ms.map((m) => {
    m.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    return m.title;
  }));
}

const ARTICLE = [
  '港灣市宣布擴建輕軌東線',
  '【虛構日報記者林小文／港灣市報導】港灣市政府昨天宣布，輕軌東線將延伸至海濱區。',
  '市長陳大明表示：「新路段預計在 2026 年通車。」',
  '交通局指出，工程經費約 120 億元。',
].join('\n');

test('a dropped web page becomes its article text and date, and nothing in it runs', async () => {
  const { page, errors, requests } = await openApp();
  await page.fill('[data-testid=article]', '我先打的草稿。');
  await dropFile(page, 'news-page.html', 'text/html', readFileSync(join(fixtures, 'news-page.html'), 'utf8'));
  await page.waitForSelector('[data-testid=file-note]');
  assert.equal(await articleText(page), ARTICLE, 'the title and paragraphs only: no nav, header, aside, footer, form or script');
  assert.equal(await page.evaluate(() => window.__fromFile), undefined, 'the page\'s scripts did not run');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.fromFile), undefined);
  assert.equal(await page.locator('#injected').count(), 0);
  assert.equal(await page.inputValue('[data-testid=date]'), '2024-05-03');
  await page.waitForFunction(() => document.querySelector('[data-testid=used-date]')?.textContent.includes('2024-05-03'));
  assert.equal(await page.locator('[data-testid=used-date]').textContent(), 'Dates resolved against 2024-05-03 (publication date from the file)');
  await page.waitForSelector('mark.tm');
  assert.ok((await timeTitles(page)).some((t) => t.includes('昨天 = 2024-05-02')), 'yesterday is the day before publication');
  assert.equal(await page.locator('[data-testid=no-date]').count(), 0);
  // A second file over the first, unedited: the draft is still the text offered back.
  await dropFile(page, 'article.txt', 'text/plain', readFileSync(join(fixtures, 'article.txt'), 'utf8'));
  await page.waitForFunction(() => document.querySelector('[data-testid=article]').value.startsWith('區議會'));
  // The draft the files replaced comes back.
  await page.click('[data-testid=restore]');
  await page.waitForFunction(() => document.querySelector('[data-testid=article]').value === '我先打的草稿。');
  assert.deepEqual(requests, [], 'no request after load (the page\'s image was never fetched)');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the Open file… button takes a web page, a text file, and refuses a binary one', async () => {
  const { page, errors, requests } = await openApp();
  // A visible label names the picker, and the keyboard reaches it.
  assert.equal(await page.locator('label[for=file]').textContent(), 'Open file…');
  assert.equal(await page.getAttribute('[data-testid=file]', 'accept'), '.txt,.md,.html,.htm,text/plain,text/markdown,text/html');
  await page.focus('[data-testid=file]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'file');
  await page.setInputFiles('[data-testid=file]', join(fixtures, 'news-page.html'));
  await page.waitForFunction((a) => document.querySelector('[data-testid=article]').value === a, ARTICLE);
  assert.equal(await page.inputValue('[data-testid=date]'), '2024-05-03');
  assert.equal(await page.evaluate(() => window.__fromFile), undefined);
  // A text file: its text (line ends made \n); a file date does not outlive its file.
  await page.setInputFiles('[data-testid=file]', join(fixtures, 'article.txt'));
  const txt = '區議會今天表示，公園將在下週重新開放。\n管理處說：「步道已經修好。」\n';
  await page.waitForFunction((t) => document.querySelector('[data-testid=article]').value === t, txt);
  assert.equal(await page.inputValue('[data-testid=date]'), '');
  assert.match(await page.locator('[data-testid=file-note]').textContent(), /^Loaded article\.txt/);
  // A binary file: a clear message, and the text stays.
  await page.setInputFiles('[data-testid=file]', join(fixtures, 'not-text.txt'));
  await page.waitForSelector('[data-testid=file-error]');
  assert.equal(await page.locator('[data-testid=file-error]').textContent(), 'This is not a text file (it holds binary data). Your text is unchanged.');
  assert.equal(await page.inputValue('[data-testid=article]'), txt);
  // Too large: refused before it is read.
  await page.setInputFiles('[data-testid=file]', { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(2_100_000, 'a') });
  await page.waitForFunction(() => document.querySelector('[data-testid=file-error]')?.textContent.includes('2,100,000 bytes'));
  assert.equal(await page.inputValue('[data-testid=article]'), txt);
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('without a date the results say so, in every language, until a date is set', async () => {
  const { page, errors } = await openApp();
  await page.fill('[data-testid=article]', '市議會昨天表示，環狀線將延長至港區。');
  await page.waitForSelector('[data-testid=no-date]');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  assert.equal(await page.locator('[data-testid=no-date]').textContent(), `No publication date found — relative dates are resolved against today (${today}).`);
  const yesterday = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  assert.ok((await timeTitles(page)).some((t) => t.includes(`昨天 = ${yesterday}`)), 'resolved against today');
  assert.equal(await page.getAttribute('[data-testid=used-date]', 'data-source'), 'none');
  for (const [lang, words] of [['zh-Hant', '沒有找到發布日期'], ['zh-Hans', '没有找到发布日期']]) {
    await page.selectOption('[data-testid=lang]', lang);
    assert.match(await page.locator('[data-testid=no-date]').textContent(), new RegExp(`${words}.*${today}`));
  }
  await page.fill('[data-testid=date]', '2025-10-24');
  await page.locator('[data-testid=date]').dispatchEvent('change');
  await page.waitForSelector('[data-testid=used-date][data-source=user]');
  assert.equal(await page.locator('[data-testid=no-date]').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('counts read right: one mention, many mentions', async () => {
  const { page, errors } = await openApp();
  await page.fill('[data-testid=article]', '微軟執行長 Satya Nadella 週四表示，公司將擴大投資。谷歌發言人說，谷歌不予置評。');
  await page.waitForSelector('[data-testid=mentions]');
  const counts = await page.locator('[data-testid=mentions]').allTextContents();
  assert.ok(counts.includes('1 mention'), counts.join(' | '));
  assert.ok(counts.every((c) => /^(1 mention|([02-9]|\d[\d,]+) mentions)$/.test(c)), counts.join(' | '));
  await page.selectOption('[data-testid=lang]', 'zh-Hant');
  assert.ok((await page.locator('[data-testid=mentions]').allTextContents()).includes('1 次提及'));
  assert.deepEqual(errors, []);
  await page.close();
});
