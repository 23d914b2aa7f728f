// The normalised publication record every source parser produces, and the pure helpers that normalise identifiers,
// names, dates and titles the same way for all sources, so that records from different files can be compared.
import { isValidOrcid } from '../validation/orcid';

export type PublicationSource = 'pubmed' | 'hal' | 'orcid' | 'bibtex';

export type PublicationType =
  | 'article'
  | 'review'
  | 'preprint'
  | 'book-chapter'
  | 'book'
  | 'conference-paper'
  | 'thesis'
  | 'other';

export interface ParsedAuthor {
  /** Display name, "Given Family" (or the name of a collective author). */
  name: string;
  given: string | null;
  family: string | null;
  /** 0000-0000-0000-000X form, check digit verified. */
  orcid: string | null;
}

export interface ParsedPublication {
  source: PublicationSource;
  /** Where in the file the record starts, for the report: e.g. "line 12" or "record 3 (docs[2])". */
  location: string;
  title: string;
  /** In the order the source lists them. */
  authors: ParsedAuthor[];
  journal: string | null;
  year: number | null;
  /** ISO yyyy-mm-dd when the day is known, else null. */
  date: string | null;
  type: PublicationType;
  /** Normalised by normalizeDoi. */
  doi: string | null;
  pmid: string | null;
  halId: string | null;
  abstract: string | null;
  url: string | null;
  openAccess: boolean | null;
}

export interface ParsedFile {
  format: PublicationSource;
  records: ParsedPublication[];
  /** The researcher whose ORCID record the file was exported from (ORCID files only, when the file says). */
  owner?: { orcid: string };
}

