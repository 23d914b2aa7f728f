import type { Browser } from 'playwright-core';
import { AdminApi } from './helpers/admin';
import { cmsGraphql, launchBrowser, webUrl } from './helpers/site';

/**
 * The job offers (/{locale}/jobs): open offers only, filters that work without JavaScript, each offer's page with
 * Google's JobPosting data, offers past their deadline gone without an editor acting, new offers shown once published.
 */
const LOCALES = ['fr', 'en'] as const;
const MODEL = '/content-manager/collection-types/api::job-offer.job-offer';
/** The seeded offer whose deadline (30 September 2026) has passed. */
const EXPIRED = 'flow-cytometry-technician-2026';

type Offer = { slug: string; title: string; contractType: string; applicationDeadline: string; team: { slug: string; name: string } | null; platform: { slug: string } | null };

const openOffers = async (locale: string) =>
  (
    await cmsGraphql<{ jobOffers: Offer[] }>(
      'query($locale: I18NLocaleCode) { jobOffers(locale: $locale, sort: ["applicationDeadline:asc"]) { slug title contractType applicationDeadline team { slug name } platform { slug } } }',
      { locale },
    )
  ).jobOffers;

async function visit(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(webUrl(path));
  return { status: response.status, html: await response.text() };
}

/** Whether a page holds a text, reported without printing the page. */
const expectIn = (html: string, text: string) => expect({ text, present: html.includes(text) }).toEqual({ text, present: true });
const expectNotIn = (html: string, text: string) => expect({ text, present: html.includes(text) }).toEqual({ text, present: false });

/** The offers a listing shows, in order, from their data-job-offer attributes. */
const listedSlugs = (html: string): string[] => [...html.matchAll(/data-job-offer="([^"]+)"/g)].map((match) => match[1]);

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The day it is in Paris, shifted by whole days: yyyy-mm-dd, computed here independently of the website's code. */
function parisDay(offsetDays: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offsetDays);
  return day.toISOString().slice(0, 10);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(LOCALES)('in %s', (locale) => {
  test('the listing shows every open seeded offer, soonest deadline first, and not the expired one', async () => {
    const offers = await openOffers(locale);
    expect(offers.length).toBeGreaterThanOrEqual(4);
    expect(offers.map((offer) => offer.slug)).not.toContain(EXPIRED);
    const { status, html } = await visit(`/${locale}/jobs`);
    expect(status).toBe(200);
    expect(listedSlugs(html)).toEqual(offers.map((offer) => offer.slug));
    for (const offer of offers) expectIn(html, `href="/${locale}/jobs/${offer.slug}"`);
    expectNotIn(html, EXPIRED);
    // The deadline is the end of its day in Paris.
    expectIn(html, locale === 'fr' ? '31 janvier 2027, 23 h 59 (heure de Paris)' : '31 January 2027, 11:59 pm (Paris time)');
    expect(/<time datetime="2027-01-31T23:59:59\+01:00">/i.test(html)).toBe(true);
  });

  test('filters by contract type, team and platform through a plain form, and ignores bogus values', async () => {
    const offers = await openOffers(locale);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(webUrl(`/${locale}/jobs`));
    await page.selectOption('select[name="contract"]', 'phd');
    await Promise.all([page.waitForURL(/contract=phd/), page.locator('main form[role="search"] button[type="submit"]').click()]);
    const shown = async () => page.$$eval('[data-job-offer]', (items) => items.map((item) => item.getAttribute('data-job-offer')));
    expect(await shown()).toEqual(offers.filter((offer) => offer.contractType === 'phd').map((offer) => offer.slug));

    const withTeam = offers.find((offer) => offer.team) as Offer;
    await page.goto(webUrl(`/${locale}/jobs?team=${withTeam.team?.slug}`));
    expect(await shown()).toEqual(offers.filter((offer) => offer.team?.slug === withTeam.team?.slug).map((offer) => offer.slug));
    const withPlatform = offers.find((offer) => offer.platform) as Offer;
    await page.goto(webUrl(`/${locale}/jobs?platform=${withPlatform.platform?.slug}&contract=fixed-term`));
    expect(await shown()).toEqual(
      offers.filter((offer) => offer.platform?.slug === withPlatform.platform?.slug && offer.contractType === 'fixed_term').map((offer) => offer.slug),
    );
    expect((await shown()).length).toBeGreaterThan(0);
    await context.close();

    for (const query of ['contract=freelance', 'team=%00%27%22', 'platform[]=x&contract=', 'team=' + 'a'.repeat(500), 'contract=phd&contract=postdoc&page=-3']) {
      const { status, html } = await visit(`/${locale}/jobs?${query}`);
      expect({ query, status }).toEqual({ query, status: 200 });
      if (!query.startsWith('contract=phd')) expect({ query, slugs: listedSlugs(html) }).toEqual({ query, slugs: offers.map((offer) => offer.slug) });
    }
    const none = await visit(`/${locale}/jobs?team=no-such-team`);
    expect(listedSlugs(none.html)).toEqual([]);
    expectIn(none.html, locale === 'fr' ? 'Aucune offre ne correspond.' : 'No offer matches.');
  });

  test('an offer’s page has its content, contact and valid JobPosting data; expired and unknown offers are 404s', async () => {
    const { institute } = await cmsGraphql<{ institute: { name: string } }>('query($locale: I18NLocaleCode) { institute(locale: $locale) { name } }', { locale });
    const [offer] = (await openOffers(locale)).filter((each) => each.slug === 'postdoc-leukemia-stem-cell-metabolism');
    const { status, html } = await visit(`/${locale}/jobs/${offer.slug}`);
    expect(status).toBe(200);
    expectIn(html, 'href="mailto:leukemia-niche@example.org"');
    expectIn(html, `href="/${locale}/teams/${offer.team?.slug}"`);
    const postings = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)]
      .map((match) => JSON.parse(match[1]) as Record<string, unknown>)
      .filter((data) => data['@type'] === 'JobPosting');
    expect(postings).toHaveLength(1);
    const [posting] = postings as Array<Record<string, unknown> & { hiringOrganization: Record<string, unknown>; jobLocation: { address: Record<string, unknown> } }>;
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      title: offer.title,
      validThrough: '2027-01-31T23:59:59+01:00',
      employmentType: ['FULL_TIME', 'TEMPORARY'],
      url: webUrl(`/${locale}/jobs/${offer.slug}`),
      hiringOrganization: { '@type': 'Organization', name: institute.name },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Marseille', postalCode: '13273', addressCountry: 'FR' } },
    });
    expect(typeof posting.description).toBe('string');
    expect((posting.description as string).length).toBeGreaterThan(100);
    expect(Number.isNaN(Date.parse(posting.datePosted as string))).toBe(false);

    for (const path of [`/${locale}/jobs/${EXPIRED}`, `/${locale}/jobs/no-such-offer`, `/${locale}/jobs/%E2%80%AE`]) {
      expect({ path, status: (await visit(path)).status }).toEqual({ path, status: 404 });
    }
  });
});

