import autocannon from 'autocannon';
import { cmsGraphql, webUrl } from './helpers/site';

/**
 * Load: 64 connections for 30 s (E2E_LOAD_SECONDS) on a page of each kind, served from the cache. No error or timeout is
 * allowed; the figures are printed, not asserted (the benchmarks own performance targets).
 */
const SECONDS = Number(process.env.E2E_LOAD_SECONDS ?? 30);

test('the home, a team, a person and a news page hold 64 connections without an error', async () => {
  const { teams, people, newsArticles } = await cmsGraphql<Record<string, Array<{ slug: string }>>>(
    '{ teams(locale: "en", pagination: { limit: 1 }) { slug } people(locale: "en", pagination: { limit: 1 }) { slug } newsArticles(locale: "en", pagination: { limit: 1 }) { slug } }',
  );
  const pages = ['/en', `/en/teams/${teams[0].slug}`, `/en/people/${people[0].slug}`, `/en/news/${newsArticles[0].slug}`];
  const lines: string[] = [];
  for (const path of pages) {
    expect((await fetch(webUrl(path))).status).toBe(200);
    const result = await autocannon({ url: webUrl(path), connections: 64, duration: SECONDS, timeout: 10 });
    lines.push(
      `${path.padEnd(48)} ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `${result.requests.total} requests, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
    );
    expect({ path, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({ path, errors: 0, timeouts: 0, non2xx: 0 });
  }
  console.log(`Load, 64 connections, ${SECONDS} s per page:\n${lines.join('\n')}`);
}, 60000 + SECONDS * 4 * 1000);
