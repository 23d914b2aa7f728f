import { fillSearchColumns } from '../../src/bootstrap/search-columns';
import { searchIndexName } from '../../src/search/search-indexes';
import { startCms, type TestCms } from '../helpers/cms';
import { TYPES } from '../helpers/seed-data';

/** Site search (Query.search): accent- and case-insensitive, literal, published and per locale, kept up to date. */
type Row = Record<string, unknown> & { documentId: string; slug: string };
interface Hit {
  type: string;
  slug: string;
  title: string;
  text: string | null;
  date: string | null;
}
interface Results {
  words: string[];
  total: number;
  groups: Array<{ type: string; total: number; hits: Hit[] }>;
}

let cms: TestCms;

const SEARCH = `query Search($query: String!, $locale: I18NLocaleCode!, $type: SearchType, $page: Int, $pageSize: Int) {
  search(query: $query, locale: $locale, type: $type, page: $page, pageSize: $pageSize) {
    words total groups { type total hits { type slug title text date } }
  }
}`;

async function search(query: string, locale = 'fr', extra: Record<string, unknown> = {}): Promise<Results> {
  const response = await cms.graphql<{ search: Results }>(SEARCH, { query, locale, ...extra });
  expect(response.errors).toBeUndefined();
  return response.data!.search;
}
const slugsOf = (results: Results, type?: string): string[] =>
  results.groups.filter((group) => !type || group.type === type).flatMap((group) => group.hits.map((hit) => hit.slug));

const create = async (uid: string, locale: string, data: Record<string, unknown>, documentId?: string) =>
  (documentId
    ? await cms.documents(uid).update({ documentId, locale, data } as never)
    : await cms.documents(uid).create({ locale, data } as never)) as unknown as Row;
const publish = (uid: string, documentId: string, locale = '*') => cms.documents(uid).publish({ documentId, locale } as never);

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => cms?.stop());

test('accents and case do not matter, in the text or in the query', async () => {
  const person = await create(TYPES.person, 'fr', { firstName: 'Étienne', lastName: 'Zéphyrin-Quœur', position: 'Ingénieur' });
  await publish(TYPES.person, person.documentId);
  for (const query of ['etienne zephyrin', 'ÉTIENNE', 'Zephyrin Quoeur', 'ZÉPHYRIN-quœur']) {
    expect(slugsOf(await search(query), 'person')).toContain(person.slug);
  }
  const lower = await search('cancer');
  const upper = await search('CANCER');
  expect(lower.total).toBeGreaterThan(0);
  expect(upper).toEqual(lower);
  expect((await search('Cancér')).total).toBe(lower.total);
});

test('results are grouped by type with their counts, and the title outranks the text', async () => {
  const inText = await create(TYPES.team, 'fr', { name: 'Équipe Alpha-Test', summary: 'Nous étudions la quokkalogie des tumeurs.' });
  const inTitle = await create(TYPES.team, 'fr', { name: 'Quokkalogie moléculaire', summary: 'Une équipe.' });
  const news = await create(TYPES.newsArticle, 'fr', { title: 'La quokkalogie à l’honneur', date: '2026-05-04', summary: 'Un prix.' });
  for (const entry of [[TYPES.team, inText], [TYPES.team, inTitle], [TYPES.newsArticle, news]] as const) {
    await publish(entry[0], entry[1].documentId);
  }
  const results = await search('quokkalogie');
  expect(results.words).toEqual(['quokkalogie']);
  expect(results.total).toBe(3);
  const teams = results.groups.find((group) => group.type === 'team');
  expect(teams?.total).toBe(2);
  expect(teams?.hits.map((hit) => hit.slug)).toEqual([inTitle.slug, inText.slug]);
  expect(teams?.hits[1]).toMatchObject({ title: 'Équipe Alpha-Test', text: 'Nous étudions la quokkalogie des tumeurs.' });
  expect(results.groups.find((group) => group.type === 'news')?.hits[0]).toMatchObject({ slug: news.slug, date: '2026-05-04' });
  expect(results.groups.find((group) => group.type === 'person')?.total).toBe(0);
  // Every word must be found (AND), in any order.
  expect((await search('tumeurs quokkalogie')).total).toBe(1);
  expect((await search('quokkalogie inexistantmot')).total).toBe(0);
});

