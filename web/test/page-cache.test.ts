import { createServer, get as getRaw, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { acceptedEncodings, createPageCache, storagePolicy, type PageCache } from '../server/page-cache.mjs';

/**
 * The page cache in front of a real HTTP server whose handler answers as Next.js does (headers, streaming, gzip when
 * accepted), counting the requests that reach it.
 */
type Reply = { status?: number; headers?: Record<string, string>; chunks?: string[]; delayMs?: number };

let clock = 0;
let server: Server;
let base: string;
let cache: PageCache;
let reached: string[];
let reply: (url: string) => Reply;

function nextLike(request: IncomingMessage, response: ServerResponse) {
  reached.push(`${request.method} ${request.url}`);
  const { status = 200, headers = {}, chunks = [`<html>${request.url}</html>`], delayMs = 0 } = reply(request.url ?? '');
  const gzip = /gzip/.test(String(request.headers['accept-encoding'] ?? ''));
  setTimeout(() => {
    response.setHeader('vary', 'RSC, Accept-Encoding');
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (gzip) {
      response.writeHead(status, { 'content-encoding': 'gzip' });
      response.end(gzipSync(chunks.join('')));
      return;
    }
    response.writeHead(status, ['X-Powered-By-Test', 'flat list']);
    for (const chunk of chunks.slice(0, -1)) response.write(chunk);
    response.end(chunks.at(-1));
  }, delayMs);
}

const ISR = { 'cache-control': 's-maxage=300, stale-while-revalidate=600', etag: '"v1"', 'content-type': 'text/html; charset=utf-8' };

function start(maxBytes = 1024 * 1024, maxEntryBytes?: number) {
  cache = createPageCache({ maxBytes, maxEntryBytes, now: () => clock });
  server = createServer((request, response) => void cache.handle(request, response, nextLike));
  return new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

/** Without gzip unless asked (fetch asks for it by default). */
async function get(path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, { ...init, headers: { 'accept-encoding': 'identity', ...(init.headers as Record<string, string>) } });
  return { status: response.status, headers: response.headers, body: await response.text(), state: response.headers.get('x-page-cache') };
}

beforeEach(async () => {
  clock = 1_000_000;
  reached = [];
  reply = () => ({ headers: ISR });
  await start();
});
function stop() {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
afterEach(stop);

test('a shareable page is stored and served again without reaching Next.js', async () => {
  reply = () => ({ headers: ISR, chunks: ['<html>', 'streamed ', 'in parts', '</html>'] });
  const first = await get('/en/teams/a');
  const second = await get('/en/teams/a');
  expect(first).toMatchObject({ status: 200, body: '<html>streamed in parts</html>', state: 'miss' });
  expect(second).toMatchObject({ status: 200, body: '<html>streamed in parts</html>', state: 'hit' });
  expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(second.headers.get('cache-control')).toBe(ISR['cache-control']);
  expect(second.headers.get('vary')).toBe('RSC, Accept-Encoding');
  expect(second.headers.get('x-powered-by-test')).toBe('flat list');
  expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(second.body)));
  expect(reached).toEqual(['GET /en/teams/a']);
  clock += 42_000;
  expect((await get('/en/teams/a')).headers.get('age')).toBe('42');
  expect(cache.stats()).toMatchObject({ hits: 2, misses: 1, entries: 1 });
});

test('each set of accepted encodings has its own copy', async () => {
  const gzipped = await fetch(`${base}/fr`, { headers: { 'accept-encoding': 'gzip' } }).then(async (response) => ({
    encoding: response.headers.get('content-encoding'),
    // fetch decodes: the bytes on the wire were gzip.
    body: await response.text(),
  }));
  const plain = await get('/fr', { headers: { 'accept-encoding': 'identity' } });
  // The stored gzip bytes, as they go on the wire.
  const gzippedAgain = await new Promise<{ state: unknown; bytes: Buffer }>((resolve, reject) =>
    getRaw(`${base}/fr`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ state: response.headers['x-page-cache'], bytes: Buffer.concat(chunks) }));
    }).on('error', reject),
  );
  expect(gzipped).toEqual({ encoding: 'gzip', body: '<html>/fr</html>' });
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(plain.body).toBe('<html>/fr</html>');
  expect(gzippedAgain.state).toBe('hit');
  expect(gunzipSync(gzippedAgain.bytes).toString()).toBe('<html>/fr</html>');
  expect(reached).toEqual(['GET /fr', 'GET /fr']);
  expect(acceptedEncodings('gzip, deflate, br, zstd')).toBe('br,deflate,gzip,zstd');
  expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toBe('gzip');
  expect(acceptedEncodings('')).toBe('identity');
});

