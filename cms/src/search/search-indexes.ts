import type { Core } from '@strapi/strapi';
import { searchTable } from './search-columns';
import { SEARCHABLE_TYPES } from './searchable-types';

/**
 * On PostgreSQL, a trigram index (the pg_trgm extension's GIN operator class) on the search text of every searched
 * table: the one kind of index that serves `LIKE '%word%'`, which is how every search chooses its rows
 * (run-search.ts). Only searchText is indexed: it holds the title too, and the title column is only read to rank
 * the rows already found, so an index on it would cost every write and serve no query. SQLite has no such index;
 * searches scan there.
 *
 * Created by the CMS at start, outside Strapi's schema (Strapi leaves alone the indexes it did not declare), once:
 * under an advisory lock, so that instances starting together neither race to create the same objects nor fail on
 * each other's, and in one transaction, so that a failure leaves nothing half made. The extension belongs to the
 * whole database, not to one schema: it is created in `public` when that is writable (where extensions usually
 * live), so that dropping one schema never takes it from another, else in the CMS's own schema; the operator class is
 * named with the extension's schema, which need not be on the search path. Without the extension (a role that may not
 * create it), the CMS says so and works on: searches give the same results, scanning whole tables.
 */
type Database = Core.Strapi['db']['connection'];

const LOCK = 'institute: search indexes';
export const searchIndexName = (table: string): string => `${table}_search_idx`;

/** The schema pg_trgm is installed in, installing it if needed; throws, saying what to do, when it cannot be. */
async function trigramSchema(db: Database): Promise<string> {
  const installed = (await db.raw(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
  )) as { rows: Array<{ schema: string }> };
  if (installed.rows[0]) return installed.rows[0].schema;
  const home = (await db.raw(
    `SELECT coalesce((SELECT nspname FROM pg_namespace WHERE nspname = 'public' AND has_schema_privilege(oid, 'CREATE')), current_schema()) AS schema`,
  )) as { rows: Array<{ schema: string }> };
  const schema = home.rows[0].schema;
  try {
    // A savepoint: the failure must not abort the transaction that holds the lock.
    await db.transaction((savepoint) => savepoint.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ??', [schema]));
  } catch (error) {
    throw new Error(
      `the PostgreSQL extension pg_trgm is not installed and could not be created in schema "${schema}" (${(error as Error).message}); ` +
        'a database administrator can run "CREATE EXTENSION pg_trgm;" in this database, then restart the CMS',
    );
  }
  return schema;
}

/** Creates the missing trigram indexes; returns the names of those it created. */
async function createSearchIndexes(db: Database, strapi: Core.Strapi): Promise<string[]> {
  await db.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [LOCK]);
  const tables = SEARCHABLE_TYPES.map((searchable) => searchTable(strapi, searchable));
  const present = (await db.raw('SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ANY(?)', [
    tables.map((table) => searchIndexName(table.name)),
  ])) as { rows: Array<{ indexname: string }> };
  const missing = tables.filter((table) => !present.rows.some((row) => row.indexname === searchIndexName(table.name)));
  if (missing.length === 0) return [];
  const operatorClass = `${await trigramSchema(db)}.gin_trgm_ops`;
  for (const { table, name, column } of missing) {
    await db.raw('CREATE INDEX ?? ON ?? USING gin (?? ??)', [searchIndexName(name), table, column('searchText'), operatorClass]);
  }
  return missing.map((table) => searchIndexName(table.name));
}

export async function ensureSearchIndexes(strapi: Core.Strapi): Promise<void> {
  if (strapi.db.dialect.client !== 'postgres') return;
  const started = Date.now();
  try {
    const created = await strapi.db.connection.transaction((trx) => createSearchIndexes(trx, strapi));
    if (created.length > 0) strapi.log.info(`Search: created the indexes ${created.join(', ')} in ${Date.now() - started} ms`);
  } catch (error) {
    strapi.log.warn(`Search: could not create the trigram indexes: ${(error as Error).message}. Searches work without them, scanning whole tables.`);
  }
}
