import type { SearchPageQuery, SearchType } from '../generated/graphql';
import type { Locale } from '../../i18n/locales';
import { paths } from '../../i18n/paths';
import { excerptAround } from '../../search/highlight';

export type { SearchType };
/** The order of the groups on the results page: the institute's structure first, then what it produces. */
export const SEARCH_TYPES: readonly SearchType[] = ['team', 'platform', 'person', 'news', 'publication', 'event'];

export interface SearchHit {
  href: string;
  title: string;
  excerpt: string | null;
  date: string | null;
}

export interface SearchGroup {
  type: SearchType;
  total: number;
  hits: SearchHit[];
}

export interface SearchResults {
  /** The normalised words the CMS searched: empty when the query was too short. */
  words: string[];
  total: number;
  groups: SearchGroup[];
}

const HIT_PATHS: Record<SearchType, (locale: Locale, slug: string) => string> = {
  team: paths.team,
  platform: paths.platform,
  person: paths.person,
  news: paths.newsArticle,
  publication: paths.publication,
  event: paths.event,
};

export const EXCERPT_LENGTH = 200;

export function toSearchResults(data: SearchPageQuery['search'], locale: Locale): SearchResults {
  const words = data.words;
  const groups = SEARCH_TYPES.flatMap((type) => {
    const group = data.groups.find((candidate) => candidate.type === type);
    if (!group) return [];
    return [
      {
        type,
        total: group.total,
        hits: group.hits
          .filter((hit) => hit.slug !== '')
          .map((hit) => ({
            href: HIT_PATHS[type](locale, hit.slug),
            title: hit.title,
            excerpt: hit.text?.trim() ? excerptAround(hit.text, words, EXCERPT_LENGTH) : null,
            date: hit.date,
          })),
      },
    ];
  });
  return { words, total: data.total, groups };
}