test('one type pages through all its hits', async () => {
  const overview = await search('cancer');
  const teams = overview.groups.find((group) => group.type === 'team')!;
  expect(teams.total).toBeGreaterThan(4);
  expect(teams.hits).toHaveLength(4);
  const pages: string[] = [];
  for (let page = 1; page <= Math.ceil(teams.total / 3); page += 1) {
    const results = await search('cancer', 'fr', { type: 'team', page, pageSize: 3 });
    expect(results.groups.map((group) => group.type)).toEqual(['team']);
    expect(results.total).toBe(teams.total);
    pages.push(...slugsOf(results));
  }
  expect(pages).toHaveLength(teams.total);
  expect(new Set(pages).size).toBe(teams.total);
  expect(pages.slice(0, 4)).toEqual(teams.hits.map((hit) => hit.slug));
  const past = await search('cancer', 'fr', { type: 'team', page: 999, pageSize: 3 });
  expect(past).toMatchObject({ total: teams.total, groups: [{ type: 'team', hits: [] }] });
});

test('% and _ in the query match literally, never as wildcards', async () => {
  const news = await create(TYPES.newsArticle, 'fr', { title: 'Réponse de 100% au traitement', date: '2026-05-05', summary: 'Code essai_b7.' });
  await publish(TYPES.newsArticle, news.documentId);
  expect(slugsOf(await search('100%'), 'news')).toEqual([news.slug]);
  expect(slugsOf(await search('essai_b7'), 'news')).toEqual([news.slug]);
  // As LIKE wildcards these would match "cancer", "réponse", "essai_b7"...
  for (const query of ['c%r', 'r_ponse', 'essai%b7', '%%', '__']) expect((await search(query)).total).toBe(0);
});

test('drafts and entries of the other locale never appear', async () => {
  const team = await create(TYPES.team, 'fr', { name: 'Équipe Brouillonnière', summary: 'Pas encore publiée.' });
  expect((await search('brouillonniere')).total).toBe(0);
  await publish(TYPES.team, team.documentId, 'fr');
  expect(slugsOf(await search('brouillonniere'))).toEqual([team.slug]);
  expect((await search('brouillonniere', 'en')).total).toBe(0);
  await create(TYPES.team, 'en', { name: 'Draftwood team', summary: 'English only.' }, team.documentId);
  expect((await search('draftwood', 'en')).total).toBe(0);
  await publish(TYPES.team, team.documentId, 'en');
  expect(slugsOf(await search('draftwood', 'en'))).toEqual([team.slug]);
  expect((await search('draftwood', 'fr')).total).toBe(0);
  // A published entry's new draft text is not searchable until it is published.
  await create(TYPES.team, 'fr', { summary: 'Texte pamplemoussier en brouillon.' }, team.documentId);
  expect((await search('pamplemoussier')).total).toBe(0);
  await publish(TYPES.team, team.documentId, 'fr');
  expect(slugsOf(await search('pamplemoussier'))).toEqual([team.slug]);
  expect((await search('pas encore publiee')).total).toBe(0);
});

test('an edited and republished entry is found by its new words only; shared fields reach every locale', async () => {
  const publication = await create(TYPES.publication, 'fr', {
    title: 'Ancien titre glyptodonte',
    year: 2024,
    journal: 'Revue Test',
    type: 'article',
    authors: [{ name: 'Bérénice Ostrogoth' }],
  });
  await publish(TYPES.publication, publication.documentId);
  expect(slugsOf(await search('glyptodonte ostrogoth'), 'publication')).toEqual([publication.slug]);
  await create(TYPES.publication, 'fr', { title: 'Nouveau titre mégathérium' }, publication.documentId);
  await publish(TYPES.publication, publication.documentId);
  expect((await search('glyptodonte')).total).toBe(0);
  expect(slugsOf(await search('megatherium berenice'), 'publication')).toEqual([publication.slug]);
});

