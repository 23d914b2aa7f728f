import type { Blocks } from './blocks';
import type { NewsCardFragment } from '../generated/graphql';
import { compact, toImage, type Image } from './common';

export interface NewsSummary {
  slug: string;
  title: string;
  date: string;
  summary: string | null;
  category: { slug: string; name: string } | null;
  cover: Image | null;
}

export interface NewsArticle extends NewsSummary {
  body: Blocks;
  updatedAt: string | null;
  teams: Array<{ slug: string; name: string }>;
  platforms: Array<{ slug: string; name: string }>;
}

export function toNewsSummary(article: NewsCardFragment): NewsSummary {
  return {
    slug: article.slug,
    title: article.title,
    date: article.date,
    summary: article.summary?.trim() || null,
    category: article.category ? { slug: article.category.slug, name: article.category.name } : null,
    cover: toImage(article.cover),
  };
}

export const toNewsSummaries = (articles: ReadonlyArray<NewsCardFragment | null> | null | undefined): NewsSummary[] =>
  compact(articles).map(toNewsSummary);
