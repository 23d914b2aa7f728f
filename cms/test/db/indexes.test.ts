import { startCms, type TestCms } from '../helpers/cms';

/**
 * The indexes the website's reads rely on at scale: detail pages find an entry by slug and locale, listings sort news
 * by date and people by name within a locale. Declared in the content types' schemas (`indexes`), created by Strapi's
 * schema sync; without them these reads scan the whole table (a news listing page: 170 ms instead of 22 at 10,000
 * articles). Editing a content type in the admin's builder could drop the declaration: this test would tell.
 */
let cms: TestCms;

beforeAll(async () => {
  cms = await startCms({ SEED_ON_START: 'skip' });
});
afterAll(async () => cms?.stop());

const EXPECTED: Record<string, Record<string, string[]>> = {
  news_articles: { news_articles_slug_idx: ['slug', 'locale'], news_articles_listing_idx: ['locale', 'date'] },
  people: { people_slug_idx: ['slug', 'locale'], people_listing_idx: ['locale', 'last_name', 'first_name'] },
  teams: { teams_slug_idx: ['slug', 'locale'] },
  platforms: { platforms_slug_idx: ['slug', 'locale'] },
  publications: { publications_slug_idx: ['slug', 'locale'], publications_listing_idx: ['locale', 'year'] },
  events: { events_slug_idx: ['slug', 'locale'], events_listing_idx: ['locale', 'start'] },
  job_offers: { job_offers_slug_idx: ['slug', 'locale'], job_offers_listing_idx: ['locale', 'application_deadline'] },
};

async function indexColumns(table: string): Promise<Record<string, string[]>> {
  const knex = cms.strapi.db.connection;
  if (cms.strapi.db.dialect.client === 'sqlite') {
    const indexes = (await knex.raw(`PRAGMA index_list(\`${table}\`)`)) as Array<{ name: string }>;
    const entries = await Promise.all(
      indexes.map(async ({ name }) => [name, ((await knex.raw(`PRAGMA index_info(\`${name}\`)`)) as Array<{ name: string }>).map((column) => column.name)] as const),
    );
    return Object.fromEntries(entries);
  }
  const result = (await knex.raw(
    `SELECT i.relname AS name, array_agg(a.attname::text ORDER BY k.ordinality) AS columns
       FROM pg_index x
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_class i ON i.oid = x.indexrelid
       CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ordinality)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE t.relname = ? AND t.relnamespace = current_schema()::regnamespace
      GROUP BY i.relname`,
    [table],
  )) as { rows: Array<{ name: string; columns: string[] }> };
  return Object.fromEntries(result.rows.map((row) => [row.name, row.columns]));
}

test.each(Object.entries(EXPECTED))('the reads of %s have their indexes', async (table, expected) => {
  const present = await indexColumns(table);
  for (const [name, columns] of Object.entries(expected)) expect(present[name]).toEqual(columns);
});

// PostgreSQL's planner rightly prefers a scan on tables this small: the plan is checked on SQLite only.
const onSqlite = process.env.TEST_DATABASE_CLIENT === 'postgres' ? test.skip : test;

onSqlite('the news listing reads its page through the index, not by sorting the table', async () => {
  const query = cms.strapi.db
    .connection('news_articles')
    .select('id')
    .where('locale', 'fr')
    .whereNotNull('published_at')
    .orderBy([{ column: 'date', order: 'desc' }, { column: 'id', order: 'asc' }])
    .limit(24)
    .toSQL()
    .toNative();
  const plan = (await cms.strapi.db.connection.raw(`EXPLAIN QUERY PLAN ${query.sql}`, query.bindings as never[])) as Array<{ detail: string }>;
  expect(plan.map((step) => step.detail).join(' | ')).toContain('USING INDEX news_articles_listing_idx');
});
