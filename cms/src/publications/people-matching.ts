// Linking a publication's authors to the institute's people: by ORCID iD first, then by name when exactly one person
// has that family name and given-name initial. An author two people could be is left unlinked (and reported), never guessed.
import { familyKey } from './merge';
import type { ParsedAuthor } from './record';

export interface PersonForMatching {
  documentId: string;
  firstName: string;
  lastName: string;
  orcid: string | null;
}

export type AuthorMatch =
  | { documentId: string; by: 'orcid' | 'name' }
  | { documentId: null; reason: 'unknown' | 'ambiguous' };

/** Every initial of a given name: "Jean-Paul" -> "jp", "J.-P." -> "jp", "Émilie" -> "e". */
const initialsOf = (given: string): string =>
  given
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[\s.-]+/)
    .filter((part) => part !== '')
    .map((part) => part[0].toLowerCase())
    .join('');

const foldName = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '');

/**
 * Two given names can be the same person's: equal initials, or one is the other's first initial ("J" for "Jean-Paul",
 * since PubMed often keeps one initial), or the full names agree.
 */
function givenNamesAgree(author: string | null, person: string): boolean {
  if (author === null || author.trim() === '') return false;
  const [a, p] = [initialsOf(author), initialsOf(person)];
  if (a === '' || p === '') return false;
  return a === p || (a.length === 1 && p.startsWith(a)) || (p.length === 1 && a.startsWith(p));
}

export class PeopleIndex {
  private readonly byOrcid = new Map<string, PersonForMatching>();
  private readonly byFamily = new Map<string, PersonForMatching[]>();

  constructor(people: PersonForMatching[]) {
    for (const person of people) {
      if (person.orcid) this.byOrcid.set(person.orcid, person);
      const key = familyKey(person.lastName);
      this.byFamily.set(key, [...(this.byFamily.get(key) ?? []), person]);
    }
  }

  /** The person with this ORCID iD, if the institute has them. */
  personWithOrcid(orcid: string): PersonForMatching | undefined {
    return this.byOrcid.get(orcid);
  }

  /**
   * The ways to read an author's name: as the source split it, and, for a name given in one piece, every split of its
   * words ("Emilie Le Goff" is also Emilie + Le Goff, which the source's split cannot tell).
   */
  private readings(author: ParsedAuthor): Array<{ given: string | null; family: string | null }> {
    const words = author.name.includes(',') ? [] : author.name.split(' ');
    const splits = words.slice(1).map((_, index) => ({ given: words.slice(0, index + 1).join(' '), family: words.slice(index + 1).join(' ') }));
    return [{ given: author.given, family: author.family }, ...splits];
  }

  match(author: ParsedAuthor): AuthorMatch {
    const byOrcid = author.orcid ? this.byOrcid.get(author.orcid) : undefined;
    if (byOrcid) return { documentId: byOrcid.documentId, by: 'orcid' };
    const candidates = this.readings(author).flatMap(({ given, family }) =>
      (this.byFamily.get(familyKey(family)) ?? []).filter((person) => givenNamesAgree(given, person.firstName)),
    );
    const plausible = [...new Set(candidates)].filter((person) => !author.orcid || !person.orcid || person.orcid === author.orcid);
    // "Noëlle Ferrandi" is Noëlle, not Nicolas, though both are "N. Ferrandi".
    const sameFirstName = plausible.filter((person) =>
      this.readings(author).some(({ given }) => foldName(person.firstName) === foldName(given ?? '')),
    );
    const found = plausible.length === 1 ? plausible : sameFirstName;
    if (found.length === 1) return { documentId: found[0].documentId, by: 'name' };
    return { documentId: null, reason: plausible.length > 1 ? 'ambiguous' : 'unknown' };
  }
}
