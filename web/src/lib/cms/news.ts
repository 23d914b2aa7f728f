import type { Blocks } from './reshape/blocks';
import { cache } from 'react';
import type { Locale } from '../i18n/locales';
import { NewsArticlePageDocument, NewsFeedDocument, NewsPageDocument } from './generated/graphql';
import { cmsQuery } from './query';
import { compact, toBlocks, toSeo, type Seo } from './reshape/common';
import { toSiteChrome, type SiteChrome } from './reshape/institute';
import { toNewsSummaries, toNewsSummary, type NewsSummary } from './reshape/news';
import { toPeopleNames, type PersonName } from './reshape/person';
import { toLinks, type Link } from './reshape/team';
import { entryTag } from './tags';

export const NEWS_PAGE_SIZE = 9;

export interface NewsPage {
  chrome: SiteChrome | null;
  articles: NewsSummary[];
  categories: Link[];
  page: number;
  pageCount: number;
  total: number;
}

export const getNewsPage = cache(async (locale: Locale, category: string | undefined, page: number): Promise<NewsPage> => {
  const data = await cmsQuery(
    NewsPageDocument,
    { locale, filters: category ? { category: { slug: { eq: category } } } : undefined, page, pageSize: NEWS_PAGE_SIZE },
    { types: ['institute', 'news-article', 'news-category'] },
  );
  const connection = data.newsArticles_connection;
  return {
    chrome: toSiteChrome(data),
    articles: toNewsSummaries(connection?.nodes),
    categories: compact(data.newsCategories).map((entry) => ({ slug: entry.slug, name: entry.name })),
    page: connection?.pageInfo.page ?? page,
    pageCount: connection?.pageInfo.pageCount ?? 0,
    total: connection?.pageInfo.total ?? 0,
  };
});

export interface NewsArticlePage {
  chrome: SiteChrome | null;
  article:
    | (NewsSummary & { body: Blocks; updatedAt: string | null; teams: Link[]; platforms: Link[]; people: PersonName[]; seo: Seo })
    | null;
}

export const getNewsArticlePage = cache(async (locale: Locale, slug: string): Promise<NewsArticlePage> => {
  const data = await cmsQuery(NewsArticlePageDocument, { locale, slug }, {
    types: ['institute', 'news-category', 'team', 'platform', 'person'],
    tags: [entryTag('news-article', slug)],
  });
  const article = compact(data.newsArticles)[0];
  return {
    chrome: toSiteChrome(data),
    article: article
      ? {
          ...toNewsSummary(article),
          body: toBlocks(article.body),
          updatedAt: article.updatedAt ?? null,
          teams: toLinks(article.teams),
          platforms: toLinks(article.platforms),
          people: toPeopleNames(article.people),
          seo: toSeo(article.seo),
        }
      : null,
  };
});

/** How many of the latest articles the news feed carries. */
export const NEWS_FEED_SIZE = 20;

export interface NewsFeedItem {
  slug: string;
  title: string;
  date: string;
  updatedAt: string;
  summary: string | null;
  category: string | null;
}

/** The latest published articles for the news feed: never drafts, even in an editor's preview (feeds are shared). */
export const getNewsFeed = cache(async (locale: Locale): Promise<{ chrome: SiteChrome | null; articles: NewsFeedItem[] }> => {
  const data = await cmsQuery(NewsFeedDocument, { locale, limit: NEWS_FEED_SIZE }, {
    types: ['institute', 'news-article', 'news-category'],
    previewable: false,
  });
  return {
    chrome: toSiteChrome(data),
    articles: compact(data.newsArticles).map((article) => ({
      slug: article.slug,
      title: article.title,
      date: article.date,
      updatedAt: article.updatedAt ?? article.date,
      summary: article.summary?.trim() || null,
      category: article.category?.name ?? null,
    })),
  };
});
