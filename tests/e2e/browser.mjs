// Launches Debian's Chromium headless through playwright-core (no bundled browser).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

// The article input is a textarea, or for a long text the paragraph editor
// (src/paragraphs.rs: chunks of line divs). These read and replace its text the way a
// user's paste does, whichever it is.

/** The article text the input shows. */
export async function articleText(page) {
  // A long text is written into the paragraph editor a few chunks per task.
  await page.waitForSelector('[data-testid=article]:not([data-writing])');
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid=article]');
    if (el.tagName === 'TEXTAREA') return el.value;
    return [...el.children].flatMap((chunk) => [...chunk.children]).map((line) => line.textContent).join('\n');
  });
}

/** Selects all of the input and pastes `text` over it (a paste event with the text on
 *  its clipboard data; if the page does not take the paste over, the browser's own
 *  insertion, as a real paste would do). */
export function pasteText(page, text) {
  return page.evaluate((text) => {
    const el = document.querySelector('[data-testid=article]');
    el.focus();
    if (el.tagName === 'TEXTAREA') {
      el.select();
    } else {
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (el.dispatchEvent(event)) document.execCommand('insertText', false, text);
  }, text);
}
