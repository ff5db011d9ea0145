#!/usr/bin/env node
// `make serve`: serves the release build (dist/) on http://127.0.0.1:8080 until Ctrl-C.
//   node scripts/serve.mjs [DIR]        DIR defaults to dist/ beside this folder
//   PORT=9000 ADDRESS=0.0.0.0 node scripts/serve.mjs
// No file watcher: rebuild with `make build` (or use `make dev`, trunk's watcher).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listen } from './static-server.mjs';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
const host = process.env.ADDRESS || '127.0.0.1';
const port = Number(process.env.PORT || 8080);

function die(msg) {
  console.error(`serve: ${msg}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535) die(`PORT=${process.env.PORT} is not a port number (0-65535)`);
if (!existsSync(join(root, 'index.html'))) die(`${root}/index.html is missing: run \`make build\` first`);

let server;
try {
  server = await listen(root, { port, host });
} catch (e) {
  if (e.code === 'EADDRINUSE') die(`port ${port} on ${host} is already taken (another \`make serve\`?); stop it or choose another: PORT=8081 make serve`);
  if (e.code === 'EADDRNOTAVAIL') die(`address ${host} is not one of this machine's (ADDRESS=${host})`);
  if (e.code === 'EACCES') die(`not allowed to listen on ${host}:${port} (ports below 1024 need privileges)`);
  die(`cannot listen on ${host}:${port}: ${e.message}`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    console.log(`serve: stopped (${signal})`);
    process.exit(0);
  });
}
// Only now, with the handlers in place, say that it serves (the e2e spec waits for this).
console.log(`serving ${root} at ${server.url}/ (Ctrl-C to stop)`);
