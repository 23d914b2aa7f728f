import { startEmptyApp, type RunningApp } from './helpers/empty-app';
import { firstLoadJavaScript, type FirstLoadJavaScript } from './helpers/first-load-js';
import { pageTypes, type PageType } from './helpers/page-types';
import { launchBrowser, webUrl } from './helpers/site';

/**
 * Bytes to the browser: each content page's first-load JavaScript (gzip, see helpers/first-load-js.ts) stays within
 * 15 KB of what an empty page of the same Next.js costs (helpers/empty-app.ts). The figures are printed.
 */
const BUDGET_OVER_EMPTY_BYTES = 15 * 1024;

let emptyApp: RunningApp | undefined;
let empty: FirstLoadJavaScript;
beforeAll(async () => {
  emptyApp = await startEmptyApp();
  empty = await firstLoadJavaScript(`${emptyApp.url}/`);
}, 300000);
afterAll(async () => emptyApp?.stop());

/** Every content page type in French, and the English home page. */
async function contentPages(): Promise<PageType[]> {
  const english = await pageTypes('en');
  return [...(await pageTypes('fr')), ...english.filter((page) => page.type === 'home')];
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const signedKilobytes = (bytes: number) => `${bytes < 0 ? '-' : '+'}${kilobytes(Math.abs(bytes))}`;

test('every content page ships at most 15 KB (gzip) of JavaScript more than an empty Next.js page', async () => {
  const rows: Array<[route: string, measured: FirstLoadJavaScript]> = [['empty Next.js page', empty]];
  for (const page of await contentPages()) rows.push([page.path, await firstLoadJavaScript(webUrl(page.path))]);

  const width = Math.max(...rows.map(([route]) => route.length));
  const lines = rows.map(
    ([route, measured]) =>
      `${route.padEnd(width)} ${String(measured.scripts.length).padStart(3)} scripts ${kilobytes(measured.bytes).padStart(9)} ` +
      `${kilobytes(measured.gzipBytes).padStart(9)} gzip ${signedKilobytes(measured.gzipBytes - empty.gzipBytes).padStart(9)}  ` +
      `(inline, not counted: ${kilobytes(measured.inline.gzipBytes)} gzip)`,
  );
  console.log(`First-load JavaScript (gzip level 9; budget: empty page + ${kilobytes(BUDGET_OVER_EMPTY_BYTES)}):\n${lines.join('\n')}`);

  const overBudget = rows
    .filter(([, measured]) => measured.gzipBytes - empty.gzipBytes > BUDGET_OVER_EMPTY_BYTES)
    .map(([route, measured]) => ({ route, overEmpty: measured.gzipBytes - empty.gzipBytes }));
  expect(overBudget).toEqual([]);
});

/** Requests of Next.js's router prefetching the routes of links in view: code for later navigations, not this page's. */
const isPrefetch = (headers: Record<string, string>) => 'next-router-prefetch' in headers || 'next-router-segment-prefetch' in headers;

test('the measure counts the very scripts Chromium loads to open a page', async () => {
  const browser = await launchBrowser();
  try {
    const samples = (await pageTypes('fr')).filter((page) => page.type === 'home' || page.type === 'team');
    for (const { path } of samples) {
      const page = await browser.newPage();
      await page.route('**/*', (route) => (isPrefetch(route.request().headers()) ? route.abort() : route.continue()));
      const loaded = new Set<string>();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') loaded.add(request.url());
      });
      await page.goto(webUrl(path), { waitUntil: 'networkidle' });
      const measured = await firstLoadJavaScript(webUrl(path));
      expect({ path, scripts: [...loaded].sort() }).toEqual({ path, scripts: [...measured.scripts].sort() });
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
