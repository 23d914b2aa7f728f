// @ts-check
/**
 * The production server's page cache: a shared HTTP cache in front of Next.js, in the same process.
 *
 * Next.js answers a page from its ISR cache in a few milliseconds, but most of that time is Next.js itself (routing,
 * the proxy, headers, reading the cache entry, compressing). This cache keeps the complete responses Next.js marks as
 * shareable and answers the next identical request with the stored bytes, as nginx's proxy cache or a CDN would:
 * - what is stored: GET responses with status 200, `Cache-Control: s-maxage` (or `public, max-age`), no Set-Cookie
 *   and a Vary this cache understands; one entry per URL and accepted content encodings (the stored bytes are the ones
 *   Next.js compressed for that client);
 * - what is never answered from it: requests with cookies of draft mode (editors' previews), Next.js's client
 *   navigation requests (RSC headers, `_rsc`), server actions, authenticated requests, other methods than GET/HEAD;
 * - freshness: an entry is fresh for its s-maxage; past it, the first request goes to Next.js (which regenerates the
 *   page in the background as ISR does) while the others get the stale copy, for as long as stale-while-revalidate
 *   allows; a response Next.js itself marks stale is stored as already expired, so the regenerated page follows;
 * - `purge()` empties the cache: the website calls it when the CMS announces a change (after expiring Next.js's own
 *   cache tags), so the next visitor gets the new content; a response in flight during a purge is not stored;
 * - concurrent misses for one entry wait for the first (one render, not sixty-four);
 * - memory is bounded: the least recently used entries go first.
 */

import { interceptCalls } from './intercept.mjs';

/** Request headers of Next.js's client-side navigation: their responses are not pages. */
const NAVIGATION_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];
/** Vary values this cache satisfies: encodings are part of the key; navigation requests are never cached. */
const UNDERSTOOD_VARY = new Set(['accept-encoding', ...NAVIGATION_HEADERS, 'next-url']);
/** Headers that describe one connection or one answer, not the stored response. */
const NOT_STORED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'age', 'content-length', 'x-page-cache']);
const PREVIEW_COOKIES = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/;
const KNOWN_ENCODINGS = ['br', 'deflate', 'gzip', 'zstd'];
/** How long a request waits for another one fetching the same entry, before going to Next.js itself. */
const COLLAPSE_WAIT_MS = 10000;

/**
 * @typedef {object} CacheEntry
 * @property {string} key
 * @property {Record<string, string | string[]>} headers
 * @property {Buffer} body
 * @property {string | undefined} etag
 * @property {number} storedAt   milliseconds
 * @property {number} freshFor   milliseconds
 * @property {number} staleFor   milliseconds after freshness during which the stale copy may be served
 */

/**
 * @typedef {object} PageCacheOptions
 * @property {number} maxBytes          total size of the stored bodies
 * @property {number} [maxEntryBytes]   largest response stored
 * @property {() => number} [now]       the clock (tests)
 */

/**
 * @typedef {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown} Handler
 */

/** The encodings a client accepts, as one normalised token (part of the key: a client gets what it can decode). */
export function acceptedEncodings(header = '') {
  const accepted = new Set();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    if (name === '*') KNOWN_ENCODINGS.forEach((encoding) => accepted.add(encoding));
    else if (KNOWN_ENCODINGS.includes(name)) accepted.add(name);
  }
  return [...accepted].sort().join(',') || 'identity';
}

/** @param {string | undefined} header */
function cacheControl(header) {
  /** @type {Map<string, string>} */
  const directives = new Map();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, value = ''] = part.trim().split('=');
    if (name) directives.set(name, value.replace(/^"|"$/g, ''));
  }
  return directives;
}

