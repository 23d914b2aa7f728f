import type { Core } from '@strapi/strapi';
import { escapeLike, queryWords } from './normalise';
import { searchTable } from './search-columns';
import { SEARCHABLE_TYPES, type SearchableType, type SearchType } from './searchable-types';

/**
 * Site search over the derived search columns: the published rows of one locale whose text holds every word of the
 * query (as substrings: "canc" finds "cancer"), ranked, grouped by type.
 *
 * Ranking, best first: the title is the query; the title starts with it; every word is a whole word of the title;
 * every word starts a word of the title; every word is in the title; every word is a whole word of the text; the
 * words are somewhere in the text. Ties: most recent first (news, events, publications), then by title.
 * The rows are chosen by `searchText LIKE '%word%'` alone, the one condition an index can serve: on PostgreSQL a
 * trigram index (search-indexes.ts) does, for the column as it is, with LIKE's own escape character (no expression
 * around the column, no other collation). SQLite scans: at 40,000 rows per type (the benchmark's large size, both
 * locales, drafts included) one type answers in milliseconds.
 */
export const GROUP_PREVIEW = 4;
export const MAX_PAGE_SIZE = 50;
const MAX_PAGE = 1000;

export interface SearchHit {
  type: SearchType;
  documentId: string;
  slug: string;
  title: string;
  text: string | null;
  date: string | null;
}

export interface SearchGroup {
  type: SearchType;
  total: number;
  hits: SearchHit[];
}

export interface SearchResults {
  words: string[];
  total: number;
  groups: SearchGroup[];
}

export interface SearchArgs {
  query: string;
  locale: string;
  type?: SearchType | null;
  page?: number | null;
  pageSize?: number | null;
}

const clamp = (value: number | null | undefined, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) ? Math.min(max, Math.max(min, value)) : fallback;

function dateText(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString();
  // SQLite keeps datetimes as milliseconds since 1970; a publication's year is a small number.
  if (typeof value === 'number') return value > 100000 ? new Date(value).toISOString() : String(value);
  return typeof value === 'string' ? value : null;
}

async function searchType(
  strapi: Core.Strapi,
  searchable: SearchableType,
  words: string[],
  locale: string,
  limit: number,
  offset: number,
): Promise<SearchGroup> {
  const knex = strapi.db.connection;
  const { table, column } = searchTable(strapi, searchable);
  const searchTitle = column('searchTitle');
  const searchText = column('searchText');
  const escaped = words.map(escapeLike);
  const allWords = (target: string, pattern: (word: string) => string) => ({
    sql: escaped.map(() => `?? LIKE ? ESCAPE '\\'`).join(' AND '),
    bindings: escaped.flatMap((word) => [target, pattern(word)]),
  });
  const phrase = escaped.join(' ');
  const tiers = [
    { sql: `?? = ?`, bindings: [searchTitle, ` ${words.join(' ')} `] },
    { sql: `?? LIKE ? ESCAPE '\\'`, bindings: [searchTitle, ` ${phrase}%`] },
    allWords(searchTitle, (word) => `% ${word} %`),
    allWords(searchTitle, (word) => `% ${word}%`),
    allWords(searchTitle, (word) => `%${word}%`),
    allWords(searchText, (word) => `% ${word} %`),
  ];
  const rank = knex.raw(
    `CASE ${tiers.map((tier, index) => `WHEN ${tier.sql} THEN ${tiers.length - index}`).join(' ')} ELSE 0 END`,
    tiers.flatMap((tier) => tier.bindings),
  );
  const { show } = searchable;
  const shown = [...show.title, ...(show.text ? [show.text] : []), ...(show.date ? [show.date] : [])];
  const base = knex(table)
    .where(column('locale'), locale)
    .whereNotNull(column('publishedAt'))
    .where((builder) => {
      for (const word of escaped) builder.whereRaw(`?? LIKE ? ESCAPE '\\'`, [searchText, `%${word}%`]);
    });
  const rows = (await base
    .clone()
    .select([column('documentId'), column('slug'), ...shown.map(column)].map((name) => knex.ref(name)))
    .select(knex.raw('? AS search_rank', [rank]))
    .select(knex.raw('COUNT(*) OVER () AS total'))
    .orderBy([
      { column: 'search_rank', order: 'desc' },
      ...(show.date ? [{ column: column(show.date), order: 'desc' }] : []),
      { column: searchTitle, order: 'asc' },
      { column: 'id', order: 'asc' },
    ])
    .limit(limit)
    .offset(offset)) as Array<Record<string, unknown>>;
  // A page past the end has no rows to carry the total.
  const total =
    rows.length > 0 ? Number(rows[0].total) : offset > 0 ? Number(((await base.clone().count({ count: '*' })) as Array<{ count: unknown }>)[0].count) : 0;
  const read = (attribute: string, row: Record<string, unknown>) => row[column(attribute)];
  return {
    type: searchable.type,
    total,
    hits: rows.map((row) => ({
      type: searchable.type,
      documentId: String(read('documentId', row)),
      slug: String(read('slug', row) ?? ''),
      title: show.title.map((attribute) => read(attribute, row)).filter((part) => typeof part === 'string' && part).join(' '),
      text: show.text ? ((read(show.text, row) as string | null) ?? null) : null,
      date: show.date ? dateText(read(show.date, row)) : null,
    })),
  };
}

/**
 * Without a type: every type's count and first GROUP_PREVIEW hits. With a type: one page of that type's hits.
 * A query too short to search gives no words and no results.
 */
export async function runSearch(strapi: Core.Strapi, args: SearchArgs): Promise<SearchResults> {
  const words = queryWords(typeof args.query === 'string' ? args.query : '');
  if (words.length === 0) return { words, total: 0, groups: [] };
  const types = args.type ? SEARCHABLE_TYPES.filter((searchable) => searchable.type === args.type) : SEARCHABLE_TYPES;
  const pageSize = args.type ? clamp(args.pageSize, 1, MAX_PAGE_SIZE, 20) : GROUP_PREVIEW;
  const offset = args.type ? (clamp(args.page, 1, MAX_PAGE, 1) - 1) * pageSize : 0;
  const groups: SearchGroup[] = [];
  // One type after the other: SQLite has one connection, and PostgreSQL's pool is better left to other requests.
  for (const searchable of types) groups.push(await searchType(strapi, searchable, words, args.locale, pageSize, offset));
  return { words, total: groups.reduce((sum, group) => sum + group.total, 0), groups };
}
