import { percentile } from '../results';
import { expireWebsiteCaches } from '../stack';

/** The page types of the site and how to find their URLs in its sitemap. */
export const PAGE_TYPES = {
  home: { path: /\/en$/, listing: false },
  team: { path: /\/en\/teams\/[^/]+$/, listing: false },
  platform: { path: /\/en\/platforms\/[^/]+$/, listing: false },
  person: { path: /\/en\/people\/[^/]+$/, listing: false },
  news: { path: /\/en\/news\/[^/]+$/, listing: false },
  'teams listing': { path: /\/en\/teams$/, listing: true },
  'people listing': { path: /\/en\/people$/, listing: true },
  'news listing': { path: /\/en\/news$/, listing: true },
} as const;
export type PageType = keyof typeof PAGE_TYPES;

/** Paths of the site's pages by type, from its sitemap (a spread of entries: first, last and between). */
export async function samplePaths(siteUrl: string, perType: number): Promise<Record<PageType, string[]>> {
  const xml = await (await fetch(`${siteUrl}/sitemap.xml`)).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  const sample = (all: string[]) => {
    if (all.length <= perType) return all;
    return Array.from({ length: perType }, (_, index) => all[Math.floor((index * (all.length - 1)) / Math.max(1, perType - 1))]);
  };
  const result = {} as Record<PageType, string[]>;
  for (const [type, { path }] of Object.entries(PAGE_TYPES) as Array<[PageType, (typeof PAGE_TYPES)[PageType]]>) {
    const matching = paths.filter((candidate) => path.test(candidate));
    if (matching.length === 0) throw new Error(`The sitemap lists no ${type} page`);
    result[type] = sample(matching);
  }
  // Listings are sampled over their pages, not only the first.
  result['people listing'] = Array.from({ length: perType }, (_, index) => `/en/people?page=${index + 1}`);
  result['news listing'] = Array.from({ length: perType }, (_, index) => `/en/news?page=${index + 1}`);
  return result;
}

export interface RenderTimes {
  samplesMs: number[];
  p50Ms: number;
  p95Ms: number;
  /** GraphQL requests each render made, when they are counted. */
  graphqlRequests: number[];
}

/**
 * Time to render a page with every cache empty: each sample first expires the website's caches (data cache and page
 * cache, as a media change in the CMS does), then times the whole response.
 */
export async function uncachedRenders(siteUrl: string, paths: string[], samples: number, counter?: { reset(): Promise<void>; count(): Promise<number> }): Promise<RenderTimes> {
  const samplesMs: number[] = [];
  const graphqlRequests: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const path = paths[index % paths.length];
    await expireWebsiteCaches(siteUrl);
    await counter?.reset();
    const started = performance.now();
    const response = await fetch(`${siteUrl}${path}`);
    await response.arrayBuffer();
    samplesMs.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    if (counter) graphqlRequests.push(await counter.count());
  }
  return { samplesMs, p50Ms: percentile(samplesMs, 0.5), p95Ms: percentile(samplesMs, 0.95), graphqlRequests };
}
