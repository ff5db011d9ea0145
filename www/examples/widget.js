// Mounts a second widget from code and reports what it found.
const text = '台北市政府週一表示，捷運環狀線北環段將於明年底通車。市長蔣萬安說：「通車後新北與台北的通勤時間可縮短 20 分鐘。」';
const widget = NewsLens.mount(document.getElementById('mounted'), { text: '', panels: 'actors', theme: 'dark', lang: 'en', date: '2025-03-03' });
widget.analyze(text).then((analysis) => {
  document.getElementById('mounted-status').textContent =
    `Found ${analysis.entities.length} actors and ${analysis.times.length} time expressions.`;
});
