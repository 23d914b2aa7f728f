import type { Locale } from '../i18n/locales';
import { BuildSlugsDocument, PublishedSlugsDocument } from './generated/graphql';
import { isOpen } from '../jobs/deadline';
import { untilOffersMayClose } from './job-offers';
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
  publications: PublishedEntry[];
  jobs: PublishedEntry[];
  events: PublishedEntry[];
}

/** Every published detail page of a locale, for generateStaticParams and the sitemap (100 per type per request). */
export async function getPublishedSlugs(locale: Locale): Promise<PublishedSlugs> {
  const slugs: PublishedSlugs = { teams: [], platforms: [], people: [], news: [], publications: [], jobs: [], events: [] };
  const entries = (nodes: ReadonlyArray<{ slug: string | null; updatedAt: string | null } | null> | undefined) =>
    compact(nodes).flatMap((node) => (node.slug ? [{ slug: node.slug, updatedAt: node.updatedAt }] : []));
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const data = await cmsQuery(PublishedSlugsDocument, { locale, page }, {
      types: ['team', 'platform', 'person', 'news-article', 'publication', 'job-offer', 'event'],
      previewable: false,
      maxAge: untilOffersMayClose(),
    });
    slugs.teams.push(...entries(data.teams_connection?.nodes));
    slugs.platforms.push(...entries(data.platforms_connection?.nodes));
    slugs.people.push(...entries(data.people_connection?.nodes));
    slugs.news.push(...entries(data.newsArticles_connection?.nodes));
    slugs.publications.push(...entries(data.publications_connection?.nodes));
    slugs.jobs.push(...entries(compact(data.jobOffers_connection?.nodes).filter((offer) => isOpen(offer.applicationDeadline))));
    slugs.events.push(...entries(data.events_connection?.nodes));
    pageCount = Math.max(
      data.teams_connection?.pageInfo.pageCount ?? 0,
      data.platforms_connection?.pageInfo.pageCount ?? 0,
      data.people_connection?.pageInfo.pageCount ?? 0,
      data.newsArticles_connection?.pageInfo.pageCount ?? 0,
      data.publications_connection?.pageInfo.pageCount ?? 0,
      data.jobOffers_connection?.pageInfo.pageCount ?? 0,
      data.events_connection?.pageInfo.pageCount ?? 0,
    );
  }
  return slugs;
}

/**
 * How many detail pages of each type and locale `next build` renders. Rendering all of them makes the build grow with
 * the content (20,000 news pages would take the better part of an hour); the rest render on their first visit and are
 * cached from then on, like any page after an edit. 100 is the CMS's page-size ceiling: one request per locale.
 */
export const PRERENDERED_PER_TYPE = 100;

/** The detail pages `next build` renders in a locale: the most recently changed of each type (the newest news). */
export async function getBuildSlugs(locale: Locale): Promise<Record<keyof PublishedSlugs, string[]>> {
  const data = await cmsQuery(BuildSlugsDocument, { locale, limit: PRERENDERED_PER_TYPE }, {
    types: ['team', 'platform', 'person', 'news-article', 'publication', 'job-offer', 'event'],
    previewable: false,
  });
  const slugsOf = (nodes: ReadonlyArray<{ slug: string | null } | null> | undefined) =>
    compact(nodes).flatMap((node) => (node.slug ? [node.slug] : []));
  return {
    teams: slugsOf(data.teams),
    platforms: slugsOf(data.platforms),
    people: slugsOf(data.people),
    news: slugsOf(data.newsArticles),
    publications: slugsOf(data.publications),
    jobs: slugsOf(data.jobOffers),
    events: slugsOf(data.events),
  };
}
