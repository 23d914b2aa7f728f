import { cache } from 'react';
import type { Locale } from '../i18n/locales';
import {
  HomePageDocument,
  OrganigramPageDocument,
  PresentationPageDocument,
  SiteChromeOnlyDocument,
} from './generated/graphql';
import { eventFilters } from './filters';
import { cmsQuery } from './query';
import { sharedChromeOfRender } from './render-chrome';
import { compact, listTexts } from './reshape/common';
import { toUpcomingEvents, upcomingEventsCutoff, type EventSummary } from './reshape/event';
import {
  toHomeDepartments,
  toInstituteIntro,
  toKeyFigures,
  toSiteChrome,
  type HomeDepartment,
  type InstituteIntro,
  type KeyFigures,
  type SiteChrome,
} from './reshape/institute';
import { toNewsSummaries, type NewsSummary } from './reshape/news';
import { toPeopleNames, toPersonName, toPersonSummary, type PersonName, type PersonSummary } from './reshape/person';
import { toPlatformSummary, type PlatformSummary } from './reshape/platform';
import type { Link } from './reshape/team';

export interface HomePage {
  chrome: SiteChrome | null;
  institute: InstituteIntro | null;
  figures: KeyFigures;
  latestNews: NewsSummary[];
  upcomingEvents: EventSummary[];
  departments: HomeDepartment[];
  platforms: PlatformSummary[];
}

export const getHomePage = cache(async (locale: Locale): Promise<HomePage> => {
  const now = new Date();
  const data = await cmsQuery(HomePageDocument, { locale, upcomingEvents: eventFilters({}, 'upcoming', upcomingEventsCutoff(now)) }, {
    types: ['institute', 'department', 'team', 'platform', 'person', 'news-article', 'news-category', 'event'],
  });
  const institute = data.institute;
  return {
    chrome: toSiteChrome(data),
    institute: institute ? toInstituteIntro(institute) : null,
    figures: toKeyFigures(data, institute),
    latestNews: toNewsSummaries(data.latestNews),
    upcomingEvents: toUpcomingEvents(data.upcomingEvents, now),
    departments: toHomeDepartments(data.departments),
    platforms: compact(data.platforms).map(toPlatformSummary),
  };
});

export interface PresentationPage {
  chrome: SiteChrome | null;
  institute:
    | (InstituteIntro & {
        director: PersonSummary | null;
        managementTeam: Array<{ person: PersonSummary; responsibilities: string[] }>;
        history: Array<{ year: number; title: string; text: string | null }>;
      })
    | null;
  figures: KeyFigures;
}

export const getPresentationPage = cache(async (locale: Locale): Promise<PresentationPage> => {
  const data = await cmsQuery(PresentationPageDocument, { locale }, {
    types: ['institute', 'person', 'department', 'team', 'platform'],
  });
  const institute = data.institute;
  return {
    chrome: toSiteChrome(data),
    figures: toKeyFigures(data, institute),
    institute: institute
      ? {
          ...toInstituteIntro(institute),
          director: institute.director ? toPersonSummary(institute.director) : null,
          managementTeam: compact(institute.managementTeam).flatMap((member) => {
            const person = member.person ? toPersonSummary(member.person) : null;
            return person ? [{ person, responsibilities: listTexts(member.responsibilities) }] : [];
          }),
          history: compact(institute.history)
            .map((event) => ({ year: event.year, title: event.title, text: event.text?.trim() || null }))
            .sort((a, b) => a.year - b.year),
        }
      : null,
  };
});

export interface OrganigramPage {
  chrome: SiteChrome | null;
  institute: {
    name: string;
    acronym: string;
    director: (PersonName & { position: string | null }) | null;
    managementTeam: Array<PersonName & { position: string | null }>;
  } | null;
  departments: Array<Link & { heads: PersonName[]; teams: Array<Link & { leaders: PersonName[] }> }>;
  platforms: Array<Link & { coordinators: PersonName[] }>;
}

const withPosition = (person: { position?: string | null } & Parameters<typeof toPersonName>[0]) => {
  const name = toPersonName(person);
  return name ? { ...name, position: person.position?.trim() || null } : null;
};

export const getOrganigramPage = cache(async (locale: Locale): Promise<OrganigramPage> => {
  const data = await cmsQuery(OrganigramPageDocument, { locale }, {
    types: ['institute', 'person', 'department', 'team', 'platform'],
  });
  const institute = data.institute;
  return {
    chrome: toSiteChrome(data),
    institute: institute
      ? {
          name: institute.name,
          acronym: institute.acronym,
          director: institute.director ? withPosition(institute.director) : null,
          managementTeam: compact(compact(institute.managementTeam).map((member) => (member.person ? withPosition(member.person) : null))),
        }
      : null,
    departments: compact(data.departments).map((department) => ({
      slug: department.slug,
      name: department.name,
      heads: toPeopleNames(department.heads),
      teams: compact(department.teams).map((team) => ({ slug: team.slug, name: team.name, leaders: toPeopleNames(team.leaders) })),
    })),
    platforms: compact(data.platforms).map((platform) => ({
      slug: platform.slug,
      name: platform.name,
      coordinators: toPeopleNames(platform.coordinators),
    })),
  };
});

/** Pages that show nothing from the CMS but the site's header and footer (contact, accessibility). */
export const getSiteChrome = cache(async (locale: Locale): Promise<SiteChrome | null> =>
  toSiteChrome(await cmsQuery(SiteChromeOnlyDocument, { locale }, { types: ['institute'] })),
);

/** The not-found page's header and footer: those of the page it replaces when there is one, else asked for. */
export async function getNotFoundChrome(locale: Locale): Promise<SiteChrome | null> {
  return (await sharedChromeOfRender(locale)) ?? getSiteChrome(locale);
}
