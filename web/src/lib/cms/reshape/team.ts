import type { Blocks } from './blocks';
import type { TeamCardFragment } from '../generated/graphql';
import { compact, listTexts, type Image } from './common';
import { toPeopleNames, type PersonName, type PersonSummary } from './person';

export interface Link {
  slug: string;
  name: string;
}

export interface TeamSummary {
  slug: string;
  name: string;
  summary: string | null;
  department: Link | null;
  leaders: PersonName[];
  keywords: string[];
}

export interface TeamDetail extends TeamSummary {
  objectives: Blocks;
  researchAxes: string[];
  contactEmail: string | null;
  image: Image | null;
  leaderProfiles: PersonSummary[];
  members: PersonSummary[];
}

export function toTeamSummary(team: TeamCardFragment): TeamSummary {
  return {
    slug: team.slug,
    name: team.name,
    summary: team.summary?.trim() || null,
    department: team.department ? { slug: team.department.slug, name: team.department.name } : null,
    leaders: toPeopleNames(team.leaders),
    keywords: listTexts(team.keywords),
  };
}

export const toLinks = (entries: ReadonlyArray<{ slug: string | null; name: string } | null> | null | undefined): Link[] =>
  compact(entries).flatMap((entry) => (entry.slug ? [{ slug: entry.slug, name: entry.name }] : []));

export interface DepartmentGroup {
  department: (Link & { description: string | null }) | null;
  teams: TeamSummary[];
}

/**
 * Teams grouped by department, in the departments' order, teams without a department last; departments with no team
 * in the list are left out.
 */
export function groupTeamsByDepartment(
  departments: ReadonlyArray<{ slug: string; name: string; description: string | null }>,
  teams: readonly TeamSummary[],
): DepartmentGroup[] {
  const groups: DepartmentGroup[] = departments.map((department) => ({
    department: { slug: department.slug, name: department.name, description: department.description?.trim() || null },
    teams: teams.filter((team) => team.department?.slug === department.slug),
  }));
  const known = new Set(departments.map((department) => department.slug));
  const orphans = teams.filter((team) => !team.department || !known.has(team.department.slug));
  if (orphans.length > 0) groups.push({ department: null, teams: orphans });
  return groups.filter((group) => group.teams.length > 0);
}
