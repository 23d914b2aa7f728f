import path from 'node:path';
import autocannon from 'autocannon';
import { runTimed } from '../processes';
import { percentile } from '../results';
import { BIN } from '../stack';
import { pageBytes } from './serving';

/**
 * Search as the cheapest way to slow everyone down: search results are rendered for every request (never cached),
 * each one a CMS query that scans and ranks, so a flood of searches is what an attacker, or a crawler following search
 * links, sends. While FLOOD_CONNECTIONS connections ask for FLOOD_PATH as fast as they are answered, two lighter
 * loads measure what everyone else gets at the same time:
 * - visitors of pages rendered before (cached by the production server): CACHED_RATE requests/s over a few pages;
 * - the CMS's liveness (`/_health`, what an orchestrator or the website's own availability check asks), one request
 *   every HEALTH_EVERY_MS, each timed to its answer.
 * The flood runs in a process of its own (autocannon's command line), so that its thousands of answers a second, once
 * refused searches are cheap, do not queue the bench process's timers and make the light loads look slower than they
 * are. The light loads start a second after the flood and stop a second before its end: both are timed under it.
 */
export const FLOOD_PATH = '/en/search?q=cancer';
export const FLOOD_CONNECTIONS = 64;
const CACHED_CONNECTIONS = 4;
const CACHED_RATE = 20;
const HEALTH_EVERY_MS = 100;
/** Long enough that today's slowest searches are timed, not counted as timeouts (autocannon's default is 10 s). */
const FLOOD_TIMEOUT_SECONDS = 30;
const HEALTH_TIMEOUT_MS = 10000;
const MARGIN_MS = 1000;

export interface SearchFlood {
  flood: {
    requestsPerSecond: number;
    /** Answered with results (200) per second. */
    resultsPerSecond: number;
    /** Share of answers that were 503 or 429 (refused, come back later), of all answers. */
    refusedShare: number;
    p50Ms: number;
    p99Ms: number;
    statusCounts: Record<string, number>;
    /** Connection errors and timeouts. */
    failures: number;
  };
  cached: { requests: number; p50Ms: number; p99Ms: number; failures: number };
  health: { samples: number; p50Ms: number; p99Ms: number; maxMs: number; failures: number };
}

/** What autocannon's `--json` prints (the fields read here). */
interface AutocannonJson {
  duration: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: { p50: number; p99: number };
}

/** The flood, in its own process, to its end. */
async function flood(url: string, seconds: number): Promise<SearchFlood['flood']> {
  const args = ['--connections', String(FLOOD_CONNECTIONS), '--duration', String(seconds), '--timeout', String(FLOOD_TIMEOUT_SECONDS), '--json', url];
  const run = await runTimed(path.join(BIN, 'autocannon'), args, { cwd: process.cwd(), env: process.env });
  const line = run.output
    .split('\n')
    .filter((text) => text.startsWith('{'))
    .pop();
  if (!line) throw new Error(`autocannon ${args.join(' ')} printed no result:\n${run.output.slice(-2000)}`);
  const result = JSON.parse(line) as AutocannonJson;
  const statusCounts = Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]));
  const answers = Object.values(statusCounts).reduce((sum, count) => sum + count, 0);
  const refused = (statusCounts['503'] ?? 0) + (statusCounts['429'] ?? 0);
  return {
    requestsPerSecond: answers / result.duration,
    resultsPerSecond: (statusCounts['200'] ?? 0) / result.duration,
    refusedShare: answers > 0 ? refused / answers : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statusCounts,
    failures: result.errors + result.timeouts,
  };
}

/** Visitors of cached pages, at a steady rate, in the order given, over and over. */
async function cachedVisits(siteUrl: string, paths: string[], milliseconds: number): Promise<SearchFlood['cached']> {
  const result = await autocannon({
    url: siteUrl,
    connections: CACHED_CONNECTIONS,
    overallRate: CACHED_RATE,
    duration: milliseconds / 1000,
    requests: paths.map((pagePath) => ({ method: 'GET' as const, path: pagePath, headers: { 'accept-encoding': 'gzip' } })),
  });
  return {
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/** The CMS's `/_health`, one request at a time, a new one every HEALTH_EVERY_MS (or as soon as a slow one answers). */
async function healthSamples(cmsUrl: string, milliseconds: number): Promise<SearchFlood['health']> {
  const times: number[] = [];
  let failures = 0;
  const end = performance.now() + milliseconds;
  while (performance.now() < end) {
    const started = performance.now();
    try {
      const response = await fetch(`${cmsUrl}/_health`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
      await response.arrayBuffer();
      if (!response.ok) failures += 1;
    } catch {
      failures += 1;
    }
    const elapsed = performance.now() - started;
    times.push(elapsed);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, HEALTH_EVERY_MS - elapsed)));
  }
  return { samples: times.length, p50Ms: percentile(times, 0.5), p99Ms: percentile(times, 0.99), maxMs: Math.max(...times), failures };
}

/**
 * `cachedPaths` are rendered (and cached) first; then the flood of `seconds`, with the light loads under it. The
 * website is expected to reach the CMS directly, as in production, not through the bench's counting proxy, which runs
 * in this process.
 */
export async function searchFlood(siteUrl: string, cmsUrl: string, cachedPaths: string[], seconds: number): Promise<SearchFlood> {
  for (const pagePath of cachedPaths) {
    // Twice: the first visit may render it, the second finds it cached.
    await pageBytes(`${siteUrl}${pagePath}`);
    await pageBytes(`${siteUrl}${pagePath}`);
  }
  const flooding = flood(`${siteUrl}${FLOOD_PATH}`, seconds);
  // Awaited below, after the light loads: until then, a failure must not count as unhandled.
  flooding.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, MARGIN_MS));
  const window = seconds * 1000 - 2 * MARGIN_MS;
  const [cached, health] = await Promise.all([cachedVisits(siteUrl, cachedPaths, window), healthSamples(cmsUrl, window)]);
  return { flood: await flooding, cached, health };
}
