/* NewsLens widget. Load it from the NewsLens site:
 *   <script src="https://YOUR-NEWSLENS-HOST/embed.js" defer></script>
 * then either mark up articles
 *   <div data-newslens data-panels="timeline,actors,claims" data-date="2025-10-24">article text…</div>
 * or mount from code
 *   const w = NewsLens.mount(element, { text, panels, date, theme, lang });
 *   const analysis = await w.analyze(otherText, '2025-10-24');
 * Each becomes an iframe of the NewsLens app in embed mode; the text goes to it by
 * postMessage (never through the URL), the analysis runs inside the iframe, and the
 * iframe reports its height so it grows with its content. Events: the element gets a
 * `newslens:result` CustomEvent whose detail is the analysis. */
(() => {
  'use strict';
  const script = document.currentScript;
  const app = new URL('./', script && script.src ? script.src : location.href);
  const ORIGIN = app.origin;
  const widgets = new Set();

  function src(o) {
    const q = new URLSearchParams({ embed: '1' });
    if (o.panels) q.set('panels', [].concat(o.panels).join(','));
    if (o.date) q.set('date', o.date);
    if (o.theme) q.set('theme', o.theme);
    if (o.lang) q.set('lang', o.lang);
    // Only this page may drive the iframe.
    if (location.origin && location.origin !== 'null') q.set('origins', location.origin);
    return new URL('?' + q.toString(), app).href;
  }

  function mount(element, options) {
    if (!(element instanceof Element)) throw new TypeError('NewsLens.mount needs an element');
    const o = Object.assign({}, options);
    const text = typeof o.text === 'string' ? o.text : element.textContent.trim();
    const frame = document.createElement('iframe');
    frame.src = src(o);
    frame.title = o.title || 'NewsLens analysis';
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-downloads');
    frame.style.cssText = 'width:100%;border:0;height:' + (o.height || 240) + 'px;display:block';
    element.textContent = '';
    element.appendChild(frame);

    let ready = false;
    let next = 1;
    const queue = [];
    const waiting = new Map();
    const send = (req) => frame.contentWindow.postMessage(req, ORIGIN);
    const w = {
      element, frame,
      analyze(t, date) {
        const id = 'w' + next++;
        const req = { type: 'newslens:analyze', id, text: String(t), date: date || o.date || '' };
        return new Promise((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          ready ? send(req) : queue.push(req);
        });
      },
      destroy() {
        widgets.delete(w);
        frame.remove();
        waiting.forEach((p) => p.reject(new Error('NewsLens widget removed')));
        waiting.clear();
      },
      onMessage(d) {
        if (d.type === 'newslens:ready') {
          ready = true;
          queue.splice(0).forEach(send);
        } else if (d.type === 'newslens:resize' && d.height > 0) {
          frame.style.height = Math.ceil(d.height) + 'px';
        } else if (d.type === 'newslens:result' || d.type === 'newslens:error') {
          const p = waiting.get(d.id);
          waiting.delete(d.id);
          if (d.type === 'newslens:result') {
            element.dispatchEvent(new CustomEvent('newslens:result', { detail: d.analysis }));
            p && p.resolve(d.analysis);
          } else {
            p && p.reject(new Error(d.message));
          }
        }
      },
    };
    widgets.add(w);
    if (text) w.analyze(text).catch(() => {});
    return w;
  }

  // Only messages from one of our iframes, from the NewsLens origin, are read.
  addEventListener('message', (event) => {
    if (event.origin !== ORIGIN || !event.data || typeof event.data.type !== 'string') return;
    widgets.forEach((w) => { if (event.source === w.frame.contentWindow) w.onMessage(event.data); });
  });

  function auto() {
    document.querySelectorAll('[data-newslens]:not([data-newslens-mounted])').forEach((el) => {
      el.setAttribute('data-newslens-mounted', '');
      mount(el, { panels: el.dataset.panels, date: el.dataset.date, theme: el.dataset.theme, lang: el.dataset.lang });
    });
  }

  window.NewsLens = Object.assign(window.NewsLens || {}, { mount, scan: auto, origin: ORIGIN });
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', auto) : auto();
})();