/** Trims and collapses every run of whitespace (no-break spaces included) to one space. */
export function cleanText(raw: string): string {
  return raw.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/** cleanText, with an empty result as null: for optional fields. */
export function cleanOptional(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = cleanText(raw);
  return text === '' ? null : text;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the XML entities, the numeric ones and &nbsp; (HTML exports use it); an unknown entity stays as written. */
export function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Removes HTML/XML tags (titles carry <i>, <sup>, MathML...) keeping their text, decodes entities and cleans spaces.
 * A "<" not followed by a tag name is text ("p < 0.05"), so it stays.
 */
export function stripMarkup(raw: string): string {
  return cleanText(decodeEntities(raw.replace(/<\/?[a-z][\w:.-]*(?:\s[^<>]*)?\/?>/gi, '')));
}

const FOLDED_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/**
 * The key two titles are compared with ("same normalised title and year"): markup, LaTeX commands and braces,
 * accents, case and punctuation do not count, so "Immunothérapie : état des lieux" from HAL equals
 * "Immunoth{\'e}rapie: {\'E}tat des Lieux" from BibTeX.
 */
export function normalizeTitle(title: string): string {
  // Parsers convert LaTeX already; what is left (a raw BibTeX title) loses its commands and braces, not its letters.
  const withoutMarkup = stripMarkup(title)
    .replace(/\\[a-z]+\s*/gi, '')
    .replace(/\\./g, '')
    .replace(/[{}]/g, '');
  return withoutMarkup
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * "https://doi.org/10.5555/ABC", "doi:10.5555/abc" and "10.5555/abc " are one DOI: DOIs are case-insensitive, so
 * the lowercase form is the key. Returns null for anything that is not a 10.<registrant>/<suffix> DOI.
 */
export function normalizeDoi(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const resolver = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i;
  const fromUrl = resolver.test(raw.trim());
  let doi = raw
    .trim()
    .replace(resolver, '')
    .replace(/^(?:doi:|info:doi\/)\s*/i, '');
  // A resolver URL may percent-encode the DOI's characters; the DOI itself is the decoded text.
  if (fromUrl) {
    try {
      doi = decodeURIComponent(doi);
    } catch {
      return null;
    }
  }
  doi = doi.toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : null;
}

/** Accepts "https://orcid.org/0000-0002-1825-0097", the bare iD, with or without hyphens; null if the check digit fails. */
export function normalizeOrcid(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const bare = raw
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.|sandbox\.)?orcid\.org\//i, '')
    .replace(/\/$/, '')
    .toUpperCase();
  const digits = bare.replace(/-/g, '');
  if (!/^\d{15}[\dX]$/.test(digits) || !/^[\dX]{4}(?:-?[\dX]{4}){3}$/.test(bare)) return null;
  const orcid = [0, 4, 8, 12].map((start) => digits.slice(start, start + 4)).join('-');
  return isValidOrcid(orcid) ? orcid : null;
}

/** "PMID: 91000001" or "91000001" → "91000001"; null if it is not a PubMed id. */
export function normalizePmid(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const pmid = String(raw)
    .trim()
    .replace(/^pmid:?\s*/i, '');
  return /^[1-9]\d{0,8}$/.test(pmid) ? pmid : null;
}

/** "https://hal.science/hal-03187421v2" or "HAL-03187421" → "hal-03187421" (the version is not part of the id). */
export function normalizeHalId(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const id = raw
    .trim()
    .replace(/^https?:\/\/[^/]+\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase()
    .replace(/v\d+$/, '');
  return /^[a-z][a-z0-9]*-\d{6,}$/.test(id) ? id : null;
}

/** Lowercase-initial words before the last one ("de", "van", "von") start the family name, as BibTeX decides it. */
function isNameParticle(word: string): boolean {
  return /^\p{Ll}/u.test(word);
}

/** "MH", "M.-H.", "J.P." after a family name, as PubMed and Scopus write authors. */
function isInitials(word: string): boolean {
  return /^(?:\p{Lu}\.?-?){1,3}$/u.test(word);
}

/**
 * Splits the words of a "Given [von] Family" name. A family name of several capitalised words ("Le Goff") cannot
 * be told apart from a second given name without a comma: "Thomas Le Goff" gives "Thomas Le" / "Goff", as in BibTeX.
 */
export function splitNameWords(words: string[]): { given: string[]; family: string[] } {
  if (words.length <= 1) return { given: [], family: words };
  const last = words.length - 1;
  if (isInitials(words[last]) && !isInitials(words[0])) return { given: [words[last]], family: words.slice(0, last) };
  let familyStart = words.findIndex((word, index) => index > 0 && index < last && isNameParticle(word));
  if (familyStart < 0) familyStart = last;
  return { given: words.slice(0, familyStart), family: words.slice(familyStart) };
}

/** "Family, Given", "Given Family" or "Family GI" → given and family; see splitNameWords for the limits. */
export function splitName(raw: string): { given: string | null; family: string | null } {
  const name = cleanText(raw);
  if (name === '') return { given: null, family: null };
  const commaParts = name.split(',').map(cleanText);
  if (commaParts.length > 1) {
    return { family: cleanOptional(commaParts[0]), given: cleanOptional(commaParts[commaParts.length - 1]) };
  }
  const { given, family } = splitNameWords(name.split(' '));
  return { given: cleanOptional(given.join(' ')), family: cleanOptional(family.join(' ')) };
}

/** The author record, its display name built as "Given Family" unless the source gives a better one. */
export function makeAuthor(parts: {
  given: string | null;
  family: string | null;
  name?: string | null;
  orcid?: string | null;
}): ParsedAuthor {
  const given = cleanOptional(parts.given);
  const family = cleanOptional(parts.family);
  const name = cleanOptional(parts.name) ?? cleanText([given, family].filter((part) => part !== null).join(' '));
  return { name, given, family, orcid: normalizeOrcid(parts.orcid) };
}

/** The author whose name is all the source gives (ORCID credit names, HAL full names); "Family, Given" is shown "Given Family". */
export function authorFromName(name: string, orcid: string | null = null): ParsedAuthor {
  const { given, family } = splitName(name);
  const displayName = name.includes(',') && given !== null && family !== null ? `${given} ${family}` : name;
  return { name: cleanText(displayName), given, family, orcid: normalizeOrcid(orcid) };
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Mar", "March", "Sept.", "03" or "3" → 3; null for anything else (seasons, ranges). */
export function monthNumber(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw).trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : null;
  }
  const index = text.length >= 3 ? MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(text)) : -1;
  return index >= 0 ? index + 1 : null;
}

/** A plausible publication year from "2021", 2021 or "2021-03-15"; null otherwise. */
export function parseYear(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  const match = /^\s*(\d{4})\b/.exec(String(raw));
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1000 && year <= 2999 ? year : null;
}

/** yyyy-mm-dd when year, month and day make a real calendar date, else null. */
export function isoDate(
  year: number | null,
  month: number | null,
  day: number | string | null | undefined,
): string | null {
  if (year === null || month === null || day === null || day === undefined) return null;
  const dayNumber = typeof day === 'number' ? day : /^\s*\d{1,2}\s*$/.test(day) ? Number(day) : NaN;
  if (!Number.isInteger(dayNumber)) return null;
  const date = new Date(Date.UTC(year, month - 1, dayNumber));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayNumber)
    return null;
  return date.toISOString().slice(0, 10);
}

/** "2021-03-15" → that date; "2021-03" or "2021" → null (the day is unknown). */
export function isoDateFromText(raw: string | null | undefined): string | null {
  const match = raw ? /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(raw) : null;
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