test('an offer an editor publishes shows on the listing, its page, its team’s page and the sitemap in both languages; one past its deadline never does', async () => {
  const api = await AdminApi.login();
  const { teams } = await cmsGraphql<{ teams: Array<{ documentId: string; slug: string }> }>('{ teams(locale: "en", sort: "slug:asc", pagination: { limit: 1 }) { documentId slug } }');
  const [team] = teams;
  const stamp = Date.now();
  const create = async (slug: string, deadline: string) => {
    const shared = { slug, contractType: 'internship', applicationDeadline: deadline, startDate: parisDay(60), contactEmail: 'jobs@example.org' };
    const { data } = await api.call<{ data: { documentId: string } }>('POST', `${MODEL}/actions/publish?locale=en`, {
      ...shared,
      title: `Internship ${slug}`,
      team: { connect: [{ documentId: team.documentId, locale: 'en' }] },
      locale: 'en',
    });
    await api.call('POST', `${MODEL}/${data.documentId}/actions/publish?locale=fr`, {
      ...shared,
      title: `Stage ${slug}`,
      team: { connect: [{ documentId: team.documentId, locale: 'fr' }] },
      locale: 'fr',
    });
    return data.documentId;
  };
  // Published first: by the time the open one shows, the website has heard of both.
  const closed = await create(`closed-internship-${stamp}`, parisDay(-1));
  const open = await create(`open-internship-${stamp}`, parisDay(0));
  try {
    for (const locale of LOCALES) {
      const title = locale === 'fr' ? `Stage open-internship-${stamp}` : `Internship open-internship-${stamp}`;
      await waitFor(async () => (await visit(`/${locale}/jobs`)).html.includes(title), `/${locale}/jobs did not show the published offer`);
      const listing = await visit(`/${locale}/jobs`);
      expect(listedSlugs(listing.html)).toContain(`open-internship-${stamp}`);
      expectNotIn(listing.html, `closed-internship-${stamp}`);
      const page = await visit(`/${locale}/jobs/open-internship-${stamp}`);
      expect(page.status).toBe(200);
      expectIn(page.html, title);
      expect((await visit(`/${locale}/jobs/closed-internship-${stamp}`)).status).toBe(404);
      await waitFor(async () => listedSlugs((await visit(`/${locale}/teams/${team.slug}`)).html).includes(`open-internship-${stamp}`), `the team page in ${locale} did not list the offer`);
      expectNotIn((await visit(`/${locale}/teams/${team.slug}`)).html, `closed-internship-${stamp}`);
    }
    const sitemap = (await visit('/sitemap.xml')).html;
    expectIn(sitemap, webUrl(`/fr/jobs/open-internship-${stamp}`));
    expectIn(sitemap, webUrl(`/en/jobs/open-internship-${stamp}`));
    expectNotIn(sitemap, `closed-internship-${stamp}`);
    expectNotIn(sitemap, EXPIRED);
  } finally {
    for (const documentId of [open, closed]) {
      for (const locale of LOCALES) await api.call('DELETE', `${MODEL}/${documentId}?locale=${locale}`);
    }
  }
  await waitFor(async () => !(await visit('/en/jobs')).html.includes(`open-internship-${stamp}`), 'the deleted offer stayed on /en/jobs');
});
