// @ts-check
/**
 * The website's production server (what `npm start` and the Docker image run): Next.js's standalone server, with two
 * differences.
 * - A page cache in front of Next.js (server/page-cache.mjs) answers repeated requests for shareable pages with the
 *   stored response, and is emptied when the CMS announces a change. PAGE_CACHE_MB bounds it (0 turns it off).
 * - When a page cannot be rendered because the CMS is unreachable (a page never cached before, during an outage), the
 *   answer is 503 Service Unavailable with Retry-After, not 500: the site is temporarily unable to serve it, it is
 *   not broken, and crawlers come back later. Pages rendered before keep being served from the caches.
 * It runs from the standalone output, where scripts/prepare-standalone.mjs copies it beside Next's own server.js.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interceptCalls } from './server/intercept.mjs';
import { createPageCache } from './server/page-cache.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));
Object.assign(process.env, { NODE_ENV: 'production' });
process.chdir(dir);

const { config } = JSON.parse(readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8'));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || '0.0.0.0';
const UNAVAILABLE_SINCE = Symbol.for('institute.cms-unavailable-since');
const PAGE_CACHE = Symbol.for('institute.page-cache');
const RETRY_AFTER_SECONDS = 30;

const pageCacheMegabytes = Number(process.env.PAGE_CACHE_MB ?? '256');
if (!Number.isFinite(pageCacheMegabytes) || pageCacheMegabytes < 0) {
  console.error(`PAGE_CACHE_MB must be a number of megabytes (0 turns the page cache off), not "${process.env.PAGE_CACHE_MB}"`);
  process.exit(1);
}
const pageCache = createPageCache({ maxBytes: pageCacheMegabytes * 1024 * 1024 });
// The website's revalidation endpoint empties it (src/lib/page-cache.ts): both run in this process.
/** @type {Record<symbol, unknown>} */ (globalThis)[PAGE_CACHE] = pageCache;

const { default: next } = await import('next');
const app = next({ dev: false, dir, hostname, port, conf: config });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  interceptCalls(response, 'writeHead', (args) => {
    const status = Number(args[0]);
    if (status >= 500 && status !== 503 && /** @type {Record<symbol, unknown>} */ (globalThis)[UNAVAILABLE_SINCE]) {
      args[0] = 503;
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      response.setHeader('Cache-Control', 'no-store');
    }
  });
  void pageCache.handle(request, response, handle);
});
const keepAlive = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? '', 10);
if (Number.isFinite(keepAlive) && keepAlive >= 0) server.keepAliveTimeout = keepAlive;
server.listen(port, hostname, () => console.log(`Website ready on http://${hostname}:${port}`));

for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
