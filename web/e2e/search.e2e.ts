import type { Browser, Page } from 'playwright-core';
import { graphqlCounts, resetGraphqlCounts } from './helpers/cms-proxy';
import { cmsGraphql, launchBrowser, seriousAccessibilityViolations, webUrl } from './helpers/site';

/** Site search: the header's box, the results grouped by type, one type paginated, in both locales, whatever is typed. */
interface Group {
  type: string;
  total: number;
  hits: Array<{ slug: string; title: string }>;
}
const SEARCH = `query($query: String!, $locale: I18NLocaleCode!, $type: SearchType, $page: Int, $pageSize: Int) {
  search(query: $query, locale: $locale, type: $type, page: $page, pageSize: $pageSize) { words total groups { type total hits { slug title } } }
}`;
const cmsSearch = async (query: string, locale: string, type?: string, page = 1, pageSize = 20) =>
  (await cmsGraphql<{ search: { words: string[]; total: number; groups: Group[] } }>(SEARCH, { query, locale, type, page, pageSize })).search;

const TYPE_PATH: Record<string, string> = { team: 'teams', platform: 'platforms', person: 'people', news: 'news', publication: 'publications', event: 'events' };
const hitPaths = async (page: Page) =>
  page.locator('main section li h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test('the header search box works without JavaScript and leads to results grouped by type, words marked', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(webUrl('/fr/teams'));
  const box = page.getByRole('search', { name: 'Rechercher sur le site' });
  await box.getByRole('searchbox', { name: 'Rechercher sur le site' }).fill('CANCER');
  await box.getByRole('button', { name: 'Lancer la recherche' }).click();
  await page.waitForURL(/\/fr\/search\?q=CANCER$/);

  const expected = await cmsSearch('CANCER', 'fr');
  expect(expected.total).toBeGreaterThan(0);
  await expect(page.locator('h1').innerText()).resolves.toBe('Recherche');
  await expect(page.getByRole('status').innerText()).resolves.toBe(`${expected.total} résultats pour « CANCER »`);
  const shown = expected.groups.filter((group) => group.total > 0);
  const headings = await page.locator('main h2').allInnerTexts();
  const labels: Record<string, string> = { team: 'Équipes', platform: 'Plateformes', person: 'Personnes', news: 'Actualités', publication: 'Publications', event: 'Événements' };
  expect(headings).toEqual(shown.map((group) => `${labels[group.type]} (${group.total === 1 ? '1 résultat' : `${group.total} résultats`})`));
  expect(await hitPaths(page)).toEqual(shown.flatMap((group) => group.hits.map((hit) => `/fr/${TYPE_PATH[group.type]}/${hit.slug}`)));
  const marks = await page.locator('main mark').allInnerTexts();
  expect(marks.length).toBeGreaterThan(0);
  // "cancér" in "cancéreuses" is a match too.
  for (const mark of marks) expect(mark.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe('cancer');
  // The search box on the results page holds the query.
  await expect(page.getByRole('main').getByRole('searchbox').inputValue()).resolves.toBe('CANCER');
  await context.close();
});

