// In the browser: unusual and hostile pastes keep the page working and the
// text in the editor; oversized text gets a clear message; after the page has loaded,
// analyzing makes no network request at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, articleText, pasteText } from '../browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../../dist');
let server, browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/index.html missing: run `make build` first');
  server = await serve(dist);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const CASES = {
  'whitespace only': ' \t\n\u3000  ',
  'one character': '我',
  'punctuation only': '，。！？、；：「」『』（）'.repeat(20),
  'NUL and controls': '亞馬遜\u0000AWS\u0001\u0007\u001b[31m週四\u007f表示，',
  'emoji ZWJ and skin tones': '👩🏽‍💻 表示 👨‍👩‍👧‍👦 週四 🇹🇼 Matt Garman 👍🏿 40 億美元',
  'CJK extension B': '𠀀𠀁𠮷野家 𡈽 表示，𪚥 去年9月',
  'right-to-left': 'مرحبا بالعالم שלום עולם 亞馬遜表示，AWS',
  'BOM and CRLF': '\ufeff亞馬遜表示，\r\nAWS 週四宣布。\r\n',
  'bidi controls': '亞\u200b馬\u200c遜\u200d\u2066AWS\u2069\u202e表示\ufeff',
  'javascript link': '<a href="javascript:alert(3)">連結</a><svg onload=alert(4)></svg> 微軟表示，',
  'impossible dates': '2月30日 13月 2023年2月29日 9999年99月99日',
  'huge numbers': '9999999999999億 99999999999999999999999999 元',
  'japanese and korean': '東京都の天気は晴れです。삼성전자는 목요일 발표했다.',
  'long sentence': '亞馬遜雲端部門AWS執行長表示谷歌週四宣佈'.repeat(2500),
  'repeated names': '亞馬遜 AWS Matt Garman 表示，'.repeat(800),
  'digits only': '0123456789'.repeat(50),
  'latin only': 'Matt Garman said on Thursday that AWS would ship Trainium3 in 2026.',
  'combining marks': 'e\u0301\u0302\u0303 亞馬遜\u0300 Garman\u0301 表示',
  'full-width ASCII': 'ＡＷＳ　執行長　Ｍａｔｔ　Ｇａｒｍａｎ　２０２３年９月',
  'CR line ends': '亞馬遜表示，\rAWS 週四宣布。\r2023 年 9 月',
  'markdown': '# 標題\n\n- **亞馬遜** 表示\n- [AWS](https://aws.amazon.com) `code`\n\n> 引用',
  'mixed scripts': '亞馬遜与谷歌在台積電和台积电的合作中表示，國家与国家',
  'lone quotes and brackets': '「「「『（（《〈“‘ 他說 」」」』））》〉”’',
  'only cue words': '表示說稱指出強調認為透露宣佈'.repeat(30),
  'only titles': '董事長總統執行長分析師發言人'.repeat(30),
  'deep nesting of quotes': '「'.repeat(500) + '內容' + '」'.repeat(500),
  'private use and U+FFFD': '\ue000\uf8ff\ufffd\u{10ffff} 表示',
  'tabs and form feeds': '亞馬遜\t\t表示\fAWS\v週四',
};

test('unusual and hostile pastes: no error, no dialog, the text stays', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  let dialog = false;
  page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  for (const [name, text] of Object.entries(CASES)) {
    await page.fill('[data-testid=article]', text);
    await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('[data-testid=status]').dataset.state), null, { timeout: 30000 });
    await page.waitForTimeout(150);
    await page.waitForFunction(() => document.querySelector('[data-testid=status]').dataset.state === 'ready', null, { timeout: 30000 });
    const kept = await articleText(page);
    assert.equal(kept, text.replace(/\r\n?/g, '\n'), name);
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('svg[onload]').count(), 0);
  assert.equal(dialog, false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('text over 2 MB gets a clear message and stays in the editor', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  const text = '亞馬遜雲端部門 AWS 表示，'.repeat(70000);
  await pasteText(page, text);
  await page.waitForSelector('[data-testid=status][data-state=error]', { timeout: 30000 });
  assert.match(await page.locator('[data-testid=status]').textContent(), /up to 2097152 bytes/);
  assert.ok((await articleText(page)) === text, 'the text stays in the editor');
  // One 2.8 MB line: a textarea (a block lays such a line out in minutes).
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid=article]').tagName), 'TEXTAREA');
  await page.close();
});

