import type { Browser } from 'playwright-core';
import { parseBibtex } from '../test/support/parse-bibtex';
import { AdminApi } from './helpers/admin';
import { cmsGraphql, launchBrowser, seriousAccessibilityViolations, webUrl } from './helpers/site';

/**
 * Publications on the website: the listing (order, filters, title search, pagination), a publication's page, its BibTeX
 * and RIS files read back by independent readers, the latest publications of teams and people, and an editor's new
 * publication showing within seconds. The test makes the publications it needs (marked by a word of their titles), so
 * it passes with or without seeded publications, and removes them at the end.
 */
const MARK = `qz${Date.now().toString(36)}`;
const TYPE = 'api::publication.publication';
const PAGE_SIZE = 20;

interface Made {
  documentId: string;
  slug: string;
  title: string;
}

let browser: Browser;
let api: AdminApi;
const made: Made[] = [];
let team: { documentId: string; slug: string; name: string };
let platform: { documentId: string; slug: string; name: string };
let lead: { documentId: string; slug: string; firstName: string; lastName: string };
let last: { documentId: string; slug: string; firstName: string; lastName: string };
let main: Made;
let review: Made;
let chapter: Made;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates a publication in French, its English version (every field is shared), and publishes both. */
async function publish(data: Record<string, unknown>): Promise<Made> {
  const created = await api.call<{ data: { documentId: string; slug: string; title: string } }>('POST', `/content-manager/collection-types/${TYPE}?locale=fr`, data);
  const { documentId, slug, title } = created.data;
  made.push({ documentId, slug, title });
  await api.call('PUT', `/content-manager/collection-types/${TYPE}/${documentId}?locale=en`, {});
  for (const locale of ['fr', 'en']) await api.call('POST', `/content-manager/collection-types/${TYPE}/${documentId}/actions/publish?locale=${locale}`, {});
  return { documentId, slug, title };
}

async function remove(documentId: string): Promise<void> {
  for (const locale of ['en', 'fr']) await api.call('DELETE', `/content-manager/collection-types/${TYPE}/${documentId}?locale=${locale}`);
}

const connect = (entry: { documentId: string }, locale = 'fr') => ({ connect: [{ documentId: entry.documentId, locale }] });

