import type { PersonCardFragment, PersonNameFragment } from '../generated/graphql';
import { compact, toImage, type Image } from './common';

export type Honorific = 'Dr' | 'Prof';
export type PositionType = 'management' | 'researcher' | 'engineer' | 'technician' | 'postdoc' | 'phd_student' | 'administration';
export type MemberStatus = 'current' | 'alumni';

export interface PersonName {
  slug: string;
  firstName: string;
  lastName: string;
  honorific: Honorific | null;
}

export interface PersonSummary extends PersonName {
  position: string | null;
  positionType: PositionType | null;
  memberStatus: MemberStatus;
  photo: Image | null;
}

export const fullName = (person: Pick<PersonName, 'firstName' | 'lastName'>): string =>
  `${person.firstName} ${person.lastName}`.trim();

/** People without a slug cannot be linked to; the CMS always sets one, but the API type allows null. */
export function toPersonName(person: PersonNameFragment): PersonName | null {
  if (!person.slug) return null;
  return { slug: person.slug, firstName: person.firstName, lastName: person.lastName, honorific: person.honorific ?? null };
}

export function toPersonSummary(person: PersonCardFragment): PersonSummary | null {
  const name = toPersonName(person);
  if (!name) return null;
  return {
    ...name,
    position: person.position?.trim() || null,
    positionType: person.positionType ?? null,
    memberStatus: person.memberStatus,
    photo: toImage(person.photo, fullName(person)),
  };
}

export const toPeopleNames = (people: ReadonlyArray<PersonNameFragment | null> | null | undefined): PersonName[] =>
  compact(compact(people).map(toPersonName));

export const toPeopleSummaries = (people: ReadonlyArray<PersonCardFragment | null> | null | undefined): PersonSummary[] =>
  compact(compact(people).map(toPersonSummary));
