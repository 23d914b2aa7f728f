import type { Browser } from 'playwright-core';
import { cmsGraphql, launchBrowser, webUrl } from './helpers/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const total = '{ pageInfo { total } }';

test.each(['fr', 'en'])('the key figures on the home and presentation pages equal the published counts (%s)', async (locale) => {
  const counts = await cmsGraphql<Record<string, { pageInfo: { total: number } }>>(
    `query($locale: I18NLocaleCode) {
      teams: teams_connection(locale: $locale) ${total}
      platforms: platforms_connection(locale: $locale) ${total}
      departments: departments_connection(locale: $locale) ${total}
      people: people_connection(locale: $locale, filters: { memberStatus: { eq: "current" } }) ${total}
    }`,
    { locale },
  );
  const page = await browser.newPage();
  for (const path of [`/${locale}`, `/${locale}/presentation`]) {
    await page.goto(webUrl(path));
    for (const key of ['teams', 'platforms', 'departments', 'people']) {
      const shown = await page.locator(`[data-figure="${key}"]`).first().innerText();
      expect({ path, key, shown: Number(shown.replace(/\D/g, '')) }).toEqual({ path, key, shown: counts[key].pageInfo.total });
    }
  }
  expect(counts.teams.pageInfo.total).toBe(21);
  expect(counts.platforms.pageInfo.total).toBe(18);
  await page.close();
});

test('the sitemap lists every team in both languages, and robots.txt points to it', async () => {
  const sitemap = await (await fetch(webUrl('/sitemap.xml'))).text();
  const { teams } = await cmsGraphql<{ teams: Array<{ slug: string }> }>('{ teams(locale: "fr", pagination: { limit: 100 }) { slug } }');
  expect(teams.length).toBe(21);
  for (const { slug } of teams) {
    for (const locale of ['fr', 'en']) expect(sitemap).toContain(`<loc>${webUrl(`/${locale}/teams/${slug}`)}</loc>`);
  }
  for (const path of ['/fr', '/en/presentation', '/fr/organigram', '/en/accessibility']) expect(sitemap).toContain(`<loc>${webUrl(path)}</loc>`);
  expect(sitemap).toContain('hreflang="en"');
  const robots = await (await fetch(webUrl('/robots.txt'))).text();
  expect(robots).toContain(`Sitemap: ${webUrl('/sitemap.xml')}`);
});
