// The protocol by hand: wait for `newslens:ready`, send `newslens:analyze`, read the
// `newslens:result` reply and follow `newslens:resize` to size the iframe.
const frame = document.getElementById('frame');
const reply = document.getElementById('reply');
const origin = new URL(frame.src, location.href).origin;
let nextId = 1;

function send() {
  frame.contentWindow.postMessage({
    type: 'newslens:analyze',
    id: nextId++,
    text: document.getElementById('text').value,
    date: document.getElementById('date').value,
  }, origin);
}

addEventListener('message', (event) => {
  if (event.origin !== origin || event.source !== frame.contentWindow) return;
  const msg = event.data;
  if (msg.type === 'newslens:ready') send();
  if (msg.type === 'newslens:resize') frame.style.height = `${msg.height}px`;
  if (msg.type === 'newslens:result') reply.textContent = JSON.stringify(msg.analysis, null, 2);
  if (msg.type === 'newslens:error') reply.textContent = `Error: ${msg.message}`;
});
document.getElementById('send').addEventListener('click', send);
