import type { Browser } from 'playwright-core';
import { cmsGraphql, launchBrowser, webUrl } from './helpers/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test('teams are grouped by department and filter by department and keyword', async () => {
  const { departments } = await cmsGraphql<{ departments: Array<{ slug: string; name: string; teams: Array<{ slug: string }> }> }>(
    '{ departments(locale: "en", sort: "name:asc") { slug name teams(pagination: { limit: 100 }) { slug } } }',
  );
  const page = await browser.newPage();
  await page.goto(webUrl('/en/teams'));
  await expect(page.locator('main h2').allInnerTexts()).resolves.toEqual(departments.map((department) => department.name));
  await expect(page.locator('article[data-team]').count()).resolves.toBe(21);

  const department = departments[1];
  await page.getByLabel('Department').selectOption(department.slug);
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/department=/);
  const shown = await page.locator('article[data-team]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-team')));
  expect(shown.sort()).toEqual(department.teams.map((team) => team.slug).sort());

  await page.goto(webUrl('/en/teams?q=leukemia'));
  const matching = await page.locator('article[data-team]').count();
  expect(matching).toBeGreaterThan(0);
  expect(matching).toBeLessThan(21);
  await page.goto(webUrl('/en/teams?q=zzzz-nothing'));
  await expect(page.getByRole('status').innerText()).resolves.toBe('No team matches.');
  await page.close();
});

test('people: search by name, filter by team, position and status, paginated', async () => {
  const page = await browser.newPage();
  await page.goto(webUrl('/fr/people'));
  const status = await page.getByRole('status').innerText();
  const total = Number(status.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(24);
  await expect(page.locator('main ul > li article').count()).resolves.toBe(24);
  await page.getByRole('link', { name: /Page suivante/ }).click();
  await page.waitForURL(/page=2/);
  await expect(page.locator('main ul > li article').count()).resolves.toBe(Math.min(24, total - 24));

  const { people } = await cmsGraphql<{ people: Array<{ firstName: string; lastName: string; slug: string }> }>(
    '{ people(locale: "fr", filters: { memberStatus: { eq: "current" }, positionType: { eq: "researcher" } }, sort: "lastName:asc", pagination: { limit: 1 }) { firstName lastName slug } }',
  );
  await page.goto(webUrl('/fr/people'));
  await page.getByLabel('Nom', { exact: true }).fill(`${people[0].firstName} ${people[0].lastName}`);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.waitForURL(/q=/);
  await expect(page.locator(`main a[href="/fr/people/${people[0].slug}"]`).count()).resolves.toBe(1);

  await page.goto(webUrl('/fr/people?status=alumni'));
  const alumni = await page.locator('main ul > li article').count();
  expect(alumni).toBeGreaterThan(0);
  await expect(page.getByText('Ancien membre').count()).resolves.toBe(alumni);
  await page.close();
});

test('news: paginated, filtered by category', async () => {
  const { newsCategories } = await cmsGraphql<{ newsCategories: Array<{ slug: string; name: string; articles: unknown[] }> }>(
    '{ newsCategories(locale: "en") { slug name articles(pagination: { limit: 100 }) { slug } } }',
  );
  const page = await browser.newPage();
  await page.goto(webUrl('/en/news'));
  await expect(page.locator('article[data-news]').count()).resolves.toBe(9);
  await page.getByRole('link', { name: 'Next page' }).click();
  await page.waitForURL(/page=2/);
  await expect(page.locator('article[data-news]').count()).resolves.toBe(3);
  const category = newsCategories[0];
  await page.getByRole('link', { name: category.name }).click();
  await page.waitForURL(new RegExp(`category=${category.slug}`));
  await expect(page.locator('article[data-news]').count()).resolves.toBe(Math.min(9, category.articles.length));
  await page.close();
});
