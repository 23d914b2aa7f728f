import type { Locale } from '../i18n/locales';
import { PublishedSlugsDocument } from './generated/graphql';
import { cmsQuery } from './query';
import { compact } from './reshape/common';

export interface PublishedEntry {
  slug: string;
  updatedAt: string | null;
}

export interface PublishedSlugs {
  teams: PublishedEntry[];
  platforms: PublishedEntry[];
  people: PublishedEntry[];
  news: PublishedEntry[];
}

/** Every published detail page of a locale, for generateStaticParams and the sitemap (100 per type per request). */
export async function getPublishedSlugs(locale: Locale): Promise<PublishedSlugs> {
  const slugs: PublishedSlugs = { teams: [], platforms: [], people: [], news: [] };
  const entries = (nodes: ReadonlyArray<{ slug: string | null; updatedAt: string | null } | null> | undefined) =>
    compact(nodes).flatMap((node) => (node.slug ? [{ slug: node.slug, updatedAt: node.updatedAt }] : []));
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const data = await cmsQuery(PublishedSlugsDocument, { locale, page }, {
      types: ['team', 'platform', 'person', 'news-article'],
      previewable: false,
    });
    slugs.teams.push(...entries(data.teams_connection?.nodes));
    slugs.platforms.push(...entries(data.platforms_connection?.nodes));
    slugs.people.push(...entries(data.people_connection?.nodes));
    slugs.news.push(...entries(data.newsArticles_connection?.nodes));
    pageCount = Math.max(
      data.teams_connection?.pageInfo.pageCount ?? 0,
      data.platforms_connection?.pageInfo.pageCount ?? 0,
      data.people_connection?.pageInfo.pageCount ?? 0,
      data.newsArticles_connection?.pageInfo.pageCount ?? 0,
    );
  }
  return slugs;
}