test('existing rows without search columns are filled at start, in batches', async () => {
  const { strapi } = cms;
  const meta = strapi.db.metadata.get(TYPES.person);
  const schema = strapi.db.getSchemaName();
  const table = schema ? `${schema}.${meta.tableName}` : meta.tableName;
  const rows = Number(((await strapi.db.connection(table).count({ count: '*' })) as Array<{ count: unknown }>)[0].count);
  expect(rows).toBeGreaterThan(100);
  await strapi.db.connection(table).update({ search_title: null, search_text: null });
  expect((await search('etienne zephyrin')).total).toBe(0);
  await fillSearchColumns(strapi);
  const empty = await strapi.db.connection(table).whereNull('search_text').count({ count: '*' });
  expect(Number((empty as Array<{ count: unknown }>)[0].count)).toBe(0);
  expect((await search('etienne zephyrin')).groups.find((group) => group.type === 'person')?.total).toBe(1);
});

test('odd queries give empty or normal results, never errors; the columns stay private', async () => {
  for (const query of ['', ' ', 'a', '!!!', '—', "'; DROP TABLE teams; --", '\\', 'x'.repeat(5000), '" OR 1=1 --']) {
    const results = await search(query);
    expect(results.total).toBeGreaterThanOrEqual(0);
  }
  expect(await search('!?.,;')).toEqual({ words: [], total: 0, groups: [] });
  expect((await search(`cancer ${'x'.repeat(500)}`)).words).toEqual(['cancer', 'x'.repeat(99 - 'cancer'.length)]);
  expect((await search('un deux trois quatre cinq six sept huit neuf dix')).words).toHaveLength(8);
  expect((await search('cancer', 'xx')).total).toBe(0);
  expect((await search('cancer', 'fr', { type: 'team', page: -5, pageSize: 100000 })).groups[0].hits.length).toBeLessThanOrEqual(50);
  const hidden = await cms.graphql('{ teams { searchText } }');
  expect(hidden.errors?.[0].message).toMatch(/searchText/);
});

test('editors never see nor edit the search columns', async () => {
  const contentTypes = cms.strapi.plugin('content-manager').service('content-types');
  for (const uid of [TYPES.team, TYPES.platform, TYPES.person, TYPES.newsArticle, TYPES.publication, TYPES.event]) {
    const configuration = (await contentTypes.findConfiguration(contentTypes.findContentType(uid))) as {
      layouts: { edit: Array<Array<{ name: string }>>; list: string[] };
    };
    const shown = [...configuration.layouts.edit.flat().map((field) => field.name), ...configuration.layouts.list];
    expect({ uid, shown: shown.filter((name) => name.startsWith('search')) }).toEqual({ uid, shown: [] });
    expect(configuration.layouts.edit.flat().length).toBeGreaterThan(2);
  }
});

// SQLite has no index that serves LIKE '%word%' (it can only use one for a pattern that starts with fixed text).
const onPostgres = process.env.TEST_DATABASE_CLIENT === 'postgres' ? test : test.skip;
const SEARCHED_TABLES = ['teams', 'platforms', 'people', 'news_articles', 'publications', 'events'];

onPostgres('on PostgreSQL, the search text of every searched table has a trigram index', async () => {
  const indexes = (await cms.strapi.db.connection.raw(
    'SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexdef LIKE ?',
    ['%gin_trgm_ops%'],
  )) as { rows: Array<{ tablename: string; indexname: string; indexdef: string }> };
  expect(indexes.rows.map((row) => row.tablename).sort()).toEqual([...SEARCHED_TABLES].sort());
  for (const row of indexes.rows) {
    expect(row.indexname).toBe(searchIndexName(row.tablename));
    // Named with the extension's schema (public, unless a database administrator installed it elsewhere).
    expect(row.indexdef).toMatch(/USING gin \(search_text \w+\.gin_trgm_ops\)$/);
  }
});

