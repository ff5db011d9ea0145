// `make serve`'s server (scripts/serve.mjs) as a user runs it, on dist/ and a free port:
// it keeps answering while files of the tree change (no watcher to crash), sends the
// right MIME and cache headers, 404s, refuses paths outside dist/, says clearly when
// its port is taken, and exits 0 on Ctrl-C and on SIGTERM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = join(root, 'dist');
const script = join(root, 'scripts/serve.mjs');

/** A port nobody listens on right now. */
async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

/** Starts the server script; resolves once it says it serves (or rejects on exit). */
function start(port) {
  const child = spawn(process.execPath, [script, dist], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.out = '';
  child.err = '';
  child.stdout.on('data', (d) => { child.out += d; });
  child.stderr.on('data', (d) => { child.err += d; });
  child.exited = new Promise((ok) => child.on('exit', (code, signal) => ok({ code, signal })));
  child.ready = new Promise((ok, fail) => {
    child.stdout.on('data', () => { if (child.out.includes('serving ')) ok(); });
    child.exited.then((e) => fail(new Error(`server exited ${JSON.stringify(e)}: ${child.err}`)));
  });
  child.ready.catch(() => {}); // awaited where the server must start; a refused start is checked by its exit
  return child;
}

/** A raw request line, as a client that does not normalize `..` sends it. */
function rawGet(port, path) {
  return new Promise((ok, fail) => {
    const sock = connect(port, '127.0.0.1', () => sock.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let got = '';
    sock.on('data', (d) => { got += d; });
    sock.on('end', () => ok(got.split('\r\n')[0]));
    sock.on('error', fail);
  });
}

let port;
let server;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/index.html missing: run `make build` first');
  port = await freePort();
  server = start(port);
  await server.ready;
});
after(() => server.kill('SIGKILL'));

test('the server answers while files in the tree change, and serves the right headers', async () => {
  const base = `http://127.0.0.1:${port}`;
  const first = await fetch(`${base}/`);
  assert.equal(first.status, 200);
  assert.match(first.headers.get('content-type'), /^text\/html/);
  assert.equal(first.headers.get('cache-control'), 'no-cache', 'HTML is revalidated');
  const html = await first.text();

  // What crashed trunk's watcher: files appearing, changing and vanishing in the tree.
  const temp = join(root, 'www', `.serve-test-${process.pid}.tmp`);
  const src = join(root, 'src/lib.rs');
  const { atime, mtime } = statSync(src);
  try {
    for (let i = 0; i < 5; i++) {
      writeFileSync(temp, `change ${i}`);
      utimesSync(src, new Date(), new Date());
      const r = await fetch(`${base}/`);
      assert.equal(r.status, 200);
      assert.equal(await r.text(), html, 'the same build: nothing rebuilds behind the server');
      await new Promise((ok) => setTimeout(ok, 100));
    }
    rmSync(temp);
  } finally {
    rmSync(temp, { force: true });
    utimesSync(src, atime, mtime);
  }
  await new Promise((ok) => setTimeout(ok, 500));
  assert.equal((await fetch(`${base}/index.html`)).status, 200, 'still answering after the changes');
  assert.equal(server.exitCode, null, 'still running');

  const wasm = readdirSync(dist).find((f) => f.endsWith('.wasm'));
  assert.ok(wasm, 'a wasm file in dist/');
  const w = await fetch(`${base}/${wasm}`);
  assert.equal(w.status, 200);
  assert.equal(w.headers.get('content-type'), 'application/wasm');
  assert.equal(w.headers.get('cache-control'), 'public, max-age=31536000, immutable', `${wasm} is content-hashed`);
  assert.equal(Number(w.headers.get('content-length')), statSync(join(dist, wasm)).size);
  await w.arrayBuffer();

  const js = await fetch(`${base}/lib/newslens.js`);
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type'), /^text\/javascript/);
  assert.equal(js.headers.get('cache-control'), 'no-cache', 'an unhashed name is revalidated');
  await js.text();

  const folder = await fetch(`${base}/examples?x=1`, { redirect: 'manual' });
  assert.equal(folder.status, 301);
  assert.equal(folder.headers.get('location'), '/examples/?x=1', 'a folder without its slash is redirected to it');
  const index = await fetch(`${base}/examples/`);
  assert.equal(index.status, 200);
  assert.match(await index.text(), /<html/i, 'a folder serves its index.html');

  const missing = await fetch(`${base}/no-such-file.js`);
  assert.equal(missing.status, 404);
  await missing.text();
  // The URL parser drops these `..` (dist/Cargo.toml does not exist) …
  for (const path of ['/../Cargo.toml', '/%2e%2e/Cargo.toml']) {
    assert.match(await rawGet(port, path), /^HTTP\/1\.1 404/, `${path} stays inside dist/`);
  }
  // … and these reach the server's own check once decoded.
  for (const path of ['/lib/..%2f..%2fCargo.toml', '/..%2fCargo.toml', '/%2e%2e%2fscripts%2fserve.mjs']) {
    assert.match(await rawGet(port, path), /^HTTP\/1\.1 403/, `${path} is refused`);
  }
});

test('a taken port is reported clearly and the server exits 0 on SIGINT and SIGTERM', async () => {
  const second = start(port);
  const { code } = await second.exited;
  assert.equal(code, 1);
  assert.match(second.err, new RegExp(`port ${port} .* already taken`));

  const other = start(await freePort());
  await other.ready;
  other.kill('SIGINT');
  assert.deepEqual(await other.exited, { code: 0, signal: null }, 'Ctrl-C closes the server and exits 0');

  // A client connection held open does not keep a stopping server alive.
  const held = connect(port, '127.0.0.1');
  await new Promise((ok) => held.on('connect', ok));
  server.kill('SIGTERM');
  assert.deepEqual(await server.exited, { code: 0, signal: null });
  assert.match(server.out, /stopped \(SIGTERM\)/);
  held.destroy();
});
