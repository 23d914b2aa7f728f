import type { PublicationFilters } from '../cms/filters';
import { PUBLICATION_TYPES } from '../cms/reshape/publication';
import { readChoice, readSlug, readText, type SearchParams } from './search-params';

/**
 * The publications listing's query string (`?q=&year=&team=&type=&author=`), read by the listing page and by its
 * exports alike. Odd values are ignored, as everywhere.
 */
export function readPublicationFilters(query: SearchParams): PublicationFilters {
  const year = readText(query, 'year');
  return {
    title: readText(query, 'q'),
    year: year && /^\d{4}$/.test(year) ? Number(year) : undefined,
    team: readSlug(query, 'team'),
    type: readChoice(query, 'type', PUBLICATION_TYPES),
    author: readSlug(query, 'author'),
  };
}

/** The query string of a filtered listing, for its links (pagination, exports). */
export const publicationQuery = (filters: PublicationFilters): Record<string, string | undefined> => ({
  q: filters.title,
  year: filters.year?.toString(),
  team: filters.team,
  type: filters.type,
  author: filters.author,
});