/**
 * The plans of queries on one table as knex sent them (their SQL already numbered $1, $2... as the pg driver takes
 * it), on a connection of its own, with the table grown to ROWS_AT_SCALE published rows of the locale in a transaction
 * that is rolled back. On the seed's few dozen rows the planner rightly reads the table (or a btree on the locale)
 * rather than any index, which says nothing of whether this SQL (LIKE ... ESCAPE '\', bound patterns) can use the
 * trigram index; at the benchmark's sizes it is the planner's own choice, as here, with no setting forced.
 */
const ROWS_AT_SCALE = 10000;

async function plansAtScale(table: string, queries: Array<{ sql: string; bindings: unknown[] }>): Promise<string[]> {
  const client = cms.strapi.db.connection.client as { acquireConnection(): Promise<PgConnection>; releaseConnection(connection: PgConnection): Promise<void> };
  const connection = await client.acquireConnection();
  try {
    await connection.query('BEGIN');
    const columns = (
      await connection.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name <> 'id' ORDER BY ordinal_position`,
        [table],
      )
    ).rows.map((row) => `"${row.column_name}"`);
    const copied = columns.map((column) => (column === '"search_text"' ? `' lorem ipsum dolor sit amet ' || n` : `one.${column}`));
    await connection.query(
      `INSERT INTO "${table}" (${columns.join(', ')})
         SELECT ${copied.join(', ')}
           FROM (SELECT * FROM "${table}" WHERE locale = 'fr' AND published_at IS NOT NULL LIMIT 1) AS one, generate_series(1, $1) AS n`,
      [ROWS_AT_SCALE],
    );
    // As a table at rest: the rows just added merged into the index (as autovacuum does), its statistics fresh.
    await connection.query('SELECT gin_clean_pending_list($1::regclass)', [searchIndexName(table)]);
    await connection.query(`ANALYZE "${table}"`);
    const plans: string[] = [];
    for (const { sql, bindings } of queries) {
      plans.push((await connection.query(`EXPLAIN ${sql}`, bindings)).rows.map((row) => row['QUERY PLAN']).join('\n'));
    }
    return plans;
  } finally {
    await connection.query('ROLLBACK');
    await client.releaseConnection(connection);
  }
}
interface PgConnection {
  query(sql: string, values?: unknown[]): Promise<{ rows: Array<Record<string, string>> }>;
}

onPostgres('on PostgreSQL, the search query itself reads its rows through the trigram indexes', async () => {
  const knex = cms.strapi.db.connection;
  const sent: Array<{ sql: string; bindings: unknown[] }> = [];
  const listen = (query: { sql: string; bindings?: unknown[] }) => {
    if (/ like /i.test(query.sql)) sent.push({ sql: query.sql, bindings: query.bindings ?? [] });
  };
  knex.on('query', listen);
  try {
    // A word, a prefix, two words (the words go through LIKE ... ESCAPE with escaped wildcards), and one type's page.
    for (const [query, extra] of [['cancer', {}], ['immuno', {}], ['tumeurs 100%', {}], ['cancer', { type: 'team', page: 2, pageSize: 3 }]] as const) {
      await search(query, 'fr', extra);
    }
  } finally {
    knex.off('query', listen);
  }
  expect(sent.length).toBeGreaterThanOrEqual(SEARCHED_TABLES.length * 3 + 1);
  for (const table of SEARCHED_TABLES) {
    const queries = sent.filter(({ sql }) => sql.includes(`."${table}" `));
    expect(queries.length).toBeGreaterThanOrEqual(3);
    const plans = await plansAtScale(table, queries);
    queries.forEach(({ sql }, index) => {
      expect({ sql, plan: plans[index] }).toEqual({ sql, plan: expect.stringContaining(`Bitmap Index Scan on ${searchIndexName(table)}`) });
    });
  }
});
