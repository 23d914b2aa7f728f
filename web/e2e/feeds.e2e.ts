import Parser from 'rss-parser';
import { AdminApi } from './helpers/admin';
import { cmsGraphql, webUrl } from './helpers/site';

/**
 * The news feeds (/{locale}/news/feed.xml), read by an independent feed parser as a feed reader would: the latest
 * published articles of the language, linked from the pages, refreshed when an article is published.
 */
type Entry = { id?: string; title?: string; link?: string };
const parser = new Parser<Record<string, never>, Entry>({ customFields: { item: ['id'] } });

async function readFeed(locale: string) {
  const response = await fetch(webUrl(`/${locale}/news/feed.xml`));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  return parser.parseString(await response.text());
}

test.each(['fr', 'en'])('the %s feed lists the latest published articles of the language, newest first', async (locale) => {
  const { newsArticles } = await cmsGraphql<{ newsArticles: Array<{ slug: string; title: string }> }>(
    'query($locale: I18NLocaleCode) { newsArticles(locale: $locale, sort: ["date:desc"], pagination: { limit: 20 }) { slug title } }',
    { locale },
  );
  expect(newsArticles.length).toBeGreaterThan(0);
  const feed = await readFeed(locale);
  expect(feed.link).toBe(webUrl(`/${locale}/news`));
  expect(feed.items.map((item) => [item.title, item.link])).toEqual(
    newsArticles.map((article) => [article.title, webUrl(`/${locale}/news/${article.slug}`)]),
  );
  const first = feed.items[0];
  expect(first.id).toBe(first.link);
  expect((await fetch(first.link as string)).status).toBe(200);
});

test('every page points feed readers at its language’s feed, and the news page links to it', async () => {
  for (const [path, feed] of [['/fr', '/fr/news/feed.xml'], ['/en/teams', '/en/news/feed.xml'], ['/en/news', '/en/news/feed.xml']]) {
    const html = await (await fetch(webUrl(path))).text();
    const links = [...html.matchAll(/<link [^>]*type="application\/atom\+xml"[^>]*>/g)].map((match) => match[0]);
    expect({ path, links: links.length }).toEqual({ path, links: 1 });
    expect(links[0]).toContain('rel="alternate"');
    expect(links[0]).toContain(`href="${webUrl(feed)}"`);
    expect(links[0]).toMatch(/title="(Fil des actualités|News feed) \(Atom\)"/);
  }
  expect(await (await fetch(webUrl('/fr/news'))).text()).toContain('<a href="/fr/news/feed.xml" type="application/atom+xml">Fil des actualités (Atom)</a>');
});

test('an article published in the CMS appears at the top of its feed within seconds, and leaves it when deleted', async () => {
  const api = await AdminApi.login();
  const title = `Feed check ${Date.now()}`;
  const created = await api.call<{ data: { documentId: string; slug: string } }>(
    'POST',
    '/content-manager/collection-types/api::news-article.news-article/actions/publish?locale=en',
    { title, date: '2099-01-01', summary: 'Checking the feed.', locale: 'en' },
  );
  const until = async (check: (titles: string[]) => boolean, what: string) => {
    const started = Date.now();
    for (;;) {
      const titles = (await readFeed('en')).items.map((item) => item.title ?? '');
      if (check(titles)) return;
      if (Date.now() - started > 20000) throw new Error(`the English feed did not ${what} within 20 s: ${JSON.stringify(titles.slice(0, 3))}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  try {
    await until((titles) => titles[0] === title, 'show the new article first');
    expect((await readFeed('fr')).items.map((item) => item.title)).not.toContain(title);
  } finally {
    await api.call('DELETE', `/content-manager/collection-types/api::news-article.news-article/${created.data.documentId}?locale=en`);
  }
  await until((titles) => !titles.includes(title), 'drop the deleted article');
});

test('feeds of unknown languages are 404s', async () => {
  for (const path of ['/de/news/feed.xml', '/xx/news/feed.xml']) expect((await fetch(webUrl(path))).status).toBe(404);
});