test('a long text is analyzed in chunks with progress, and editing again cancels it', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  const paste = (text) => pasteText(page, text);
  // 1.6 MB, written for this test: progress shows, then the whole text's analysis.
  const line = '台北市政府週一表示，捷運環狀線北環段將於明年底通車。市長蔣萬安說：「通勤時間可縮短 20 分鐘。」\n';
  const long = line.repeat(Math.ceil((1.6 * (1 << 20)) / Buffer.byteLength(line)));
  await paste(long);
  await page.waitForSelector('[data-testid=status][data-progress]', { timeout: 30000 });
  assert.match(await page.locator('[data-testid=status]').textContent(), /%/);
  await page.waitForSelector('[data-testid=status][data-state=ready][data-analysis-ms]', { timeout: 60000 });
  // The view is drawn block by block; the plain tail's blocks come last.
  await page.waitForSelector('[data-testid=article-view][data-complete]', { timeout: 30000 });
  const shown = await page.evaluate(() => document.querySelector('[data-testid=article-view]').textContent.length);
  assert.equal(shown, long.length, 'the whole text is shown');
  const mentions = await page.locator('[data-testid=article-view] mark[data-entity]').count();
  assert.ok(mentions > 100, `${mentions} highlighted mentions`);
  assert.equal(await page.locator('[data-testid=highlight-limit]').count(), 1, 'the highlight limit is said');
  // Paste it again, and while it is in progress, replace it with a short text: the
  // short text's results come, the long analysis is dropped.
  await paste(long + '。');
  await page.waitForSelector('[data-testid=status][data-progress]', { timeout: 30000 });
  const short = '經濟部本週三公布，上月外銷訂單年增 12%。部長郭智輝表示，AI 伺服器需求仍強。';
  await paste(short);
  await page.waitForFunction((short) => document.querySelector('[data-testid=article-view]')?.textContent === short
    && document.querySelector('[data-testid=status]').dataset.state === 'ready', short, { timeout: 30000 });
  assert.equal(await articleText(page), short);
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('[data-testid=article-view]').textContent(), short, 'the dropped long analysis never shows');
  await page.close();
});

test('after load, analyzing makes no network request', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + '/', { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  await page.waitForLoadState('networkidle');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.fill('[data-testid=date]', '2025-10-24');
  await page.locator('[data-testid=date]').dispatchEvent('change');
  await page.fill('[data-testid=article]', '亞馬遜雲端部門 AWS 執行長 Matt Garman 週四表示，公司將在 2025 年 3 月推出新晶片。https://example.com/x.png <img src="https://example.com/y.png">');
  await page.waitForSelector('[data-testid=article-view]');
  await page.click('[data-testid=share]');
  await page.waitForTimeout(300);
  assert.deepEqual(requests, []);
  await page.close();
});

test('a worker that panics is replaced, and the text and results come back', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + '/?debug=panic');
  await page.waitForSelector('[data-testid=status][data-state=ready]', { timeout: 30000 });
  const text = '亞馬遜雲端部門 AWS 執行長 Matt Garman 週四表示，公司將推出新晶片。';
  await page.fill('[data-testid=article]', text);
  // The debug hook made the worker panic before it could answer; the watchdog replaces it.
  await page.waitForSelector('[data-testid=notice]', { timeout: 40000 });
  assert.match(await page.locator('[data-testid=notice]').textContent(), /restarted|重新/);
  await page.waitForSelector('[data-testid=article-view]', { timeout: 40000 });
  assert.equal(await page.locator('[data-testid=article]').inputValue(), text);
  assert.ok(await page.locator('[data-testid=entity]').count() >= 2);
  await page.close();
});
