import type { Browser, Page } from 'playwright-core';
import { AdminApi, cmsUrl, logIntoAdmin, skipGuidedTour } from './helpers/admin';
import { E2E_REVALIDATE_SECONDS } from './helpers/global-setup';
import { cmsGraphql, launchBrowser, webUrl } from './helpers/site';

/**
 * What editors see: a change published in the admin appears on the public site within seconds (the CMS asks the
 * website to revalidate), drafts show only in preview, unpublished content disappears.
 */
let browser: Browser;
let api: AdminApi;
beforeAll(async () => {
  browser = await launchBrowser();
  api = await AdminApi.login();
});
afterAll(async () => browser?.close());

/** Polls a public page (as a visitor, no cookies) until it shows the text; returns when it did (epoch ms). */
async function waitUntilVisible(path: string, text: string, timeoutMs = 20000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const html = await (await fetch(webUrl(path))).text();
    if (html.includes(text)) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} did not show "${text}" within ${timeoutMs / 1000} s`);
}

async function visitorPageText(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(webUrl(path));
  return { status: response.status, html: await response.text() };
}

test('an edit published in the admin shows on the team page and its department listing within seconds', async () => {
  const { teams } = await cmsGraphql<{ teams: Array<{ slug: string; name: string; department: { slug: string } }> }>(
    '{ teams(locale: "en", sort: "name:asc", pagination: { limit: 1 }) { slug name department { slug } } }',
  );
  const team = teams[0];
  const listing = `/en/teams?department=${team.department.slug}`;
  // Both pages are cached already (generated at build, or now).
  expect((await visitorPageText(`/en/teams/${team.slug}`)).status).toBe(200);
  await visitorPageText(listing);

  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page: Page = await context.newPage();
  await logIntoAdmin(page);
  await page.goto(cmsUrl('/admin/content-manager/collection-types/api::team.team?plugins[i18n][locale]=en'));
  await skipGuidedTour(page);
  await page.getByRole('gridcell', { name: team.name, exact: true }).click();
  const summary = page.locator('textarea[name="summary"]');
  await summary.waitFor();
  const newSummary = `Summary rewritten by an editor at ${new Date().toISOString()}.`;
  await summary.fill(newSummary);
  const clickedAt = Date.now();
  await page.getByRole('button', { name: 'Publish' }).click();
  const [teamPageAt, listingAt] = await Promise.all([
    waitUntilVisible(`/en/teams/${team.slug}`, newSummary),
    waitUntilVisible(listing, newSummary),
    page.getByText(/Published|Saved document/i).first().waitFor(),
  ]);
  console.log(
    `Publish to visible (from the click on "Publish"): team page ${teamPageAt - clickedAt} ms, ` +
      `department listing ${listingAt - clickedAt} ms (time-based revalidation: ${E2E_REVALIDATE_SECONDS} s here, 300 s by default).`,
  );
  // Seconds, well within the time-based revalidation period: the CMS's notification did it.
  expect(Math.max(teamPageAt, listingAt) - clickedAt).toBeLessThan((E2E_REVALIDATE_SECONDS * 1000) / 2);
  await context.close();
});

test('a news draft is absent for visitors, present in preview (also inside the admin), absent again after leaving', async () => {
  const title = `Draft news ${Date.now()}`;
  const created = await api.call<{ data: { documentId: string; slug: string } }>(
    'POST',
    '/content-manager/collection-types/api::news-article.news-article?locale=en',
    { title, date: '2026-11-28', summary: 'Not published yet.' },
  );
  const { documentId, slug } = created.data;
  expect((await visitorPageText('/en/news')).html).not.toContain(title);
  expect((await visitorPageText('/en')).html).not.toContain(title);
  expect((await visitorPageText(`/en/news/${slug}`)).status).toBe(404);

  const { data } = await api.call<{ data: { url: string } }>(
    'GET',
    `/content-manager/preview/url/api::news-article.news-article?documentId=${documentId}&locale=en&status=draft`,
  );
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(data.url);
  expect(new URL(page.url()).pathname).toBe(`/en/news/${slug}`);
  await expect(page.locator('h1').innerText()).resolves.toBe(title);
  await expect(page.getByRole('region', { name: 'Preview' }).isVisible()).resolves.toBe(true);
  await page.goto(webUrl('/en/news'));
  await expect(page.getByText(title).count()).resolves.toBeGreaterThan(0);
  await page.goto(webUrl('/en'));
  await expect(page.getByText(title).count()).resolves.toBeGreaterThan(0);

  // Visitors, meanwhile, still do not see it, and the cache holds no draft.
  expect((await visitorPageText('/en/news')).html).not.toContain(title);

  await page.getByRole('link', { name: 'Leave preview' }).click();
  await page.waitForURL(webUrl('/en'));
  await expect(page.getByRole('region', { name: 'Preview' }).count()).resolves.toBe(0);
  await expect(page.getByText(title).count()).resolves.toBe(0);
  await page.goto(webUrl('/en/news'));
  await expect(page.getByText(title).count()).resolves.toBe(0);

  // The admin's own preview shows the website in a frame: the preview cookie must work there too.
  await logIntoAdmin(page);
  await page.goto(cmsUrl(`/admin/content-manager/collection-types/api::news-article.news-article/${documentId}?plugins[i18n][locale]=en`));
  await skipGuidedTour(page);
  await page.getByRole('link', { name: /Open preview/i }).click();
  const frame = page.frameLocator('iframe');
  await frame.locator('h1').filter({ hasText: title }).waitFor({ timeout: 30000 });
  await context.close();
});

test('an unpublished team leaves its page, the listings and the key figures', async () => {
  const figure = async () => Number((await visitorPageText('/en')).html.match(/data-figure="teams">(\d+)</)?.[1]);
  const before = await figure();
  const { departments } = await cmsGraphql<{ departments: Array<{ documentId: string }> }>('{ departments(locale: "en", pagination: { limit: 1 }) { documentId } }');
  const name = `Temporary team ${Date.now()}`;
  const published = await api.call<{ data: { documentId: string; slug: string } }>(
    'POST',
    '/content-manager/collection-types/api::team.team/actions/publish?locale=en',
    { name, summary: 'Here for a moment.', department: { connect: [{ documentId: departments[0].documentId, locale: 'en' }] }, locale: 'en' },
  );
  const { documentId, slug } = published.data;
  await waitUntilVisible(`/en/teams/${slug}`, name);
  await waitUntilVisible('/en/teams', name);
  await waitUntilVisible('/en', `data-figure="teams">${before + 1}<`);

  await api.call('POST', `/content-manager/collection-types/api::team.team/${documentId}/actions/unpublish`, { locale: 'en' });
  const started = Date.now();
  while ((await visitorPageText(`/en/teams/${slug}`)).status !== 404) {
    if (Date.now() - started > 20000) throw new Error('the unpublished team page is still served');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await waitUntilVisible('/en', `data-figure="teams">${before}<`);
  expect((await visitorPageText('/en/teams')).html).not.toContain(name);
  expect((await visitorPageText('/sitemap.xml')).html).not.toContain(`/en/teams/${slug}<`);
});

test('a person renamed in the CMS is renamed on the pages of the teams that list them', async () => {
  const { teams } = await cmsGraphql<{ teams: Array<{ slug: string; members: Array<{ documentId: string; lastName: string }> }> }>(
    '{ teams(locale: "en", sort: "slug:desc", pagination: { limit: 1 }) { slug members(pagination: { limit: 1 }) { documentId lastName } } }',
  );
  const [team] = teams;
  const [member] = team.members;
  expect((await visitorPageText(`/en/teams/${team.slug}`)).html).toContain(member.lastName);
  const renamed = `Renamed${Date.now()}`;
  await api.call('POST', `/content-manager/collection-types/api::person.person/${member.documentId}/actions/publish`, {
    lastName: renamed,
    locale: 'en',
  });
  await waitUntilVisible(`/en/teams/${team.slug}`, renamed);
});

describe('the revalidation route', () => {
  const post = (body: string, secret?: string) =>
    fetch(webUrl('/api/revalidate'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { 'x-revalidate-secret': secret } : {}) },
      body,
    });

  test('refuses a missing or wrong secret (401) and a malformed body (400), accepts a good request', async () => {
    const good = JSON.stringify({ changes: [{ type: 'team', slugs: ['x'] }] });
    expect((await post(good)).status).toBe(401);
    expect((await post(good, 'wrong-secret')).status).toBe(401);
    const secret = process.env.E2E_REVALIDATE_SECRET;
    expect((await post('{not json', secret)).status).toBe(400);
    expect((await post(JSON.stringify({ changes: [{ type: 'admin', slugs: [] }] }), secret)).status).toBe(400);
    expect((await post('x'.repeat(70 * 1024), secret)).status).toBe(413);
    const accepted = await post(good, secret);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ revalidated: ['cms:team', 'cms:team:x'] });
  });

  test('the preview route refuses a wrong secret and paths off the site', async () => {
    const preview = (query: string) => fetch(webUrl(`/api/preview?${query}`), { redirect: 'manual' });
    expect((await preview('secret=nope&path=/en')).status).toBe(401);
    const secret = encodeURIComponent(process.env.E2E_PREVIEW_SECRET ?? '');
    for (const path of ['https://evil.example/en', '//evil.example/en', '/admin']) {
      expect((await preview(`secret=${secret}&path=${encodeURIComponent(path)}`)).status).toBe(400);
    }
    const ok = await preview(`secret=${secret}&path=/en/teams`);
    expect(ok.status).toBe(307);
    expect(ok.headers.get('location')).toMatch(/\/en\/teams$/);
    expect(ok.headers.get('set-cookie')).toContain('__prerender_bypass');
  });
});
