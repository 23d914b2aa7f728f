import { AdminApi } from './helpers/admin';
import { launchBrowser, webUrl } from './helpers/site';

/**
 * Content written in the CMS cannot run code on the site: scripts, event handlers and dangerous URLs in every kind of
 * block render as harmless text or safe links.
 */
const attack = '<img src=x onerror="window.__attacked=1"><script>window.__attacked=2</script>';
const text = (value: string) => ({ type: 'text', text: value });
const link = (url: string, label: string) => ({ type: 'link', url, children: [text(label)] });

test('the CMS refuses javascript:, data: and vbscript: links in rich text', async () => {
  const api = await AdminApi.login();
  for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
    await expect(
      api.call('POST', '/content-manager/collection-types/api::news-article.news-article?locale=en', {
        title: `Bad link ${Date.now()}`,
        date: '2026-11-20',
        body: [{ type: 'paragraph', children: [link(url, 'click')] }],
      }),
    ).rejects.toThrow(/400.*valid link/);
  }
});

test('scripts and event handlers written in every kind of block are shown as text and never run', async () => {
  const body = [
    { type: 'paragraph', children: [text(`Paragraph ${attack}`)] },
    { type: 'heading', level: 2, children: [text(`Heading ${attack}`)] },
    { type: 'quote', children: [text(`Quote ${attack}`)] },
    { type: 'code', children: [text(`Code ${attack}`)] },
    {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [text('Item "onmouseover="window.__attacked=4'), text(attack)] },
        { type: 'list-item', children: [link('https://example.org/safe', 'safe link')] },
      ],
    },
  ];
  const api = await AdminApi.login();
  const { data } = await api.call<{ data: { slug: string } }>(
    'POST',
    '/content-manager/collection-types/api::news-article.news-article/actions/publish?locale=en',
    { title: `Rich text with attacks ${Date.now()}`, date: '2026-11-20', summary: attack, body, locale: 'en' },
  );

  const browser = await launchBrowser();
  const page = await browser.newPage();
  for (let tries = 0; tries < 50; tries += 1) {
    const response = await page.goto(webUrl(`/en/news/${data.slug}`));
    if (response?.status() === 200) break;
    await page.waitForTimeout(200);
  }
  await page.mouse.move(10, 10);
  await page.locator('main').hover();
  expect(await page.evaluate(() => (window as unknown as { __attacked?: number }).__attacked)).toBeUndefined();
  const hrefs = await page.$$eval('main a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
  expect(hrefs).toContain('https://example.org/safe');
  expect(await page.$$eval('main [onerror], main [onmouseover], main script:not([type="application/ld+json"])', (nodes) => nodes.length)).toBe(0);
  await expect(page.getByText(/Paragraph <img src=x/).count()).resolves.toBe(1);
  await expect(page.getByText(/Code <img src=x/).count()).resolves.toBe(1);
  await browser.close();
});
