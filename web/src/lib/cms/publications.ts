import { cache } from 'react';
import type { Locale } from '../i18n/locales';
import { publicationFilters, type PublicationFilters } from './filters';
import { PublicationPageDocument, PublicationsExportDocument, PublicationsPageDocument, type PublicationFiltersInput } from './generated/graphql';
import { cmsQuery } from './query';
import { compact } from './reshape/common';
import { toSiteChrome, type SiteChrome } from './reshape/institute';
import { toPersonName, type PersonName } from './reshape/person';
import { toCitation, toCitations, type Citation } from './reshape/publication';
import { toLinks, type Link } from './reshape/team';
import { entryTag } from './tags';

export const PUBLICATIONS_PAGE_SIZE = 20;
/** The most citations one export of a listing holds: the CMS's page-size ceiling, one request. */
export const EXPORT_LIMIT = 100;

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
