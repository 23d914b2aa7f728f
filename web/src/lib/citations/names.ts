import type { Author } from '../cms/reshape/publication';

/** An author's name split as bibliographies need it: "van der Berg, Jan", "Fontanel, Léa". */
export interface SplitName {
  family: string;
  given: string;
}

// Particles that belong to the family name when they follow the given names ("Jan van der Berg").
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'des', 'di', 'da', 'dos', 'du', 'la', 'le', 'ten', 'ter', 'zu', 'af', 'av']);
// PubMed's "Fontanel L", "van der Berg JP", "Kim Y-J", "Borg J.-P.": the family name first, then initials.
const INITIALS = /^(?:\p{Lu}[.-]{0,2}){1,4}$/u;

/**
 * The family and given names of an author: from the person's record when the author is linked to one, else read from
 * the name as the publication writes it ("Family, Given", "Family GI" as PubMed does, or "Given [particles] Family").
 */
export function splitName(author: Author): SplitName {
  if (author.person) return { family: author.person.lastName.trim(), given: author.person.firstName.trim() };
  const name = author.name.replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma > 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const words = name.split(' ');
  if (words.length === 1) return { family: name, given: '' };
  const last = words[words.length - 1];
  if (INITIALS.test(last)) return { family: words.slice(0, -1).join(' '), given: last };
  const particle = words.findIndex((word, index) => index > 0 && index < words.length - 1 && PARTICLES.has(word));
  const familyStart = particle > 0 ? particle : words.length - 1;
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
}
