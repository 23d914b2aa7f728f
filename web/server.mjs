// @ts-check
/**
 * The website's production server (what `npm start` and the Docker image run): Next.js's standalone server, with one
 * difference. When a page cannot be rendered because the CMS is unreachable (a page never cached before, during an
 * outage), the answer is 503 Service Unavailable with Retry-After, not 500: the site is temporarily unable to serve
 * it, it is not broken, and crawlers come back later. Pages rendered before keep being served from the cache.
 * It runs from the standalone output, where scripts/prepare-standalone.mjs copies it beside Next's own server.js.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
process.env.NODE_ENV = 'production';
process.chdir(dir);

const { config } = JSON.parse(readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8'));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || '0.0.0.0';
const UNAVAILABLE_SINCE = Symbol.for('institute.cms-unavailable-since');
const RETRY_AFTER_SECONDS = 30;

const { default: next } = await import('next');
const app = next({ dev: false, dir, hostname, port, conf: config });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const writeHead = response.writeHead;
  // @ts-expect-error -- writeHead is overloaded; every overload passes the status first.
  response.writeHead = function (status, ...rest) {
    if (status >= 500 && status !== 503 && /** @type {Record<symbol, unknown>} */ (globalThis)[UNAVAILABLE_SINCE]) {
      status = 503;
      this.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      this.setHeader('Cache-Control', 'no-store');
    }
    return writeHead.call(this, status, ...rest);
  };
  void handle(request, response);
});
const keepAlive = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? '', 10);
if (Number.isFinite(keepAlive) && keepAlive >= 0) server.keepAliveTimeout = keepAlive;
server.listen(port, hostname, () => console.log(`Website ready on http://${hostname}:${port}`));

for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
