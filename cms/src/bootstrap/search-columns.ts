import type { Core } from '@strapi/strapi';
import { refreshSearchColumns } from '../search/search-columns';
import { ensureSearchIndexes } from '../search/search-indexes';
import { SEARCHABLE_TYPES } from '../search/searchable-types';

/**
 * Fills the search columns of rows that have none (entries written before search existed, or by SQL): a document
 * middleware keeps them up to date afterwards. When what is searched changes (a new field, another normalisation),
 * raising SEARCH_COLUMNS_VERSION recomputes every row once. Batched SQL: a few seconds for 40,000 rows. Then, on
 * PostgreSQL, the indexes that serve searches (created after the columns are filled: building an index is quicker
 * than updating it row by row).
 */
const SEARCH_COLUMNS_VERSION = 1;

export async function fillSearchColumns(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'app', name: 'institute', key: 'search-columns-version' });
  const upToDate = ((await store.get({})) as number | null) === SEARCH_COLUMNS_VERSION;
  const started = Date.now();
  let written = 0;
  for (const searchable of SEARCHABLE_TYPES) {
    written += await refreshSearchColumns(strapi, searchable, upToDate ? { searchText: { $null: true } } : {});
  }
  if (!upToDate) await store.set({ value: SEARCH_COLUMNS_VERSION });
  if (written > 0) strapi.log.info(`Search: indexed ${written} rows in ${Date.now() - started} ms`);
  await ensureSearchIndexes(strapi);
}
