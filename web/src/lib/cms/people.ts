import type { Blocks } from './reshape/blocks';
import { cache } from 'react';
import type { Locale } from '../i18n/locales';
import { peopleFilters, type PeopleFilters } from './filters';
import { PeoplePageDocument, PersonPageDocument } from './generated/graphql';
import { cmsQuery } from './query';
import { compact, toBlocks, toSeo, type Seo } from './reshape/common';
import { toSiteChrome, type SiteChrome } from './reshape/institute';
import { toNewsSummaries, type NewsSummary } from './reshape/news';
import { toPersonSummary, type PersonSummary } from './reshape/person';
import { toLatestPublications, type LatestPublications } from './reshape/publication';
import { toLinks, type Link } from './reshape/team';
import { entryTag } from './tags';

export const PEOPLE_PAGE_SIZE = 24;
export interface PeoplePage {
  chrome: SiteChrome | null;
  people: Array<PersonSummary & { teams: Link[] }>;
  teams: Link[];
  page: number;
  pageCount: number;
  total: number;
}

// React's cache() compares arguments by identity: the filters travel as their JSON text so the page and its metadata
// share one request.
const peoplePage = cache(async (locale: Locale, filtersJson: string, page: number): Promise<PeoplePage> => {
  const filters = JSON.parse(filtersJson) as PeopleFilters;
  const data = await cmsQuery(
    PeoplePageDocument,
    { locale, filters: peopleFilters(filters), page, pageSize: PEOPLE_PAGE_SIZE },
    { types: ['institute', 'person', 'team'] },
  );
  const connection = data.people_connection;
  return {
    chrome: toSiteChrome(data),
    people: compact(connection?.nodes).flatMap((node) => {
      const person = toPersonSummary(node);
      return person ? [{ ...person, teams: toLinks(node.teams) }] : [];
    }),
    teams: toLinks(data.teams),
    page: connection?.pageInfo.page ?? page,
    pageCount: connection?.pageInfo.pageCount ?? 0,
    total: connection?.pageInfo.total ?? 0,
  };
});

export const getPeoplePage = (locale: Locale, filters: PeopleFilters, page: number): Promise<PeoplePage> =>
  peoplePage(locale, JSON.stringify(filters), page);

export interface PersonPage {
  chrome: SiteChrome | null;
  person:
    | (PersonSummary & {
        email: string | null;
        orcid: string | null;
        bio: Blocks;
        teams: Link[];
        ledTeams: Link[];
        platforms: Link[];
        coordinatedPlatforms: Link[];
        seo: Seo;
      })
    | null;
  relatedNews: NewsSummary[];
  /** The latest 10 publications (the page's query says how many), and how many there are in all. */
  publications: LatestPublications;
}

export const getPersonPage = cache(async (locale: Locale, slug: string): Promise<PersonPage> => {
  const data = await cmsQuery(PersonPageDocument, { locale, slug }, {
    types: ['institute', 'team', 'platform', 'news-article', 'publication'],
    tags: [entryTag('person', slug)],
  });
  const node = compact(data.people)[0];
  const summary = node ? toPersonSummary(node) : null;
  return {
    chrome: toSiteChrome(data),
    person:
      node && summary
        ? {
            ...summary,
            email: node.email?.trim() || null,
            orcid: node.orcid?.trim() || null,
            bio: toBlocks(node.bio),
            teams: toLinks(node.teams),
            ledTeams: toLinks(node.ledTeams),
            platforms: toLinks(node.platforms),
            coordinatedPlatforms: toLinks(node.coordinatedPlatforms),
            seo: toSeo(node.seo),
          }
        : null,
    relatedNews: toNewsSummaries(data.relatedNews),
    publications: toLatestPublications(data.latestPublications),
  };
});
