// The JS API: load once, analyze on the page's thread or in a worker.
import * as NewsLens from '../lib/newslens.js';

const $ = (id) => document.getElementById(id);
const analyzer = await NewsLens.load();
$('status').textContent = `Loaded ${await NewsLens.version()} (NER model: ${analyzer.hasModel ? 'yes' : 'no'}).`;

function show(text, analysis) {
  const list = $('mentions');
  list.replaceChildren();
  for (const entity of analysis.entities) {
    for (const m of entity.mentions) {
      const li = document.createElement('li');
      // Offsets are JavaScript string indices: slice gives the mention.
      li.textContent = `${entity.type}: ${text.slice(m.start, m.end)} [${m.start}, ${m.end})`;
      list.append(li);
    }
  }
  $('json').textContent = JSON.stringify(analysis, null, 2);
}

$('run').addEventListener('click', () => {
  const text = $('text').value;
  const t0 = performance.now();
  const analysis = analyzer.analyze(text, { referenceDate: $('date').value });
  $('status').textContent = `analyze(): ${(performance.now() - t0).toFixed(1)} ms`;
  show(text, analysis);
});
$('run-async').addEventListener('click', async () => {
  const text = $('text').value;
  const analysis = await analyzer.analyzeAsync(text, { referenceDate: $('date').value });
  $('status').textContent = 'analyzeAsync(): done in a worker';
  show(text, analysis);
});
$('run').disabled = $('run-async').disabled = false;