/** @param {import('node:http').IncomingMessage} request */
function isCacheableRequest(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (NAVIGATION_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  if (request.headers.authorization) return false;
  if (PREVIEW_COOKIES.test(request.headers.cookie ?? '')) return false;
  const url = request.url ?? '';
  return url.startsWith('/') && !/[?&]_rsc=/.test(url) && !url.startsWith('/api/');
}

/**
 * How long a response may be served from the cache, or null when it must not be stored.
 * @param {number} status
 * @param {Record<string, string | string[] | number | undefined>} headers lower-case names
 */
export function storagePolicy(status, headers) {
  if (status !== 200 || headers['set-cookie'] !== undefined) return null;
  const directives = cacheControl(String(headers['cache-control'] ?? ''));
  if (['private', 'no-store', 'no-cache'].some((name) => directives.has(name))) return null;
  const vary = String(headers.vary ?? '')
    .toLowerCase()
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (vary.some((name) => !UNDERSTOOD_VARY.has(name))) return null;
  const sharedMaxAge = directives.get('s-maxage') ?? (directives.has('public') ? directives.get('max-age') : undefined);
  const freshSeconds = Number(sharedMaxAge);
  if (sharedMaxAge === undefined || !Number.isFinite(freshSeconds) || freshSeconds <= 0) return null;
  const staleSeconds = Number(directives.get('stale-while-revalidate') ?? 0);
  // Next.js says the copy it gave is stale (it is regenerating the page): store it as already expired.
  const staleFromNext = String(headers['x-nextjs-cache'] ?? '').toUpperCase() === 'STALE';
  return {
    freshFor: staleFromNext ? 0 : freshSeconds * 1000,
    staleFor: (Number.isFinite(staleSeconds) ? staleSeconds : 0) * 1000 + (staleFromNext ? freshSeconds * 1000 : 0),
  };
}

/** @param {PageCacheOptions} options */
export function createPageCache({ maxBytes, maxEntryBytes = 4 * 1024 * 1024, now = Date.now }) {
  /** Insertion order is recency order: a hit moves its entry to the end. @type {Map<string, CacheEntry>} */
  const entries = new Map();
  /** @type {Map<string, Promise<void>>} */
  const inFlight = new Map();
  let storedBytes = 0;
  let generation = 0;
  const counters = { hits: 0, stale: 0, misses: 0, bypasses: 0, stored: 0, evicted: 0, purges: 0 };

  /** @param {string} key */
  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    storedBytes -= entry.body.length;
  }

  /** @param {CacheEntry} entry */
  function store(entry) {
    remove(entry.key);
    entries.set(entry.key, entry);
    storedBytes += entry.body.length;
    counters.stored += 1;
    for (const key of entries.keys()) {
      if (storedBytes <= maxBytes) break;
      remove(key);
      counters.evicted += 1;
    }
  }

  /**
   * @param {CacheEntry} entry
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {'hit' | 'stale'} state
   */
  function serve(entry, request, response, state) {
    entries.delete(entry.key);
    entries.set(entry.key, entry);
    const age = Math.max(0, Math.floor((now() - entry.storedAt) / 1000));
    const notModified = entry.etag !== undefined && request.headers['if-none-match'] === entry.etag;
    response.writeHead(notModified ? 304 : 200, {
      ...entry.headers,
      ...(notModified ? {} : { 'content-length': String(entry.body.length) }),
      age: String(age),
      'x-page-cache': state,
    });
    response.end(notModified || request.method === 'HEAD' ? undefined : entry.body);
  }

  /**
   * Sends the request to Next.js and stores the response if it may be shared.
   * @param {string} key
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {Handler} next
   */
  function fetchAndStore(key, request, response, next) {
    const startedIn = generation;
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let status = 0;
    /** @type {Record<string, string | string[]>} */
    let headers = {};
    let keep = request.method === 'GET';

    interceptCalls(response, 'writeHead', ([code, ...rest]) => {
      const fields = rest.find((value) => value !== null && typeof value === 'object');
      status = Number(code);
      headers = {};
      for (const [name, value] of Object.entries(response.getHeaders())) {
        if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value : String(value);
      }
      if (Array.isArray(fields)) {
        // [name, value, name, value...]
        for (let index = 0; index + 1 < fields.length; index += 2) headers[String(fields[index]).toLowerCase()] = String(fields[index + 1]);
      } else if (fields) {
        for (const [name, value] of Object.entries(fields)) {
          if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : String(value);
        }
      }
      if (keep && !storagePolicy(status, headers)) keep = false;
      if (keep) response.setHeader('x-page-cache', 'miss');
    });
    /** @param {unknown[]} args write(chunk, encoding?, callback?) or end(chunk?, encoding?, callback?) */
    const collect = ([chunk, encoding]) => {
      if (!keep || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
          : Buffer.from(/** @type {Uint8Array} */ (chunk));
      size += buffer.length;
      if (size > maxEntryBytes) {
        keep = false;
        chunks.length = 0;
      } else chunks.push(buffer);
    };
    interceptCalls(response, 'write', collect);
    interceptCalls(response, 'end', collect);

    /** @type {() => void} */
    let settle = () => {};
    /** @type {Promise<void>} */
    const pending = new Promise((resolve) => (settle = () => resolve()));
    inFlight.set(key, pending);
    const done = () => {
      if (inFlight.get(key) === pending) inFlight.delete(key);
      settle();
    };
    response.once('finish', () => {
      const policy = keep ? storagePolicy(status, headers) : null;
      if (policy && generation === startedIn) {
        /** @type {Record<string, string | string[]>} */
        const stored = {};
        for (const [name, value] of Object.entries(headers)) if (!NOT_STORED.has(name)) stored[name] = value;
        store({
          key,
          headers: stored,
          body: Buffer.concat(chunks),
          etag: typeof headers.etag === 'string' ? headers.etag : undefined,
          storedAt: now(),
          ...policy,
        });
      }
      done();
    });
    response.once('close', done);
    return next(request, response);
  }

  /**
   * Answers the request from the cache, or lets Next.js answer it (and stores its answer when it may be shared).
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {Handler} next
   */
  async function handle(request, response, next) {
    if (maxBytes <= 0 || !isCacheableRequest(request)) {
      counters.bypasses += 1;
      return next(request, response);
    }
    const key = `${request.url}\n${acceptedEncodings(String(request.headers['accept-encoding'] ?? ''))}`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const entry = entries.get(key);
      const age = entry ? now() - entry.storedAt : 0;
      if (entry && age < entry.freshFor) {
        counters.hits += 1;
        return serve(entry, request, response, 'hit');
      }
      const pending = inFlight.get(key);
      if (entry && age < entry.freshFor + entry.staleFor && pending) {
        counters.stale += 1;
        return serve(entry, request, response, 'stale');
      }
      if (!pending || attempt > 0) break;
      // Someone is fetching this entry: wait for it rather than rendering the same page again.
      await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, COLLAPSE_WAIT_MS).unref())]);
      if (request.destroyed) return undefined;
    }
    counters.misses += 1;
    return fetchAndStore(key, request, response, next);
  }

  return {
    handle,
    /** Forgets every stored response (content changed). */
    purge() {
      generation += 1;
      counters.purges += 1;
      entries.clear();
      storedBytes = 0;
    },
    stats() {
      return { ...counters, entries: entries.size, bytes: storedBytes };
    },
  };
}

/** @typedef {ReturnType<typeof createPageCache>} PageCache */
