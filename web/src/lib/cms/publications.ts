import { cache } from 'react';
import type { Locale } from '../i18n/locales';
import { PublicationPageDocument, PublicationsExportDocument, PublicationsPageDocument, type PublicationFiltersInput } from './generated/graphql';
import { cmsQuery } from './query';
import { compact } from './reshape/common';
import { toSiteChrome, type SiteChrome } from './reshape/institute';
import { toPersonName, type PersonName } from './reshape/person';
import { toCitation, toCitations, type Citation, type PublicationType } from './reshape/publication';
import { toLinks, type Link } from './reshape/team';
import { entryTag } from './tags';

export const PUBLICATIONS_PAGE_SIZE = 20;
/** How many of the latest publications a team or a person page lists. */
export const LATEST_PUBLICATIONS = 10;
/** The most citations one export of a listing holds: the CMS's page-size ceiling, one request. */
export const EXPORT_LIMIT = 100;

export interface PublicationFilters {
  year?: number;
  team?: string;
  type?: PublicationType;
  /** Words of the title, case-insensitive. */
  title?: string;
  /** A person's slug: the publications they are a linked author of. */
  author?: string;
}

/**
 * The spellings of a word that `containsi` must try: SQLite lowercases ASCII letters only, so "étude" would miss
 * "Étude" there (PostgreSQL's ILIKE needs no help).
 */
function caseVariants(word: string): string[] {
  const lower = word.toLocaleLowerCase('fr');
  return [...new Set([word, lower, word.toLocaleUpperCase('fr'), lower.charAt(0).toLocaleUpperCase('fr') + lower.slice(1)])];
}

/** Every word of `title` in the title; the type as the CMS stores it (book-chapter: filters compare stored values). */
export function publicationFilters({ year, team, type, title, author }: PublicationFilters): PublicationFiltersInput | undefined {
  const conditions: PublicationFiltersInput[] = (title ?? '')
    .split(' ')
    .filter(Boolean)
    .map((word) => ({ or: caseVariants(word).map((variant) => ({ title: { containsi: variant } })) }));
  if (year !== undefined) conditions.push({ year: { eq: year } });
  if (team) conditions.push({ teams: { slug: { eq: team } } });
  if (type) conditions.push({ type: { eq: type } });
  if (author) conditions.push({ authors: { person: { slug: { eq: author } } } });
  return conditions.length > 0 ? { and: conditions } : undefined;
}

/** Years offered by the year filter, newest first; a century at most. */
function yearRange(newest: number | undefined, oldest: number | undefined): number[] {
  if (newest === undefined || oldest === undefined) return [];
  const from = Math.max(oldest, newest - 100);
  return Array.from({ length: newest - from + 1 }, (_, index) => newest - index);
}

export interface PublicationsPage {
  chrome: SiteChrome | null;
  publications: Citation[];
  years: number[];
  teams: Link[];
  /** The person of the author filter, when they exist. */
  author: PersonName | null;
  page: number;
  pageCount: number;
  total: number;
}

// React's cache() compares arguments by identity: the filters travel as their JSON text so the page and its metadata
// share one request.
const publicationsPage = cache(async (locale: Locale, filtersJson: string, page: number): Promise<PublicationsPage> => {
  const filters = JSON.parse(filtersJson) as PublicationFilters;
  const data = await cmsQuery(
    PublicationsPageDocument,
    {
      locale,
      filters: publicationFilters(filters),
      page,
      pageSize: PUBLICATIONS_PAGE_SIZE,
      author: filters.author,
      withAuthor: filters.author !== undefined,
    },
    { types: ['institute', 'publication', 'team', 'person'] },
  );
  const connection = data.publications_connection;
  const author = compact(data.author)[0];
  return {
    chrome: toSiteChrome(data),
    publications: toCitations(connection?.nodes),
    years: yearRange(compact(data.newest)[0]?.year, compact(data.oldest)[0]?.year),
    teams: toLinks(data.teams),
    author: author ? toPersonName(author) : null,
    page: connection?.pageInfo.page ?? page,
    pageCount: connection?.pageInfo.pageCount ?? 0,
    total: connection?.pageInfo.total ?? 0,
  };
});

export const getPublicationsPage = (locale: Locale, filters: PublicationFilters, page: number): Promise<PublicationsPage> =>
  publicationsPage(locale, JSON.stringify(filters), page);

export interface PublicationPage {
  chrome: SiteChrome | null;
  publication: (Citation & { abstract: string | null; updatedAt: string | null; teams: Link[]; platforms: Link[] }) | null;
}

export const getPublicationPage = cache(async (locale: Locale, slug: string): Promise<PublicationPage> => {
  const data = await cmsQuery(PublicationPageDocument, { locale, slug }, {
    types: ['institute', 'team', 'platform', 'person'],
    tags: [entryTag('publication', slug)],
  });
  const node = compact(data.publications)[0];
  const citation = node ? toCitation(node) : null;
  return {
    chrome: toSiteChrome(data),
    publication:
      node && citation
        ? {
            ...citation,
            abstract: node.abstract?.trim() || null,
            updatedAt: node.updatedAt ?? null,
            teams: toLinks(node.teams),
            platforms: toLinks(node.platforms),
          }
        : null,
  };
});

export type ExportedCitation = Citation & { abstract: string | null };

/** Published citations for the BibTeX and RIS exports, never drafts (an export is a file that gets shared). */
async function citationsForExport(locale: Locale, filters: PublicationFiltersInput | undefined, limit: number, tags: string[]) {
  const data = await cmsQuery(PublicationsExportDocument, { locale, filters, limit }, { types: ['publication', 'person'], tags, previewable: false });
  return compact(data.publications).flatMap((node): ExportedCitation[] => {
    const citation = toCitation(node);
    return citation ? [{ ...citation, abstract: node.abstract?.trim() || null }] : [];
  });
}

/** One publication for its export, or null when no published publication has this slug. */
export const getCitationForExport = async (locale: Locale, slug: string): Promise<ExportedCitation | null> =>
  (await citationsForExport(locale, { slug: { eq: slug } }, 1, [entryTag('publication', slug)]))[0] ?? null;

/** The first EXPORT_LIMIT citations of a filtered listing, in the listing's order. */
export const getListingCitations = (locale: Locale, filters: PublicationFilters): Promise<ExportedCitation[]> =>
  citationsForExport(locale, publicationFilters(filters), EXPORT_LIMIT, []);