test('accents do not matter: a name typed without them finds the person', async () => {
  const { people } = await cmsGraphql<{ people: Array<{ slug: string; firstName: string; lastName: string }> }>(
    '{ people(locale: "en", pagination: { limit: 200 }) { slug firstName lastName } }',
  );
  const accented = people.find((person) => /[À-ÿ]/.test(`${person.firstName}${person.lastName}`));
  expect(accented).toBeDefined();
  const plain = `${accented!.firstName} ${accented!.lastName}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const page = await browser.newPage();
  await page.goto(webUrl(`/en/search?q=${encodeURIComponent(plain)}`));
  expect(await hitPaths(page)).toContain(`/en/people/${accented!.slug}`);
  await page.close();
});

test('one type pages through all its hits, 20 per page, from the "see all" link', async () => {
  // The seed's people all work at the institute: "cell" or "cancer" finds many of one type.
  const candidates = await Promise.all(['cancer', 'cell', 'research'].map(async (query) => ({ query, results: await cmsSearch(query, 'en') })));
  const found = candidates
    .flatMap(({ query, results }) => results.groups.map((group) => ({ query, group })))
    .sort((a, b) => b.group.total - a.group.total)[0];
  expect(found.group.total).toBeGreaterThan(20);
  const { query, group } = found;
  const page = await browser.newPage();
  await page.goto(webUrl(`/en/search?q=${query}`));
  await page.getByRole('link', { name: new RegExp(`^See all ${group.total} results`) }).click();
  await page.waitForURL(new RegExp(`type=${group.type}`));
  const seen: string[] = [];
  for (let number = 1; ; number += 1) {
    const paths = await hitPaths(page);
    expect(paths.length).toBe(Math.min(20, group.total - seen.length));
    seen.push(...paths);
    const next = page.getByRole('link', { name: /Next/ });
    if ((await next.count()) === 0) break;
    await next.click();
    await page.waitForURL(new RegExp(`page=${number + 1}`));
  }
  expect(seen).toHaveLength(group.total);
  expect(new Set(seen).size).toBe(group.total);
  const all: string[] = [];
  for (let number = 1; all.length < group.total; number += 1) {
    const results = await cmsSearch(query, 'en', group.type, number, 20);
    all.push(...results.groups[0].hits.map((hit) => `/en/${TYPE_PATH[group.type]}/${hit.slug}`));
  }
  expect(seen).toEqual(all);
  await page.close();
});

test('results pages in both locales are accessible, never indexed, and cost one GraphQL request', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of ['/fr/search?q=cancer', '/en/search?q=cancer', '/en/search?q=cancer&type=team', '/fr/search', '/en/search?q=zzqqxx']) {
    await page.goto(webUrl(path));
    problems.push(...(await seriousAccessibilityViolations(page)).map((problem) => `${path}: ${problem}`));
    await expect(page.getAttribute('meta[name="robots"]', 'content')).resolves.toMatch(/noindex/);
    expect(new URL((await page.getAttribute('link[rel="canonical"]', 'href')) ?? '').pathname).toBe(path.slice(0, 10));
    await expect(page.getAttribute('html', 'lang')).resolves.toBe(path.slice(1, 3));
  }
  expect(problems).toEqual([]);
  await expect(page.getByRole('status').innerText()).resolves.toBe('No results for “zzqqxx”.');
  await page.goto(webUrl('/en/search'));
  await expect(page.getByRole('status').innerText()).resolves.toBe('Type one or more words: a name, a research topic, a title.');
  await context.close();

  const proxy = process.env.E2E_CMS_PROXY_URL!;
  await resetGraphqlCounts(proxy);
  const response = await fetch(webUrl('/fr/search?q=cellules'));
  expect(response.status).toBe(200);
  await response.text();
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect((await graphqlCounts(proxy)).operations).toEqual(['SearchPage']);
});

test('odd input gives a normal page: overlong, punctuation only, SQL-like, wildcards, bad type or page', async () => {
  const cases: Array<[string, RegExp]> = [
    [`q=${'immunologie '.repeat(200)}`, /résultat/],
    ['q=%21%3F%2C%3B%3A', /^Saisissez au moins deux lettres ou chiffres\.$/],
    [`q=${encodeURIComponent("' OR 1=1; DROP TABLE teams; --")}`, /résultat/],
    [`q=${encodeURIComponent('%_%')}`, /^Aucun résultat pour « %_% »\.$/],
    ['q=cancer&type=nothing&page=-4', /résultats pour « cancer »/],
    ['q=cancer&type=team&page=abc', /résultats pour « cancer »/],
    ['q=cancer&q=other&type[]=team', /résultats pour « cancer »/],
    [`q=${encodeURIComponent('😀 ∑ 𝛼')}`, /./],
  ];
  const page = await browser.newPage();
  for (const [query, status] of cases) {
    const response = await page.goto(webUrl(`/fr/search?${query}`));
    expect({ query, status: response?.status() }).toEqual({ query, status: 200 });
    await expect(page.locator('h1').innerText()).resolves.toBe('Recherche');
    expect({ query, text: await page.getByRole('status').innerText() }).toEqual({ query, text: expect.stringMatching(status) });
  }
  // A page past the last leads to the last one.
  const team = (await cmsSearch('cancer', 'fr', 'team')).groups[0];
  await page.goto(webUrl('/fr/search?q=cancer&type=team&page=999'));
  const last = Math.ceil(team.total / 20);
  expect(new URL(page.url()).searchParams.get('page')).toBe(last > 1 ? String(last) : null);
  await expect(page.locator('main section li').count()).resolves.toBe(team.total - (last - 1) * 20);
  await page.close();
});
