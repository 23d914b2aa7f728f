import type { Browser } from 'playwright-core';
import { LOCALES, pageTypes } from './helpers/page-types';
import { launchBrowser, seriousAccessibilityViolations, webUrl } from './helpers/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(LOCALES)('every page type in %s', (locale) => {
  test('answers 200 with its content, its language, alternates and structured data, and no serious accessibility issue', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    for (const expected of await pageTypes(locale)) {
      const response = await page.goto(webUrl(expected.path));
      expect({ path: expected.path, status: response?.status() }).toEqual({ path: expected.path, status: 200 });
      await expect(page.locator('h1').first().innerText()).resolves.toContain(expected.heading);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
        links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]),
      );
      const samePage = expected.path.replace(/^\/(fr|en)/, '');
      expect(alternates).toEqual(
        expect.arrayContaining([
          ['fr', `/fr${samePage}`],
          ['en', `/en${samePage}`],
          ['x-default', `/fr${samePage}`],
        ]),
      );
      expect(new URL((await page.getAttribute('link[rel="canonical"]', 'href')) ?? '').pathname).toBe(expected.path);
      if (expected.jsonLd) {
        const types = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
          scripts.map((script) => (JSON.parse(script.textContent ?? '{}') as { '@type'?: string })['@type']),
        );
        expect({ path: expected.path, types }).toEqual({ path: expected.path, types: expect.arrayContaining([expected.jsonLd]) });
      }
      problems.push(...(await seriousAccessibilityViolations(page)).map((problem) => `${expected.path}: ${problem}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

test('the accessibility check does find serious issues when there are some', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<html><body><img src="x.png"><button></button><a href="/x"></a></body></html>');
  const problems = await seriousAccessibilityViolations(page);
  expect(problems.join('\n')).toMatch(/image-alt|button-name|link-name|html-has-lang/);
  await context.close();
});

test('no Apollo (nor any GraphQL client) code reaches the browser', async () => {
  const page = await browser.newPage();
  const scripts: Array<{ url: string; body: string }> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      void response.text().then((body) => scripts.push({ url: response.url(), body }));
    }
  });
  for (const path of ['/fr', '/en/teams', '/fr/people', '/en/news']) await page.goto(webUrl(path), { waitUntil: 'networkidle' });
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((script) => /ApolloClient|InMemoryCache|graphql/i.test(script.body)).map((script) => script.url)).toEqual([]);
  await page.close();
});
