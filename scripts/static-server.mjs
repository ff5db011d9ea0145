// The static file server for the built app (dist/): the right MIME types for wasm and
// module scripts, content-hashed files cached for good and HTML revalidated, 404s, no
// path outside the served folder. Shared by `make serve` (scripts/serve.mjs) and the
// e2e specs (tests/e2e/server.mjs). Node's standard library only.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.bin': 'application/octet-stream',
  '.ts': 'text/plain; charset=utf-8', '.map': 'application/json', '.webmanifest': 'application/manifest+json',
};

/**
 * Content-hashed names (`worker-0123456789abcdef.js`) never change: cache them for good.
 * trunk writes its 64-bit hashes without leading zeros, so a name can have fewer than
 * 16 hex digits (`app-8a38eab2f873cee.js`).
 */
export const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

/** The file under one of `dirs` that a URL path names, or null when it leaves them. */
function locate(urlPath, base, mounts) {
  let path = urlPath;
  let dir = base;
  for (const [prefix, other] of mounts) {
    if (path.startsWith(prefix)) { dir = other; path = path.slice(prefix.length - 1); break; }
  }
  const file = resolve(dir, '.' + path);
  return file === dir || file.startsWith(dir + sep) ? file : null;
}

/**
 * A request handler serving `root`; `mounts` maps URL prefixes (`/__jieba/`) to other
 * folders; each request's URL is pushed to `requests` when given.
 */
export function handler(root, { mounts = {}, requests = null } = {}) {
  const base = resolve(root);
  const mounted = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  return async (req, res) => {
    requests?.push(req.url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request');
      return;
    }
    // A `..` the URL parser kept (`%2e%2e`, raw request lines) or a NUL never reaches the disk.
    let file = path.includes('\0') ? null : locate(path, base, mounted);
    if (file === null) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden');
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      // `/examples` → `/examples/`, so the page's relative links resolve inside the folder.
      if (!path.endsWith('/')) {
        const url = new URL(req.url, 'http://x');
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') { res.end(); return; }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
}

/**
 * Listens on `host`:`port` (0: a free port); resolves to { url, port, server, close,
 * requests } or rejects with the listen error (`EADDRINUSE` when the port is taken).
 */
export async function listen(root, { port = 0, host = '127.0.0.1', mounts = {}, record = false } = {}) {
  const requests = record ? [] : null;
  const server = createServer(handler(root, { mounts, requests }));
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => { server.off('error', fail); ok(); });
  });
  const bound = server.address().port;
  const shown = host.includes(':') ? `[${host}]` : host;
  const close = () => new Promise((ok) => { server.close(() => ok()); server.closeAllConnections(); });
  return { url: `http://${shown}:${bound}`, port: bound, server, requests, close };
}
