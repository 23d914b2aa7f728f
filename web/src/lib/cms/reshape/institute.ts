import type { Blocks } from './blocks';
import type { InstituteIntroFragment, KeyFiguresFragment, SiteChromeFragment } from '../generated/graphql';
import { compact, toBlocks, toImage, toSeo, type Image, type Seo } from './common';
import { toLinks, type Link } from './team';

/** What every page shows around its content: the institute's name and contact, its affiliations. */
export interface SiteChrome {
  name: string;
  acronym: string;
  contact: { address: string | null; phone: string | null; email: string | null };
  affiliations: Array<{ name: string; unitCode: string | null; url: string | null }>;
}

export function toSiteChrome(data: SiteChromeFragment): SiteChrome | null {
  const institute = data.chrome;
  if (!institute) return null;
  return {
    name: institute.name,
    acronym: institute.acronym,
    contact: {
      address: institute.contact?.address?.trim() || null,
      phone: institute.contact?.phone?.trim() || null,
      email: institute.contact?.email?.trim() || null,
    },
    affiliations: compact(institute.affiliations).map((affiliation) => ({
      name: affiliation.name,
      unitCode: affiliation.unitCode?.trim() || null,
      url: affiliation.url?.trim() || null,
    })),
  };
}

/**
 * The key figures: counts computed from the published content (so they always agree with the pages) and the
 * editorial figures entered on the institute.
 */
export interface KeyFigures {
  departments: number;
  teams: number;
  platforms: number;
  people: number;
  staff: number | null;
  nationalities: number | null;
}

export function toKeyFigures(
  data: KeyFiguresFragment,
  editorial: { peopleCount: number | null; nationalitiesCount: number | null } | null,
): KeyFigures {
  return {
    departments: data.departmentCount?.pageInfo.total ?? 0,
    teams: data.teamCount?.pageInfo.total ?? 0,
    platforms: data.platformCount?.pageInfo.total ?? 0,
    people: data.currentPeopleCount?.pageInfo.total ?? 0,
    staff: editorial?.peopleCount ?? null,
    nationalities: editorial?.nationalitiesCount ?? null,
  };
}

export interface Affiliation {
  name: string;
  unitCode: string | null;
  url: string | null;
  logo: Image | null;
}

export interface InstituteIntro {
  name: string;
  acronym: string;
  tagline: string | null;
  presentation: Blocks;
  affiliations: Affiliation[];
  seo: Seo;
}

export function toInstituteIntro(institute: InstituteIntroFragment): InstituteIntro {
  return {
    name: institute.name,
    acronym: institute.acronym,
    tagline: institute.tagline?.trim() || null,
    presentation: toBlocks(institute.presentation),
    affiliations: compact(institute.affiliations).map((affiliation) => ({
      name: affiliation.name,
      unitCode: affiliation.unitCode?.trim() || null,
      url: affiliation.url?.trim() || null,
      logo: toImage(affiliation.logo, affiliation.name),
    })),
    seo: toSeo(institute.seo),
  };
}

/**
 * Teams listed under each department on the home page: a bounded list keeps the page (and its query) the same size
 * however many teams the institute has; the teams listing shows them all. home.graphql asks for one more, to know.
 */
export const HOME_TEAMS_PER_DEPARTMENT = 8;

/** A department on the home page: its first teams, and whether it has more than the home page lists. */
export interface HomeDepartment extends Link {
  teams: Link[];
  moreTeams: boolean;
}

export function toHomeDepartments(
  departments: ReadonlyArray<{ slug: string | null; name: string; teams: ReadonlyArray<{ slug: string | null; name: string } | null> } | null>,
): HomeDepartment[] {
  return compact(departments).flatMap((department) => {
    if (!department.slug) return [];
    const teams = toLinks(department.teams);
    return [{ slug: department.slug, name: department.name, teams: teams.slice(0, HOME_TEAMS_PER_DEPARTMENT), moreTeams: teams.length > HOME_TEAMS_PER_DEPARTMENT }];
  });
}
