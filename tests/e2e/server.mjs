// A small static file server for the built app (dist/), with the right MIME types
// for wasm and module scripts. Used by the e2e specs; listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.bin': 'application/octet-stream',
};

/**
 * Content-hashed names (`worker-0123456789abcdef.js`) never change: cache them for good.
 * trunk writes its 64-bit hashes without leading zeros, so a name can have fewer than
 * 16 hex digits (`app-8a38eab2f873cee.js`).
 */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

/**
 * Serves `root` on a free port of 127.0.0.1; resolves to { url, close, requests }.
 * `mounts` maps URL prefixes (`/__jieba/`) to other folders.
 */
export async function serve(root, mounts = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let dir = base;
      for (const [prefix, other] of Object.entries(mounts)) {
        if (path.startsWith(prefix)) { dir = resolve(other); path = path.slice(prefix.length - 1); }
      }
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((ok) => server.close(ok)) };
}