async function page(path: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(webUrl(path));
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** The publications a listing page shows, in order, and its result count. */
async function listing(path: string): Promise<{ slugs: string[]; status: string; html: string }> {
  const { status, html } = await page(path);
  expect({ path, status }).toEqual({ path, status: 200 });
  return {
    slugs: [...html.matchAll(/data-publication="([^"]+)"/g)].map((match) => match[1]),
    status: html.match(/role="status">([^<]*)</)?.[1] ?? '',
    html,
  };
}

/** Polls until the check passes on what the website serves (the CMS announces changes; pages follow within seconds). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string, timeoutMs = 30000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what} within ${timeoutMs / 1000} s; last seen: ${JSON.stringify(value).slice(0, 400)}`);
    await sleep(250);
  }
}

const q = (path: string, query: Record<string, string>) => `${path}?${new URLSearchParams(query).toString()}`;

beforeAll(async () => {
  browser = await launchBrowser();
  api = await AdminApi.login();
  const data = await cmsGraphql<{
    teams: Array<typeof team>;
    platforms: Array<typeof platform>;
    people: Array<typeof lead>;
  }>(`{
    teams(locale: "fr", sort: "slug:asc", pagination: { limit: 1 }) { documentId slug name }
    platforms(locale: "fr", sort: "slug:asc", pagination: { limit: 1 }) { documentId slug name }
    people(locale: "fr", sort: "slug:asc", pagination: { limit: 2 }) { documentId slug firstName lastName }
  }`);
  [team, platform, lead, last] = [data.teams[0], data.platforms[0], data.people[0], data.people[1]];
  const middle = Array.from({ length: 12 }, (_, index) => ({ name: `Coauthor${index} Z` }));
  main = await publish({
    title: `Étude ${MARK}: bone marrow & DNA_repair in {niche} cells, 100% $5 #1 ~x^2`,
    authors: [{ name: `${lead.firstName} ${lead.lastName}`, person: connect(lead) }, ...middle, { name: `${last.firstName} ${last.lastName}`, person: connect(last) }],
    journal: 'Blood',
    year: 2026,
    date: '2026-01-15',
    type: 'article',
    doi: '10.5555/e2e.blood_2026',
    pmid: '91000042',
    halId: 'hal-04999999',
    openAccess: true,
    abstract: 'Hypoxia protects leukemia stem cells.\n\nA second paragraph.',
    teams: connect(team),
    platforms: connect(platform),
  });
  review = await publish({
    title: `A ${MARK} review of hypoxia`,
    authors: [{ name: 'Jan van der Berg' }, { name: 'Müller JP' }, { name: 'et al.' }],
    journal: 'Médecine/Sciences',
    year: 2024,
    date: '2024-09-01',
    type: 'review',
  });
  chapter = await publish({
    title: `Signalling ${MARK} networks, a chapter`,
    authors: [{ name: 'Núñez, José' }],
    journal: 'Handbook of Cell Signalling',
    year: 2024,
    date: '2024-03-01',
    type: 'book-chapter',
    teams: connect(team),
  });
  // Enough to need a second page of the listing filtered on the mark.
  for (let index = 0; index < PAGE_SIZE; index += 1) {
    await publish({ title: `Filler ${MARK} number ${index}`, authors: [{ name: 'Filler F' }], year: 2019, type: 'other' });
  }
  for (const locale of ['fr', 'en']) {
    await eventually(() => listing(`/${locale}/publications?q=${MARK}`), ({ slugs }) => slugs.length === PAGE_SIZE, `the ${locale} listing did not show the new publications`);
  }
}, 300000);

afterAll(async () => {
  await browser?.close();
  for (const { documentId } of made) await remove(documentId).catch(() => undefined);
}, 120000);

test('the listing shows the newest first, as the CMS sorts them (year, then date), 20 a page, with the count', async () => {
  const { publications_connection: expected } = await cmsGraphql<{
    publications_connection: { nodes: Array<{ slug: string }>; pageInfo: { total: number } };
  }>(`{ publications_connection(locale: "en", sort: ["year:desc", "date:desc", "title:asc"], pagination: { pageSize: ${PAGE_SIZE} }) {
    nodes { slug } pageInfo { total } } }`);
  const shown = await eventually(
    () => listing('/en/publications'),
    ({ slugs }) => JSON.stringify(slugs) === JSON.stringify(expected.nodes.map((node) => node.slug)),
    'the listing did not show the CMS order',
  );
  expect(shown.status).toBe(`${expected.pageInfo.total} publications`);

  const marked = await listing(`/en/publications?q=${MARK}`);
  expect(marked.status).toBe(`${made.length} publications`);
  expect(marked.slugs.slice(0, 3)).toEqual([main.slug, review.slug, chapter.slug]);
});

test('filters by year, team, type and author, each alone and together with the title search', async () => {
  const slugs = async (query: Record<string, string>) => (await listing(q('/en/publications', { q: MARK, ...query }))).slugs;
  await expect(slugs({ year: '2024' })).resolves.toEqual([review.slug, chapter.slug]);
  await expect(slugs({ team: team.slug })).resolves.toEqual([main.slug, chapter.slug]);
  await expect(slugs({ type: 'book-chapter' })).resolves.toEqual([chapter.slug]);
  await expect(slugs({ type: 'review', year: '2024' })).resolves.toEqual([review.slug]);
  await expect(slugs({ author: lead.slug })).resolves.toEqual([main.slug]);
  await expect(slugs({ author: last.slug, team: team.slug, year: '2026', type: 'article' })).resolves.toEqual([main.slug]);
  await expect(slugs({ team: team.slug, type: 'review' })).resolves.toEqual([]);

  // The author filter names the person and offers to drop it.
  const { html } = await listing(q('/fr/publications', { author: lead.slug }));
  expect(html).toContain(`href="/fr/people/${lead.slug}"`);
  expect(html).toContain('Retirer ce filtre');
});

test('the title search ignores case, accented capitals included, and needs every word', async () => {
  for (const search of [`étude ${MARK}`, `ÉTUDE ${MARK.toUpperCase()}`, `Étude ${MARK}`, `dna_REPAIR ${MARK}`]) {
    expect({ search, slugs: (await listing(q('/fr/publications', { q: search }))).slugs }).toEqual({ search, slugs: [main.slug] });
  }
  const none = await listing(q('/fr/publications', { q: `${MARK} nothing-like-this` }));
  expect(none.slugs).toEqual([]);
  expect(none.status).toBe('Aucune publication ne correspond.');
});

test('bogus filter values are ignored, never an error', async () => {
  const all = (await listing(`/en/publications?q=${MARK}`)).slugs;
  const bogus: Array<Record<string, string>> = [
    { year: 'abcd' },
    { year: '99999' },
    { type: 'poem' },
    { team: '<script>' },
    { author: '../../etc' },
    { page: '0' },
    { page: '-3' },
    { page: 'x' },
  ];
  for (const query of bogus) {
    expect({ query, slugs: (await listing(q('/en/publications', { q: MARK, ...query }))).slugs }).toEqual({ query, slugs: all });
  }
  const repeated = await page(`/en/publications?q=${MARK}&type=review&type=book&year=2024&year=2020`);
  expect(repeated.status).toBe(200);
  const beyond = await listing(`/en/publications?q=${MARK}&page=10000`);
  expect(beyond.slugs).toEqual([]);
});

test('the listing pages by 20 in a browser, the filters keep working without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(webUrl('/en/publications'));
  await tab.locator('main').getByLabel('Title').fill(MARK);
  await tab.locator('main').getByLabel('Type').selectOption('other');
  await tab.locator('main form[role="search"]').getByRole('button', { name: 'Search', exact: true }).click();
  await tab.waitForURL(/type=other/);
  const first = await tab.locator('[data-publication]').evaluateAll((items) => items.map((item) => item.getAttribute('data-publication')));
  expect(first).toHaveLength(PAGE_SIZE);
  await expect(tab.getByRole('status').innerText()).resolves.toBe(`${PAGE_SIZE} publications`);

  await tab.goto(webUrl(`/en/publications?q=${MARK}`));
  await tab.getByRole('link', { name: /Next page/ }).click();
  await tab.waitForURL(/page=2/);
  expect(new URL(tab.url()).searchParams.get('q')).toBe(MARK);
  const second = await tab.locator('[data-publication]').evaluateAll((items) => items.map((item) => item.getAttribute('data-publication')));
  expect(second).toHaveLength(made.length - PAGE_SIZE);
  await tab.getByRole('link', { name: /Previous page/ }).click();
  await tab.waitForURL((url) => !url.searchParams.has('page'));
  await context.close();
});

test('a citation in the listing: title to its page, long author lists shortened, journal, DOI link, open access', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(webUrl(`/en/publications?q=${MARK}&year=2026`));
  const item = tab.locator(`[data-publication="${main.slug}"]`);
  await expect(item.getByRole('link', { name: main.title }).getAttribute('href')).resolves.toBe(`/en/publications/${main.slug}`);
  // Four first authors, the nine others left out (said to screen readers only), the last author.
  const authors = await item.locator('p').first().textContent();
  expect(authors).toBe(`${lead.firstName} ${lead.lastName}, Coauthor0 Z, Coauthor1 Z, Coauthor2 Z, …and 9 more authors, ${last.firstName} ${last.lastName}`);
  await expect(item.locator('[aria-hidden="true"]').innerText()).resolves.toBe('…');
  await expect(item.getByRole('link', { name: `${lead.firstName} ${lead.lastName}` }).getAttribute('href')).resolves.toBe(`/en/people/${lead.slug}`);
  await expect(item.locator('i').innerText()).resolves.toBe('Blood');
  await expect(item.getByRole('link', { name: 'doi:10.5555/e2e.blood_2026' }).getAttribute('href')).resolves.toBe('https://doi.org/10.5555/e2e.blood_2026');
  await expect(item.getByText('Open access').count()).resolves.toBe(1);

  expect(await seriousAccessibilityViolations(tab)).toEqual([]);
  // With the author filter shown above the results.
  await tab.goto(webUrl(`/fr/publications?author=${lead.slug}`));
  expect(await seriousAccessibilityViolations(tab)).toEqual([]);

  await tab.goto(webUrl(`/fr/publications?q=${MARK}&type=review`));
  await expect(tab.locator(`[data-publication="${review.slug}"] p`).first().innerText()).resolves.toBe('Jan van der Berg, Müller JP, et al.');
  await expect(tab.locator(`[data-publication="${review.slug}"] em`).innerText()).resolves.toBe('et al.');
  await context.close();
});

describe.each(['fr', 'en'] as const)('a publication’s page in %s', (locale) => {
  const words = {
    fr: { abstract: 'Résumé', openAccess: 'Accès libre', type: 'Article', date: '15 janvier 2026', crumb: 'Accueil' },
    en: { abstract: 'Abstract', openAccess: 'Open access', type: 'Article', date: '15 January 2026', crumb: 'Home' },
  }[locale];

  test('full citation, every author, abstract, linked identifiers, teams, platforms, exports and ScholarlyArticle data', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const response = await tab.goto(webUrl(`/${locale}/publications/${main.slug}`));
    expect(response?.status()).toBe(200);
    await expect(tab.locator('h1').innerText()).resolves.toBe(main.title);
    const authors = await tab.locator('header [data-authors]').innerText();
    expect(authors.split(', ')).toHaveLength(14);
    await expect(tab.locator(`header a[href="/${locale}/people/${last.slug}"]`).count()).resolves.toBe(1);
    await expect(tab.locator('header time').innerText()).resolves.toBe(words.date);
    await expect(tab.getByText(words.openAccess).count()).resolves.toBe(1);
    await expect(tab.getByRole('heading', { name: words.abstract }).count()).resolves.toBe(1);
    await expect(tab.locator('section[aria-labelledby="abstract"] p').allInnerTexts()).resolves.toEqual([
      'Hypoxia protects leukemia stem cells.',
      'A second paragraph.',
    ]);
    const href = (name: string | RegExp) => tab.getByRole('link', { name }).first().getAttribute('href');
    await expect(href('10.5555/e2e.blood_2026')).resolves.toBe('https://doi.org/10.5555/e2e.blood_2026');
    await expect(href('91000042')).resolves.toBe('https://pubmed.ncbi.nlm.nih.gov/91000042/');
    await expect(href('hal-04999999')).resolves.toBe('https://hal.science/hal-04999999');
    await expect(tab.locator(`main a[href="/${locale}/teams/${team.slug}"]`).count()).resolves.toBe(1);
    await expect(tab.locator(`a[href="/${locale}/platforms/${platform.slug}"]`).count()).resolves.toBe(1);
    await expect(href('BibTeX')).resolves.toBe(`/${locale}/publications/${main.slug}/cite.bib`);
    await expect(href(/^RIS/)).resolves.toBe(`/${locale}/publications/${main.slug}/cite.ris`);
    await expect(tab.getByRole('navigation', { name: locale === 'fr' ? 'Fil d’Ariane' : 'Breadcrumb' }).getByRole('link', { name: words.crumb }).count()).resolves.toBe(1);

    const data = await tab.$$eval('script[type="application/ld+json"]', (scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '{}') as Record<string, unknown>));
    const article = data.find((entry) => entry['@type'] === 'ScholarlyArticle');
    expect(article).toMatchObject({
      headline: main.title,
      datePublished: '2026-01-15',
      isPartOf: { '@type': 'Periodical', name: 'Blood' },
      identifier: { propertyID: 'DOI', value: '10.5555/e2e.blood_2026' },
      sameAs: ['https://doi.org/10.5555/e2e.blood_2026'],
      url: webUrl(`/${locale}/publications/${main.slug}`),
    });
    expect((article?.author as Array<{ name: string; url?: string }>).map((author) => author.name)).toHaveLength(14);
    expect((article?.author as Array<{ name: string; url?: string }>)[0].url).toMatch(new RegExp(`/${locale}/people/${lead.slug}$`));
    expect(data.some((entry) => entry['@type'] === 'BreadcrumbList')).toBe(true);
    const meta = (name: string) => tab.$$eval(`meta[name="${name}"]`, (tags) => tags.map((tag) => tag.getAttribute('content')));
    await expect(meta('citation_title')).resolves.toEqual([main.title]);
    await expect(meta('citation_author')).resolves.toHaveLength(14);
    await expect(meta('citation_publication_date')).resolves.toEqual(['2026/01/15']);
    await expect(meta('citation_journal_title')).resolves.toEqual(['Blood']);
    await expect(meta('citation_doi')).resolves.toEqual(['10.5555/e2e.blood_2026']);
    // pages.e2e.ts checks a seeded publication; this one has every field filled.
    expect(await seriousAccessibilityViolations(tab)).toEqual([]);
    await context.close();
  });

  test('the BibTeX file, downloaded from the page, reads back with an independent parser', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const tab = await context.newPage();
    await tab.goto(webUrl(`/${locale}/publications/${main.slug}`));
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('link', { name: 'BibTeX' }).click()]);
    expect(download.suggestedFilename()).toBe(`${main.slug}.bib`);
    const path = await download.path();
    const text = (await import('node:fs')).readFileSync(path, 'utf8');
    await context.close();

    const { entries, errors } = parseBibtex(text);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry.type).toBe('article');
    // The parser marks the words whose capitals are protected from restyling.
    expect(entry.fields.title).toBe(main.title.replace('DNA_repair', '<span class="nocase">DNA_repair</span>'));
    expect(entry.fields.journal).toBe('Blood');
    expect(entry.fields.year).toBe('2026');
    expect(entry.fields.doi).toBe('10.5555/e2e.blood_2026');
    expect(entry.fields.author?.[0]).toEqual({ lastName: lead.lastName, firstName: lead.firstName });
    expect(entry.fields.author).toHaveLength(14);
    // Accents stay UTF-8; capitals are braced against styles that lowercase titles.
    expect(text).toContain(`title = {{Étude} ${MARK}: bone marrow \\& {DNA\\_repair} in \\{niche\\} cells,`);

    const response = await fetch(webUrl(`/${locale}/publications/${main.slug}/cite.bib`));
    expect(response.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${main.slug}.bib"`);
  });

  test('the RIS file: its type, one AU per author, CRLF lines, ER last', async () => {
    const response = await fetch(webUrl(`/${locale}/publications/${review.slug}/cite.ris`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${review.slug}.ris"`);
    const text = await response.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines).toEqual([
      'TY  - JOUR',
      'AU  - van der Berg, Jan',
      'AU  - Müller, JP',
      `TI  - ${review.title}`,
      'T2  - Médecine/Sciences',
      'JO  - Médecine/Sciences',
      'PY  - 2024',
      'DA  - 2024/09/01',
      'ER  - ',
    ]);
  });
});

test('a filtered listing exports as one file, in the listing’s order', async () => {
  const bib = await fetch(webUrl(`/en/publications/cite.bib?q=${MARK}&year=2024`));
  expect(bib.headers.get('content-disposition')).toBe('attachment; filename="publications.bib"');
  const { entries } = parseBibtex(await bib.text());
  expect(entries.map((entry) => [entry.type, entry.fields.title])).toEqual([
    ['article', review.title],
    ['incollection', chapter.title],
  ]);
  const ris = await (await fetch(webUrl(`/fr/publications/cite.ris?q=${MARK}&type=book-chapter`))).text();
  expect(ris.split('\r\n').filter((line) => line.startsWith('TY') || line.startsWith('ER'))).toEqual(['TY  - CHAP', 'ER  - ']);
  // The listing links to its exports with its filters.
  const { html } = await listing(`/en/publications?q=${MARK}&year=2024`);
  expect(html).toContain(`href="/en/publications/cite.bib?q=${MARK}&amp;year=2024"`);
});

test('unknown publications are 404s: the page and both files, in both languages', async () => {
  for (const path of [
    '/fr/publications/no-such-publication',
    '/en/publications/no-such-publication',
    '/fr/publications/no-such-publication/cite.bib',
    '/en/publications/no-such-publication/cite.ris',
    '/en/publications/Not.A.Slug/cite.bib',
    '/de/publications',
    '/de/publications/cite.bib',
  ]) {
    expect({ path, status: (await fetch(webUrl(path))).status }).toEqual({ path, status: 404 });
  }
});

test('team and person pages list their latest publications, newest first, and link to all of them', async () => {
  const latest = async (filter: string) =>
    (
      await cmsGraphql<{ publications_connection: { nodes: Array<{ slug: string }>; pageInfo: { total: number } } }>(
        `{ publications_connection(locale: "en", filters: ${filter}, sort: ["year:desc", "date:desc", "title:asc"], pagination: { limit: 10 }) { nodes { slug } pageInfo { total } } }`,
      )
    ).publications_connection;
  for (const [path, filter, all] of [
    [`/en/teams/${team.slug}`, `{ teams: { slug: { eq: "${team.slug}" } } }`, `/en/publications?team=${team.slug}`],
    [`/en/people/${last.slug}`, `{ authors: { person: { slug: { eq: "${last.slug}" } } } }`, `/en/publications?author=${last.slug}`],
  ]) {
    const expected = await latest(filter);
    expect(expected.nodes.length).toBeGreaterThan(0);
    const { html } = await eventually(
      () => page(path),
      ({ html: body }) => body.includes(`data-publication="${expected.nodes[0].slug}"`),
      `${path} did not list its publications`,
    );
    const section = html.slice(html.indexOf('id="' + (path.includes('/teams/') ? 'team' : 'person') + '-publications"'));
    expect({ path, slugs: [...section.matchAll(/data-publication="([^"]+)"/g)].map((match) => match[1]) }).toEqual({
      path,
      slugs: expected.nodes.map((node) => node.slug),
    });
    expect(html).toContain(`href="${all.replace('&', '&amp;')}"`);
    expect(html).toContain(expected.pageInfo.total === 1 ? 'See the publication' : `See all ${expected.pageInfo.total} publications`);
  }
  // The person's own link leads to a listing of exactly their publications.
  const { slugs } = await listing(`/en/publications?author=${last.slug}&q=${MARK}`);
  expect(slugs).toEqual([main.slug]);
});

test('a publication an editor publishes shows within seconds on the listing, its page, its files and its team page; removed, it is gone', async () => {
  const title = `Freshly ${MARK} published finding`;
  const fresh = await publish({ title, authors: [{ name: `${lead.firstName} ${lead.lastName}`, person: connect(lead) }], year: 2026, date: '2026-12-31', type: 'preprint', teams: connect(team) });
  for (const locale of ['fr', 'en']) {
    await eventually(() => listing(`/${locale}/publications?q=${MARK}`), ({ slugs }) => slugs[0] === fresh.slug, `the ${locale} listing did not show the new publication first`);
    await eventually(() => page(`/${locale}/publications/${fresh.slug}`), ({ status, html }) => status === 200 && html.includes(title), `its ${locale} page did not appear`);
    await eventually(() => page(`/${locale}/teams/${team.slug}`), ({ html }) => html.includes(`data-publication="${fresh.slug}"`), `the ${locale} team page did not list it`);
  }
  const bib = await eventually(() => page(`/en/publications/${fresh.slug}/cite.bib`), ({ status }) => status === 200, 'its BibTeX file did not appear');
  expect(parseBibtex(bib.html).entries[0]).toMatchObject({ type: 'misc', fields: { title } });

  await remove(fresh.documentId);
  made.splice(made.findIndex((entry) => entry.documentId === fresh.documentId), 1);
  for (const path of [`/en/publications/${fresh.slug}`, `/fr/publications/${fresh.slug}/cite.ris`]) {
    await eventually(() => page(path), ({ status }) => status === 404, `${path} was still served after the publication was deleted`);
  }
  await eventually(() => listing(`/en/publications?q=${MARK}`), ({ slugs }) => !slugs.includes(fresh.slug), 'the listing still showed the deleted publication');
});
