import { percentile } from '../results';

/**
 * Site search at the data's size: the CMS's `search` query alone, and the website's results page (rendered for every
 * request: it is never cached). Queries of every kind a visitor types: a frequent word (many hits in every type, the
 * widest scan and sort), a word prefix, a name without its accents, two words, a word found nowhere, the second
 * page of one type (one that exists at both sizes: a page past the last redirects, which costs a second render).
 * Each query runs once before timing (the first also warms the connections).
 */
export const SEARCH_PATHS = [
  '/en/search?q=cancer',
  '/fr/search?q=immuno',
  '/fr/search?q=helene+martin',
  '/en/search?q=tumour+cells',
  '/en/search?q=zzqxw',
  '/en/search?q=cancer&type=person&page=2',
] as const;

const SEARCH = `query Search($query: String!, $locale: I18NLocaleCode!, $type: SearchType, $page: Int) {
  search(query: $query, locale: $locale, type: $type, page: $page, pageSize: 20) { total groups { type total hits { slug title text date } } }
}`;

export interface SearchTimes {
  cmsP50Ms: number;
  cmsP95Ms: number;
  pageP50Ms: number;
  pageP95Ms: number;
  /** Hits of the first query (a sanity check that the search found something at this size). */
  firstQueryHits: number;
  graphqlRequests: number[];
}

const variablesOf = (path: string) => {
  const url = new URL(path, 'http://site.invalid');
  const page = url.searchParams.get('page');
  return {
    locale: url.pathname.split('/')[1],
    query: url.searchParams.get('q') ?? '',
    type: url.searchParams.get('type') ?? undefined,
    page: page ? Number(page) : undefined,
  };
};

async function timed(request: () => Promise<Response>, what: string): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const response = await request();
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${what} answered ${response.status}`);
  return { ms, body };
}

export async function searchTimes(
  cmsUrl: string,
  siteUrl: string,
  samples: number,
  counter: { reset(): Promise<void>; count(): Promise<number> },
): Promise<SearchTimes> {
  const cms = (path: string) =>
    timed(
      () => fetch(`${cmsUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SEARCH, variables: variablesOf(path) }) }),
      `search ${path} on the CMS`,
    );
  const page = (path: string) => timed(() => fetch(`${siteUrl}${path}`), path);
  for (const path of SEARCH_PATHS) {
    await cms(path);
    await page(path);
  }
  const first = JSON.parse((await cms(SEARCH_PATHS[0])).body) as { data?: { search: { total: number } }; errors?: unknown };
  if (!first.data) throw new Error(`search failed on the CMS: ${JSON.stringify(first.errors)}`);
  const cmsMs: number[] = [];
  const pageMs: number[] = [];
  const graphqlRequests: number[] = [];
  for (let index = 0; index < samples * SEARCH_PATHS.length; index += 1) {
    const path = SEARCH_PATHS[index % SEARCH_PATHS.length];
    cmsMs.push((await cms(path)).ms);
    await counter.reset();
    pageMs.push((await page(path)).ms);
    graphqlRequests.push(await counter.count());
  }
  return {
    cmsP50Ms: percentile(cmsMs, 0.5),
    cmsP95Ms: percentile(cmsMs, 0.95),
    pageP50Ms: percentile(pageMs, 0.5),
    pageP95Ms: percentile(pageMs, 0.95),
    firstQueryHits: first.data.search.total,
    graphqlRequests,
  };
}
