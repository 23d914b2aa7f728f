import { getNewsFeed } from '@/lib/cms/news';
import { staticParamsWhenCmsIsUp } from '@/lib/cms/static-params';
import { atomFeed } from '@/lib/feeds/atom';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { LOCALE_TAGS, LOCALES, isLocale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { absoluteUrl } from '@/lib/seo/metadata';

/**
 * The news of one language as an Atom feed, for feed readers: cached like the pages (regenerated when news is
 * published, served from the page cache). A CMS failure throws, so the last good feed keeps being served.
 */
export const dynamic = 'force-static';

export async function generateStaticParams() {
  return staticParamsWhenCmsIsUp(async () => LOCALES.map((locale) => ({ locale })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const dictionary = getDictionary(locale);
  const { chrome, articles } = await getNewsFeed(locale);
  const site = chrome ? `${chrome.acronym} – ${chrome.name}` : dictionary.news.title;
  const xml = atomFeed({
    pageUrl: absoluteUrl(paths.news(locale)),
    feedUrl: absoluteUrl(paths.newsFeed(locale)),
    title: `${dictionary.news.title} | ${chrome?.acronym ?? site}`,
    subtitle: dictionary.news.intro,
    language: LOCALE_TAGS[locale].intl,
    author: site,
    entries: articles.map((article) => ({
      url: absoluteUrl(paths.newsArticle(locale, article.slug)),
      title: article.title,
      published: article.date,
      updated: article.updatedAt,
      summary: article.summary,
      category: article.category,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
