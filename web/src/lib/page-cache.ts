/**
 * The production server's page cache (server/page-cache.mjs), reached through a process-wide symbol: the server and
 * the route handlers run in one process. Under `next dev` or `next start` there is none and purging does nothing.
 */
const KEY = Symbol.for('institute.page-cache');
type Holder = { [KEY]?: { purge(): void } };

/** Empties the page cache: content changed, the next visitors must get pages Next.js renders afresh. */
export function purgePageCache(): void {
  (globalThis as Holder)[KEY]?.purge();
}
