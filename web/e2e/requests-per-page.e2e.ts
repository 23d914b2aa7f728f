import { graphqlCounts, resetGraphqlCounts } from './helpers/cms-proxy';
import { LOCALES, pageTypes } from './helpers/page-types';
import { announceChanges, webUrl } from './helpers/site';

/**
 * One round trip per page: with Next.js's data cache expired, rendering the home page or a detail page asks the CMS
 * exactly one GraphQL query, the page's own (the website reaches the CMS through the global setup's counting proxy).
 */
const QUERY_OF_PAGE: Record<string, string> = {
  home: 'HomePage',
  team: 'TeamPage',
  platform: 'PlatformPage',
  person: 'PersonPage',
  'news article': 'NewsArticlePage',
  publication: 'PublicationPage',
  event: 'EventPage',
};
/** Long enough for a request the render would start after answering (in the background) to reach the proxy. */
const SETTLE_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function proxyUrl(): string {
  const url = process.env.E2E_CMS_PROXY_URL;
  if (!url) throw new Error('E2E_CMS_PROXY_URL is not set: the global setup starts the CMS proxy');
  return url;
}

/** Renders the page afresh and tells what it cost, and whether Next.js did render it for this very request. */
async function renderCold(path: string) {
  await announceChanges([{ type: 'media', slugs: [] }]);
  await resetGraphqlCounts(proxyUrl());
  const response = await fetch(webUrl(path));
  await response.text();
  await sleep(SETTLE_MS);
  return {
    path,
    status: response.status,
    // Neither the page cache's copy nor a stale one from Next.js (which would regenerate it in the background).
    pageCache: response.headers.get('x-page-cache'),
    nextCache: response.headers.get('x-nextjs-cache'),
    operations: (await graphqlCounts(proxyUrl())).operations,
  };
}

test.each(LOCALES)('the home page and every detail page in %s cost one GraphQL request when nothing is cached', async (locale) => {
  const pages = (await pageTypes(locale)).filter((page) => page.type in QUERY_OF_PAGE);
  expect(pages.map((page) => page.type)).toEqual(Object.keys(QUERY_OF_PAGE));
  const measured: Array<Awaited<ReturnType<typeof renderCold>>> = [];
  for (const { path } of pages) measured.push(await renderCold(path));
  expect(measured).toEqual(
    pages.map(({ type, path }) => ({ path, status: 200, pageCache: 'miss', nextCache: 'MISS', operations: [QUERY_OF_PAGE[type]] })),
  );
});