test.each<[string, Reply | null, RequestInit]>([
  ['private pages', { headers: { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' } }, {}],
  ['pages without a shared lifetime', { headers: { 'cache-control': 'max-age=60' } }, {}],
  ['pages setting cookies', { headers: { ...ISR, 'set-cookie': 'a=b' } }, {}],
  ['errors and not-found pages', { status: 404, headers: ISR }, {}],
  ['responses varying on something else', { headers: { ...ISR, vary: 'Cookie' } }, {}],
  ['previews (draft mode)', null, { headers: { cookie: 'theme=dark; __prerender_bypass=abc' } }],
  ['client navigations', null, { headers: { rsc: '1' } }],
  ['authenticated requests', null, { headers: { authorization: 'Bearer x' } }],
  ['other methods', null, { method: 'POST', body: 'x' }],
])('never stores nor serves from the cache: %s', async (_name, answer, init) => {
  if (answer) reply = () => answer;
  await get('/en/page', init);
  await get('/en/page', init);
  expect(reached).toHaveLength(2);
});

test('client navigation payloads (_rsc) and API routes always reach Next.js', async () => {
  await get('/en/teams?_rsc=abc');
  await get('/en/teams?_rsc=abc');
  await get('/api/revalidate');
  await get('/api/revalidate');
  expect(reached).toHaveLength(4);
});

test('past its lifetime, one request refreshes the page while the others get the stale copy', async () => {
  await get('/en/news/a');
  clock += 301_000;
  reply = () => ({ headers: ISR, chunks: ['<html>new</html>'], delayMs: 300 });
  const refreshing = get('/en/news/a');
  await new Promise((resolve) => setTimeout(resolve, 50));
  const others = await Promise.all([get('/en/news/a'), get('/en/news/a')]);
  expect(others.map((answer) => [answer.state, answer.body])).toEqual([
    ['stale', '<html>/en/news/a</html>'],
    ['stale', '<html>/en/news/a</html>'],
  ]);
  expect((await refreshing).body).toBe('<html>new</html>');
  expect((await get('/en/news/a')).state).toBe('hit');
  expect(reached).toHaveLength(2);

  // Past stale-while-revalidate too: everyone waits for Next.js.
  clock += 1_000_000;
  reply = () => ({ headers: ISR, chunks: ['<html>newer</html>'] });
  expect(await get('/en/news/a')).toMatchObject({ state: 'miss', body: '<html>newer</html>' });
});

test('a copy Next.js marks stale is stored already expired, so the regenerated page follows', async () => {
  reply = () => ({ headers: { ...ISR, 'x-nextjs-cache': 'STALE' } });
  await get('/en');
  reply = () => ({ headers: { ...ISR, 'x-nextjs-cache': 'HIT' }, chunks: ['<html>regenerated</html>'] });
  expect(await get('/en')).toMatchObject({ state: 'miss', body: '<html>regenerated</html>' });
  expect(await get('/en')).toMatchObject({ state: 'hit', body: '<html>regenerated</html>' });
});

test('purge empties the cache, and a response in flight during a purge is not kept', async () => {
  await get('/en');
  cache.purge();
  reply = () => ({ headers: ISR, chunks: ['<html>old render</html>'], delayMs: 200 });
  const inFlight = get('/en');
  await new Promise((resolve) => setTimeout(resolve, 50));
  cache.purge();
  expect((await inFlight).body).toBe('<html>old render</html>');
  reply = () => ({ headers: ISR, chunks: ['<html>after publish</html>'] });
  expect(await get('/en')).toMatchObject({ state: 'miss', body: '<html>after publish</html>' });
  expect(reached).toHaveLength(3);
});

test('concurrent requests for a missing page wait for one render', async () => {
  reply = () => ({ headers: ISR, delayMs: 150 });
  const answers = await Promise.all(Array.from({ length: 20 }, () => get('/en/people/x')));
  expect(new Set(answers.map((answer) => answer.body))).toEqual(new Set(['<html>/en/people/x</html>']));
  expect(reached).toEqual(['GET /en/people/x']);
});

test('HEAD and conditional requests are answered from the stored response', async () => {
  await get('/en');
  const head = await fetch(`${base}/en`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
  expect([head.status, head.headers.get('x-page-cache'), head.headers.get('content-length')]).toEqual([200, 'hit', '16']);
  expect(await head.text()).toBe('');
  const conditional = await get('/en', { headers: { 'if-none-match': '"v1"' } });
  expect([conditional.status, conditional.body, conditional.headers.get('etag')]).toEqual([304, '', '"v1"']);
  expect(reached).toEqual(['GET /en']);
});

test('memory stays bounded: the least recently used pages go first, oversized ones are not kept', async () => {
  await stop();
  await start(100, 60);
  reply = (url) => ({ headers: ISR, chunks: [url.includes('big') ? 'x'.repeat(61) : 'y'.repeat(40)] });
  await get('/a');
  await get('/b');
  await get('/a'); // a is now the most recent
  await get('/c'); // over 100 bytes: b goes
  await get('/big');
  expect(cache.stats()).toMatchObject({ entries: 2, bytes: 80, evicted: 1 });
  expect((await get('/a')).state).toBe('hit');
  expect((await get('/c')).state).toBe('hit');
  expect((await get('/b')).state).toBe('miss');
  expect((await get('/big')).state).toBe('miss');
});

test('what may be stored, and for how long', () => {
  expect(storagePolicy(200, { 'cache-control': 's-maxage=300, stale-while-revalidate=31535700' })).toEqual({
    freshFor: 300_000,
    staleFor: 31_535_700_000,
  });
  expect(storagePolicy(200, { 'cache-control': 'public, max-age=31536000, immutable' })).toEqual({ freshFor: 31_536_000_000, staleFor: 0 });
  expect(storagePolicy(200, { 'cache-control': 'public, max-age=0' })).toBeNull();
  expect(storagePolicy(200, { 'cache-control': 's-maxage=abc' })).toBeNull();
  expect(storagePolicy(200, {})).toBeNull();
  expect(storagePolicy(301, { 'cache-control': 's-maxage=300' })).toBeNull();
});
