/** The GraphQL filters of the listing pages, built from what the visitor asked for. */
import type { EventFiltersInput, PersonFiltersInput, PublicationFiltersInput, TeamFiltersInput } from './generated/graphql';
import type { EventType } from './reshape/event';
import type { MemberStatus, PositionType } from './reshape/person';
import type { PublicationType } from './reshape/publication';

export interface TeamFilters {
  department?: string;
  keyword?: string;
}

/** The GraphQL filter for the teams listing: a department, and a keyword found in the keywords, name or summary. */
export function teamFilters({ department, keyword }: TeamFilters): TeamFiltersInput | undefined {
  const conditions: TeamFiltersInput[] = [];
  if (department) conditions.push({ department: { slug: { eq: department } } });
  if (keyword) {
    conditions.push({
      or: [{ keywords: { text: { containsi: keyword } } }, { name: { containsi: keyword } }, { summary: { containsi: keyword } }],
    });
  }
  return conditions.length > 0 ? { and: conditions } : undefined;
}

export const POSITION_TYPES: readonly PositionType[] = [
  'management',
  'researcher',
  'engineer',
  'technician',
  'postdoc',
  'phd_student',
  'administration',
];
export const MEMBER_STATUSES: readonly MemberStatus[] = ['current', 'alumni'];

export interface PeopleFilters {
  name?: string;
  team?: string;
  position?: PositionType;
  /** Current members unless asked otherwise; "all" shows current and alumni. */
  status?: MemberStatus | 'all';
}

/** Every word of the name must start or appear in the first or the last name. */
export function peopleFilters({ name, team, position, status = 'current' }: PeopleFilters): PersonFiltersInput | undefined {
  const conditions: PersonFiltersInput[] = (name ?? '')
    .split(' ')
    .filter(Boolean)
    .map((word) => ({ or: [{ firstName: { containsi: word } }, { lastName: { containsi: word } }] }));
  if (team) conditions.push({ teams: { slug: { eq: team } } });
  if (position) conditions.push({ positionType: { eq: position } });
  if (status !== 'all') conditions.push({ memberStatus: { eq: status } });
  return conditions.length > 0 ? { and: conditions } : undefined;
}

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

export interface EventFilters {
  type?: EventType;
  /** Slug of an organising team. */
  team?: string;
}

/**
 * The GraphQL filter for the upcoming or the past events of the listing, seen from an instant: an event is past once
 * it has ended (or started, when it has no end).
 */
export function eventFilters({ type, team }: EventFilters, when: 'upcoming' | 'past', instant: string): EventFiltersInput {
  const operator = when === 'upcoming' ? 'gte' : 'lt';
  const conditions: EventFiltersInput[] = [
    { or: [{ end: { [operator]: instant } }, { and: [{ end: { null: true } }, { start: { [operator]: instant } }] }] },
  ];
  if (type) conditions.push({ type: { eq: type } });
  if (team) conditions.push({ organisingTeams: { slug: { eq: team } } });
  return { and: conditions };
}
