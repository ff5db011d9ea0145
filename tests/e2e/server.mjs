// The e2e specs' server: the one `make serve` uses (scripts/static-server.mjs) on a free
// port of 127.0.0.1, recording each request's URL (the specs check what a page asked for).
import { listen } from '../../scripts/static-server.mjs';

/**
 * Serves `root` on a free port of 127.0.0.1; resolves to { url, close, requests }.
 * `mounts` maps URL prefixes (`/__jieba/`) to other folders.
 */
export async function serve(root, mounts = {}) {
  const { url, requests, close } = await listen(root, { mounts, record: true });
  return { url, requests, close };
}
