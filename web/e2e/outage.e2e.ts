import { spawn } from 'node:child_process';
import { AdminApi } from './helpers/admin';
import { E2E_REVALIDATE_SECONDS } from './helpers/global-setup';
import { readState, writeState } from './helpers/state';
import { cmsGraphql, launchBrowser, webUrl } from './helpers/site';

/**
 * The CMS goes down: pages generated before keep being served (also past their revalidation period), a page never
 * generated gets a clear 503 (never a cached 404), and once the CMS is back the site shows current content.
 * Runs last (see helpers/sequencer.js): it stops and restarts the CMS.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const visit = async (path: string) => {
  const response = await fetch(webUrl(path));
  return { status: response.status, retryAfter: response.headers.get('retry-after'), html: await response.text() };
};

async function waitForCms(url: string, up: boolean) {
  for (let waited = 0; waited < 240000; waited += 500) {
    const isUp = await fetch(`${url}/_health`).then((response) => response.ok, () => false);
    if (isUp === up) return;
    await sleep(500);
  }
  throw new Error(`the CMS did not ${up ? 'come back' : 'stop'}`);
}

test('pages survive a CMS outage, new pages answer 503, and the site catches up when the CMS is back', async () => {
  const { teams, people, newsArticles } = await cmsGraphql<Record<string, Array<{ slug: string; name?: string; title?: string; lastName?: string }>>>(
    '{ teams(locale: "en", pagination: { limit: 1 }) { slug name } people(locale: "fr", pagination: { limit: 1 }) { slug lastName } newsArticles(locale: "en", pagination: { limit: 1 }) { slug title } }',
  );
  const generated: Array<[string, string]> = [
    ['/fr', '<h1'],
    ['/en/presentation', '<h1'],
    [`/en/teams/${teams[0].slug}`, teams[0].name ?? ''],
    [`/fr/people/${people[0].slug}`, people[0].lastName ?? ''],
    [`/en/news/${newsArticles[0].slug}`, newsArticles[0].title ?? ''],
  ];
  for (const [path, text] of generated) expect((await visit(path)).html).toContain(text);

  const state = readState();
  process.kill(state.cms.pid, 'SIGTERM');
  await waitForCms(state.cms.url, false);

  const checkGenerated = async () => {
    for (const [path, text] of generated) {
      const page = await visit(path);
      expect({ path, status: page.status, shows: page.html.includes(text) }).toEqual({ path, status: 200, shows: true });
    }
  };
  await checkGenerated();
  await sleep((E2E_REVALIDATE_SECONDS + 2) * 1000);
  await checkGenerated(); // past the period: this visit starts a regeneration, which fails
  await sleep(2000);
  await checkGenerated(); // and the last good page is still served

  const neverGenerated = [`/en/people?q=outage-${Date.now()}`, `/en/teams?q=outage-${Date.now()}`, '/fr/teams/created-while-down'];
  for (const path of neverGenerated) {
    const page = await visit(path);
    expect({ path, status: page.status, retryAfter: page.retryAfter }).toEqual({ path, status: 503, retryAfter: '30' });
  }
  // A visitor sees the site's own error page, in their language (Next.js renders it in the browser, see README).
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const response = await page.goto(webUrl(neverGenerated[0]));
  expect(response?.status()).toBe(503);
  await expect(page.locator('h1').innerText()).resolves.toBe('Something went wrong');
  await page.goto(webUrl('/fr/teams/created-while-down'));
  await expect(page.locator('h1').innerText()).resolves.toBe('Une erreur est survenue');
  await browser.close();

  // The CMS comes back (same database).
  const env = state.cms.env as NodeJS.ProcessEnv;
  const child = spawn(state.cms.command, state.cms.args, { cwd: state.cms.cwd, env, detached: true, stdio: 'ignore' });
  child.unref();
  writeState({ ...state, cms: { ...state.cms, pid: child.pid ?? 0 } });
  await waitForCms(state.cms.url, true);

  expect((await visit(neverGenerated[0])).status).toBe(200);
  expect((await visit('/fr/teams/created-while-down')).status).toBe(404);

  const { data } = await (await AdminApi.login()).call<{ data: { slug: string } }>(
    'POST',
    '/content-manager/collection-types/api::news-article.news-article/actions/publish?locale=en',
    { title: `Back online ${Date.now()}`, date: '2026-11-29', summary: 'Written after the outage.', locale: 'en' },
  );
  for (let waited = 0; ; waited += 200) {
    if ((await visit('/en/news')).html.includes(data.slug)) break;
    if (waited > 15000) throw new Error('the news published after the outage does not show');
    await sleep(200);
  }
}, 300000);
