import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ensureSearchIndexes, searchIndexName } from '../../src/search/search-indexes';
import { startCms, type TestCms } from '../helpers/cms';
import { DEFAULT_TEST_DATABASE_URL, testDatabaseClient } from '../helpers/databases';
import { TYPES } from '../helpers/seed-data';

/**
 * The trigram indexes that serve searches on PostgreSQL are the CMS's own work: it installs pg_trgm where it is
 * missing, creates the indexes once however many instances start together, and starts and searches without them
 * (saying why) when its database role may not install the extension. Each case needs a database of its own, one
 * without pg_trgm: the test databases of the other files are schemas of a shared one. That search uses the indexes
 * is checked by search.test.ts. SQLite has neither the extension nor such an index: these cases are PostgreSQL's.
 */
const describeOnPostgres = testDatabaseClient() === 'postgres' ? describe : describe.skip;
const SERVER_URL = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
const SEARCHED_TABLES = ['events', 'news_articles', 'people', 'platforms', 'publications', 'teams'];

const urlOf = (database: string, user?: string): string => {
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  if (user) url.username = user;
  return url.toString();
};

async function onServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database (none of the server's others holds pg_trgm either) with an empty schema `app` for the CMS. */
async function createDatabase(name: string, owner?: string): Promise<void> {
  await onServer(SERVER_URL, (client) => client.query(`CREATE DATABASE "${name}"`));
  await onServer(urlOf(name), (client) => client.query(`CREATE SCHEMA app${owner ? ` AUTHORIZATION "${owner}"` : ''}`));
}

const dropDatabase = (name: string) => onServer(SERVER_URL, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

async function trigramState(cms: TestCms) {
  const knex = cms.strapi.db.connection;
  const extension = (await knex.raw(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
  )) as { rows: Array<{ schema: string }> };
  const indexes = (await knex.raw(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'app' AND indexdef LIKE '%gin_trgm_ops%' ORDER BY tablename`,
  )) as { rows: Array<{ tablename: string; indexname: string; indexdef: string }> };
  return { extensionSchemas: extension.rows.map((row) => row.schema), indexes: indexes.rows };
}

describeOnPostgres('a database without pg_trgm, the CMS its owner', () => {
  const database = `search_indexes_${randomBytes(5).toString('hex')}`;
  let cms: TestCms;

  beforeAll(async () => {
    await createDatabase(database);
    cms = await startCms({ DATABASE_URL: urlOf(database), DATABASE_SCHEMA: 'app', SEED_ON_START: 'skip' });
  });
  afterAll(async () => {
    await cms?.stop();
    await dropDatabase(database);
  });

  test('at start the CMS installs pg_trgm in public and indexes the search text of every searched table', async () => {
    const { extensionSchemas, indexes } = await trigramState(cms);
    expect(extensionSchemas).toEqual(['public']);
    expect(indexes.map((index) => index.tablename)).toEqual(SEARCHED_TABLES);
    for (const index of indexes) {
      expect(index.indexname).toBe(searchIndexName(index.tablename));
      // The operator class is named with its schema: the CMS's search path holds only its own schema, `app`.
      expect(index.indexdef).toBe(`CREATE INDEX ${index.indexname} ON app.${index.tablename} USING gin (search_text public.gin_trgm_ops)`);
    }
  });

  test('instances starting together create the extension and each index once, and none of them fails', async () => {
    await cms.strapi.db.connection.raw('DROP EXTENSION pg_trgm CASCADE');
    expect(await trigramState(cms)).toEqual({ extensionSchemas: [], indexes: [] });
    const warn = jest.spyOn(cms.strapi.log, 'warn');
    try {
      // Each call is what one instance does at start; the pool gives each its own connection.
      await Promise.all([1, 2, 3, 4].map(() => ensureSearchIndexes(cms.strapi)));
      expect(warn.mock.calls).toEqual([]);
    } finally {
      warn.mockRestore();
    }
    const { extensionSchemas, indexes } = await trigramState(cms);
    expect(extensionSchemas).toEqual(['public']);
    expect(indexes.map((index) => index.tablename)).toEqual(SEARCHED_TABLES);
  });
});

describeOnPostgres('a role that may not install pg_trgm', () => {
  const name = `search_noext_${randomBytes(5).toString('hex')}`;
  let cms: TestCms;

  beforeAll(async () => {
    // The role owns the CMS's schema but not the database: no CREATE on the database, so no trusted extension.
    await onServer(SERVER_URL, (client) => client.query(`CREATE ROLE "${name}" LOGIN`));
    await createDatabase(name, name);
    cms = await startCms({ DATABASE_URL: urlOf(name, name), DATABASE_SCHEMA: 'app', SEED_ON_START: 'skip' });
  });
  afterAll(async () => {
    await cms?.stop();
    await dropDatabase(name);
    await onServer(SERVER_URL, (client) => client.query(`DROP ROLE IF EXISTS "${name}"`));
  });

  test('the CMS starts, says why it has no index and what to do, and search works', async () => {
    expect(await trigramState(cms)).toEqual({ extensionSchemas: [], indexes: [] });
    const warn = jest.spyOn(cms.strapi.log, 'warn');
    try {
      // What the CMS did at start, again, to read what it says.
      await ensureSearchIndexes(cms.strapi);
      expect(warn.mock.calls).toEqual([
        [expect.stringMatching(/^Search: could not create the trigram indexes: the PostgreSQL extension pg_trgm is not installed and could not be created .*permission denied.*CREATE EXTENSION pg_trgm;.*scanning whole tables\.$/)],
      ]);
    } finally {
      warn.mockRestore();
    }
    const team = await cms.documents(TYPES.team).create({ locale: 'en', data: { name: 'Trigramless team', summary: 'Found all the same.' } } as never);
    await cms.documents(TYPES.team).publish({ documentId: team.documentId, locale: 'en' } as never);
    const response = await cms.graphql<{ search: { total: number; groups: Array<{ type: string; hits: Array<{ title: string }> }> } }>(
      'query { search(query: "trigramless", locale: "en") { total groups { type hits { title } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.search.total).toBe(1);
    expect(response.data?.search.groups.find((group) => group.type === 'team')?.hits).toEqual([{ title: 'Trigramless team' }]);
  });
});
