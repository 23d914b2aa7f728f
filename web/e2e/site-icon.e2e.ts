import { launchBrowser, webUrl } from './helpers/site';

/**
 * The site has an icon, and a browser opening a page logs no error and gets no error status (a missing /favicon.ico
 * used to be one, and cost the best-practices score). Prefetches the router cancels are not errors.
 */
test('pages name the site icon and open without a console error', async () => {
  const html = await (await fetch(webUrl('/fr'))).text();
  const href = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await fetch(webUrl(href));
  expect(icon.status).toBe(200);
  expect(icon.headers.get('content-type')).toContain('image/svg+xml');

  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.url()}: ${response.status()}`);
    });
    await page.goto(webUrl('/en'), { waitUntil: 'networkidle' });
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
