import { cmsUrl } from './helpers/admin';
import { launchBrowser, webUrl } from './helpers/site';

/** Every kind of response carries the security headers, and the pages work under their Content-Security-Policy. */
test('pages, errors, API routes, assets and images carry the security headers', async () => {
  const home = await (await fetch(webUrl('/en'))).text();
  const asset = home.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  const image = home.match(/\/_next\/image\?url=[^"&]+&amp;w=\d+&amp;q=\d+/)?.[0]?.replace(/&amp;/g, '&');
  expect(asset).toBeDefined();
  expect(image).toBeDefined();
  // Optimised images get Next.js's own, stricter policy (a sandbox without scripts).
  const imageResponse = await fetch(webUrl(image ?? ''));
  expect(imageResponse.status).toBe(200);
  expect(imageResponse.headers.get('content-security-policy')).toMatch(/script-src 'none'.*sandbox/);
  expect(imageResponse.headers.get('x-content-type-options')).toBe('nosniff');

  const paths = ['/en', '/fr/teams', '/fr/no-such-page', '/api/revalidate', '/sitemap.xml', asset ?? ''];
  for (const path of paths) {
    const response = await fetch(webUrl(path));
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = csp.split(/;\s*/);
    expect({ path, directives }).toEqual({
      path,
      directives: expect.arrayContaining([
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        `frame-ancestors 'self' ${new URL(cmsUrl()).origin}`,
      ]),
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('x-powered-by')).toBeNull();
  }
});

test('no page breaks its Content-Security-Policy, and only the CMS admin may frame the site', async () => {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of ['/fr', '/en/teams', '/fr/people', '/en/news', '/fr/presentation', '/en/organigram']) {
    await page.goto(webUrl(path), { waitUntil: 'networkidle' });
  }
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Teams' }).first().click();
  await page.waitForURL(/\/en\/teams$/);
  expect(violations).toEqual([]);

  await page.setContent(`<iframe src="${webUrl('/en')}"></iframe>`);
  await page.waitForTimeout(1500);
  const framed = page.frames().find((frame) => frame.url().startsWith(webUrl('/en')));
  const framedHeading = framed ? await framed.locator('h1').count().catch(() => 0) : 0;
  expect(framedHeading).toBe(0);
  await browser.close();
});
