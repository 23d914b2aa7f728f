import type { Browser } from 'playwright-core';
import { cmsGraphql, launchBrowser, webUrl } from './helpers/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test('a visitor goes from home to the teams, to a team, to one of its leaders, by clicking', async () => {
  const page = await browser.newPage();
  await page.goto(webUrl('/en'));
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Teams' }).first().click();
  await page.waitForURL(/\/en\/teams$/);
  await expect(page.locator('h1').innerText()).resolves.toBe('Research teams');

  const teamLink = page.locator('article[data-team] h3 a').first();
  const teamName = await teamLink.innerText();
  await teamLink.click();
  await page.waitForURL(/\/en\/teams\/[a-z0-9-]+$/);
  await expect(page.locator('h1').innerText()).resolves.toBe(teamName);

  const leaders = page.locator('section[aria-labelledby="leaders"] h3 a');
  const leaderName = (await leaders.first().innerText()).replace(/^(Dr|Prof\.)\s/, '');
  await leaders.first().click();
  await page.waitForURL(/\/en\/people\/[a-z0-9-]+$/);
  await expect(page.locator('h1').innerText()).resolves.toContain(leaderName);
  await expect(page.getByRole('link', { name: teamName }).first().isVisible()).resolves.toBe(true);
  await page.close();
});

test('the language switch keeps the visitor on the same page, filters included', async () => {
  const { teams } = await cmsGraphql<{ teams: Array<{ slug: string; name: string }> }>(
    '{ teams(locale: "en", pagination: { limit: 1 }, sort: "slug:asc") { slug name } }',
  );
  const { teams: french } = await cmsGraphql<{ teams: Array<{ name: string }> }>(
    'query($slug: String) { teams(locale: "fr", filters: { slug: { eq: $slug } }) { name } }',
    { slug: teams[0].slug },
  );
  const page = await browser.newPage();
  await page.goto(webUrl(`/en/teams/${teams[0].slug}`));
  await page.getByRole('link', { name: 'Lire cette page en français' }).click();
  await page.waitForURL(webUrl(`/fr/teams/${teams[0].slug}`));
  await expect(page.locator('h1').innerText()).resolves.toBe(french[0].name);
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await page.waitForURL(webUrl(`/en/teams/${teams[0].slug}`));

  await page.goto(webUrl('/fr/people?position=researcher&page=2'));
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await page.waitForURL(webUrl('/en/people?position=researcher&page=2'));
  await page.close();
});

test('/ sends visitors to their language', async () => {
  for (const [acceptLanguage, locale] of [
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE', 'fr'],
  ]) {
    const response = await fetch(webUrl('/'), { redirect: 'manual', headers: { 'accept-language': acceptLanguage } });
    expect({ acceptLanguage, status: response.status, location: response.headers.get('location') }).toEqual({
      acceptLanguage,
      status: 307,
      location: expect.stringMatching(new RegExp(`/${locale}$`)),
    });
  }
});

test('unknown pages, slugs and locales are 404s, in the visitor’s language', async () => {
  for (const path of ['/fr/teams/no-such-team', '/en/people/nobody', '/en/news/nothing', '/fr/platforms/none', '/fr/nope', '/de', '/de/teams', '/xx/yy/zz']) {
    const response = await fetch(webUrl(path), { headers: { 'accept-language': 'en' } });
    expect({ path, status: response.status }).toEqual({ path, status: 404 });
  }
  const page = await browser.newPage({ extraHTTPHeaders: { 'accept-language': 'en' } });
  const french = await page.goto(webUrl('/fr/teams/no-such-team'));
  expect(french?.status()).toBe(404);
  await expect(page.locator('h1').innerText()).resolves.toBe('Page introuvable');
  await page.goto(webUrl('/de/teams'));
  await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
  await page.close();
});
