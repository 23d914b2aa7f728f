import { cache } from 'react';
import type { Locale } from '../i18n/locales';
import { eventFilters, teamFilters, type TeamFilters } from './filters';
import { TeamPageDocument, TeamsPageDocument } from './generated/graphql';
import { untilOffersMayClose } from './job-offers';
import { cmsQuery } from './query';
import { compact, listTexts, toBlocks, toImage, toSeo, type Seo } from './reshape/common';
import { toSiteChrome, type SiteChrome } from './reshape/institute';
import { toOpenJobOffers, type JobOfferSummary } from './reshape/job-offer';
import { toUpcomingEvents, upcomingEventsCutoff, type EventSummary } from './reshape/event';
import { toNewsSummaries, type NewsSummary } from './reshape/news';
import { toPeopleSummaries } from './reshape/person';
import { toLatestPublications, type LatestPublications } from './reshape/publication';
import { groupTeamsByDepartment, toTeamSummary, type DepartmentGroup, type Link, type TeamDetail } from './reshape/team';
import { entryTag } from './tags';

/** Teams per listing page, grouped by department within it (an institute of 21 teams has one page). */
export const TEAMS_PAGE_SIZE = 60;

export interface TeamsPage {
  chrome: SiteChrome | null;
  departments: Link[];
  groups: DepartmentGroup[];
  page: number;
  pageCount: number;
  total: number;
}

// React's cache() compares arguments by identity: the filters travel as their JSON text so the page and its metadata,
// which read the query string each on its own, share one request.
const teamsPage = cache(async (locale: Locale, filtersJson: string, page: number): Promise<TeamsPage> => {
  const filters = JSON.parse(filtersJson) as TeamFilters;
  const data = await cmsQuery(TeamsPageDocument, { locale, filters: teamFilters(filters), page, pageSize: TEAMS_PAGE_SIZE }, {
    types: ['institute', 'department', 'team', 'person'],
  });
  const departments = compact(data.departments);
  const connection = data.teams_connection;
  const teams = compact(connection?.nodes).map(toTeamSummary);
  return {
    chrome: toSiteChrome(data),
    departments: departments.map((department) => ({ slug: department.slug, name: department.name })),
    groups: groupTeamsByDepartment(departments, teams),
    page: connection?.pageInfo.page ?? page,
    pageCount: connection?.pageInfo.pageCount ?? 0,
    total: connection?.pageInfo.total ?? 0,
  };
});

export const getTeamsPage = (locale: Locale, filters: TeamFilters, page: number): Promise<TeamsPage> =>
  teamsPage(locale, JSON.stringify(filters), page);

export interface TeamPage {
  chrome: SiteChrome | null;
  team: (TeamDetail & { seo: Seo }) | null;
  relatedNews: NewsSummary[];
  /** The latest 10 publications (the page's query says how many), and how many there are in all. */
  publications: LatestPublications;
  openPositions: JobOfferSummary[];
  upcomingEvents: EventSummary[];
}

export const getTeamPage = cache(async (locale: Locale, slug: string): Promise<TeamPage> => {
  const now = new Date();
  const upcomingEvents = eventFilters({ team: slug }, 'upcoming', upcomingEventsCutoff(now));
  const data = await cmsQuery(TeamPageDocument, { locale, slug, upcomingEvents }, {
    types: ['institute', 'department', 'person', 'news-article', 'publication', 'job-offer', 'event'],
    tags: [entryTag('team', slug)],
    // It lists the open positions: cached no later than the next time an offer may close.
    maxAge: untilOffersMayClose(),
  });
  const team = compact(data.teams)[0];
  return {
    chrome: toSiteChrome(data),
    team: team
      ? {
          ...toTeamSummary(team),
          objectives: toBlocks(team.objectives),
          researchAxes: listTexts(team.researchAxes),
          contactEmail: team.contactEmail?.trim() || null,
          image: toImage(team.image, team.name),
          leaderProfiles: toPeopleSummaries(team.leaders),
          members: toPeopleSummaries(team.members),
          seo: toSeo(team.seo),
        }
      : null,
    relatedNews: toNewsSummaries(data.relatedNews),
    publications: toLatestPublications(data.latestPublications),
    openPositions: toOpenJobOffers(data.openPositions),
    upcomingEvents: toUpcomingEvents(data.upcomingEvents, now),
  };
});
