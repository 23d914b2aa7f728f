import { cache } from 'react';
import type { Locale } from '../i18n/locales';
import { SearchPageDocument } from './generated/graphql';
import { cmsQuery } from './query';
import { toSiteChrome, type SiteChrome } from './reshape/institute';
import { toSearchResults, type SearchResults, type SearchType } from './reshape/search';

export const SEARCH_PAGE_SIZE = 20;

export interface SearchPage {
  chrome: SiteChrome | null;
  results: SearchResults;
}

/**
 * Site search and the page's chrome in one request. Without a type: each type's count and first hits; with one: a
 * page of that type. Never cached: there is one result per query a visitor may type.
 */
export const getSearchPage = cache(async (locale: Locale, query: string, type: SearchType | undefined, page: number): Promise<SearchPage> => {
  const data = await cmsQuery(
    SearchPageDocument,
    { locale, query, type, page, pageSize: SEARCH_PAGE_SIZE },
    { types: ['institute', 'team', 'platform', 'person', 'news-article', 'publication', 'event'], uncached: true },
  );
  return { chrome: toSiteChrome(data), results: toSearchResults(data.search, locale) };
});
