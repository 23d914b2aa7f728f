import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * Whether the CMS answered lately, shared with the production server (server.mjs) through a process-wide symbol: when
 * a page fails to render because the CMS is unreachable, that server answers 503 Service Unavailable (with
 * Retry-After) instead of 500. Pages rendered before keep being served from the cache meanwhile.
 */
const KEY = Symbol.for('institute.cms-unavailable-since');
type Flags = { [KEY]?: number };

/** GraphQL errors mean the CMS is up and refused the query; anything else (no connection, 5xx, timeout) means it is not. */
export function recordCmsOutcome(error: unknown): void {
  const flags = globalThis as Flags;
  if (error === undefined || CombinedGraphQLErrors.is(error)) delete flags[KEY];
  else flags[KEY] ??= Date.now();
}
