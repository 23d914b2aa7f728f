/**
 * The one definition of "the same word" for site search, applied both to the stored search columns and to the
 * visitor's query, so that matching is a plain substring test the database does identically on SQLite and PostgreSQL
 * (neither offers accent-insensitive LIKE portably: SQLite has no collation for it, PostgreSQL's `unaccent` is an
 * extension a hosted database may lack).
 *
 * Lower case; diacritics removed (NFD, then combining marks dropped: "Étienne" -> "etienne"); French ligatures spelled
 * out ("cœur" -> "coeur"); every run of other characters folded to one space. `%` and `_` are kept: they are
 * meaningful in text ("10 %", identifiers) and the query escapes them, so they match literally.
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };

export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßﬁﬂ]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/[^\p{L}\p{N}%_]+/gu, ' ')
    .trim();
}

/**
 * A stored search column: the normalised text with a space at each end, so that "starts a word" is `LIKE '% word%'`
 * and "is a whole word" `LIKE '% word %'` even at the start or end of the text.
 */
export function toSearchColumn(parts: ReadonlyArray<string | null | undefined>): string {
  const text = normaliseForSearch(parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' '));
  return ` ${text} `;
}

export const MAX_QUERY_LENGTH = 100;
export const MAX_QUERY_WORDS = 8;
export const MIN_QUERY_LENGTH = 2;

/**
 * The words of a visitor's query, normalised: at most MAX_QUERY_WORDS of the first MAX_QUERY_LENGTH characters,
 * duplicates removed. Empty when the query is too short to search (fewer than MIN_QUERY_LENGTH letters or digits).
 */
export function queryWords(query: string): string[] {
  const normalised = normaliseForSearch(query.slice(0, MAX_QUERY_LENGTH));
  if (normalised.replace(/ /g, '').length < MIN_QUERY_LENGTH) return [];
  return [...new Set(normalised.split(' '))].slice(0, MAX_QUERY_WORDS);
}

/** A word as a LIKE pattern fragment: `%`, `_` and the escape character itself match literally (ESCAPE '\'). */
export const escapeLike = (word: string): string => word.replace(/[\\%_]/g, (character) => `\\${character}`);
