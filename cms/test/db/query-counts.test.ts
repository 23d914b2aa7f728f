import { generateScaleData } from '../../../bench/src/scale/generate';
import { startCms, type TestCms } from '../helpers/cms';
import { websiteQueries } from '../helpers/website-queries';

/**
 * No N+1: each query the website sends costs the database the same number of queries whether the institute has 21
 * teams or many more, and whether a page's lists are short or long. Detail pages are asked about the busiest entry of
 * their type (most members, staff, teams, people) before and after its lists grow by dozens of entries; listings are
 * asked for a full page before and after the scale generator multiplies the content. A query made per row would show
 * as a difference. (Strapi skips the query for a relation no row has, so the entries added to lists have the shape of
 * those already there: people without a photo, existing teams.)
 */
let cms: TestCms;
const queries = websiteQueries();
const locale = 'fr';

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => cms?.stop());

type Variables = Record<string, unknown>;

/** The published French entry with the most links in a join table (ties broken by slug, for stable runs). */
async function busiest(table: string, linkTable: string, column: string): Promise<string> {
  const row = (await cms.strapi.db
    .connection(table)
    .join(linkTable, `${linkTable}.${column}`, `${table}.id`)
    .whereNotNull(`${table}.published_at`)
    .andWhere(`${table}.locale`, 'fr')
    .groupBy(`${table}.id`, `${table}.slug`)
    .select(`${table}.slug`)
    .orderByRaw(`count(*) desc, ${table}.slug asc`)
    .first()) as { slug: string } | undefined;
  if (!row) throw new Error(`no published ${table} has any ${linkTable} link`);
  return row.slug;
}

/** Database queries each website query costs, asking them one at a time. */
async function databaseQueries(cases: Record<string, Variables>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let count = 0;
  const onQuery = () => {
    count += 1;
  };
  cms.strapi.db.connection.on('query', onQuery);
  try {
    for (const [operation, variables] of Object.entries(cases)) {
      const query = queries.get(operation);
      if (!query) throw new Error(`the website has no query named ${operation}`);
      count = 0;
      const response = await cms.graphql(query, variables);
      expect({ operation, errors: response.errors }).toEqual({ operation, errors: undefined });
      counts[operation] = count;
    }
  } finally {
    cms.strapi.db.connection.off('query', onQuery);
  }
  return counts;
}

/** Published people in both locales, shaped like list members (no photo). */
async function createPeople(howMany: number): Promise<string[]> {
  const people = cms.documents('api::person.person');
  const ids: string[] = [];
  for (let index = 1; index <= howMany; index += 1) {
    const data = { firstName: 'Camille', lastName: `Durand ${index}`, slug: `camille-durand-${index}`, memberStatus: 'current' };
    const person = (await people.create({ locale: 'fr', data: { ...data, position: 'Ingénieure' } } as never)) as { documentId: string };
    await people.update({ documentId: person.documentId, locale: 'en', data: { ...data, position: 'Engineer' } } as never);
    await people.publish({ documentId: person.documentId, locale: '*' } as never);
    ids.push(person.documentId);
  }
  return ids;
}

/** Adds entries to one of an entry's lists (shared by both locales) and publishes it. */
async function connect(uid: string, slug: string, field: string, documentIds: string[]) {
  const entry = (await cms.documents(uid).findFirst({ locale: 'fr', filters: { slug } } as never)) as { documentId: string };
  await cms.documents(uid).update({ documentId: entry.documentId, locale: 'fr', data: { [field]: { connect: documentIds } } } as never);
  await cms.documents(uid).publish({ documentId: entry.documentId, locale: '*' } as never);
}

test('a detail page costs the same database queries whether its lists hold a few entries or dozens', async () => {
  const slugs = {
    team: await busiest('teams', 'teams_members_lnk', 'team_id'),
    platform: await busiest('platforms', 'platforms_staff_lnk', 'platform_id'),
    person: await busiest('people', 'teams_members_lnk', 'person_id'),
    news: await busiest('news_articles', 'news_articles_people_lnk', 'news_article_id'),
  };
  const cases = {
    TeamPage: { locale, slug: slugs.team },
    PlatformPage: { locale, slug: slugs.platform },
    PersonPage: { locale, slug: slugs.person },
    NewsArticlePage: { locale, slug: slugs.news },
  };
  const before = await databaseQueries(cases);

  const people = await createPeople(30);
  const teams = ((await cms.documents('api::team.team').findMany({ locale: 'fr', limit: 100, fields: ['documentId'] } as never)) as Array<{
    documentId: string;
  }>).map((team) => team.documentId);
  await connect('api::team.team', slugs.team, 'members', people);
  await connect('api::platform.platform', slugs.platform, 'staff', people);
  await connect('api::person.person', slugs.person, 'teams', teams);
  await connect('api::news-article.news-article', slugs.news, 'people', people);
  const team = await cms.graphql<{ teams: Array<{ members: unknown[] }> }>(
    'query ($slug: String) { teams(filters: { slug: { eq: $slug } }) { members(pagination: { limit: 100 }) { slug } } }',
    { slug: slugs.team },
  );
  expect(team.data?.teams[0].members.length).toBeGreaterThan(30);

  expect(await databaseQueries(cases)).toEqual(before);
});

test('listings and the other pages cost the same database queries with many times more content', async () => {
  // Page sizes no larger than the seed's counts, so both sizes fill the listing's page.
  const cases = {
    HomePage: { locale },
    PresentationPage: { locale },
    OrganigramPage: { locale },
    SiteChromeOnly: { locale },
    TeamsPage: { locale, page: 1, pageSize: 20 },
    PlatformsPage: { locale },
    PeoplePage: { locale, page: 1, pageSize: 24 },
    NewsPage: { locale, page: 1, pageSize: 9 },
  };
  const atSeedSize = await databaseQueries(cases);

  const report = await generateScaleData(cms.strapi, { teams: 30, platforms: 24, people: 360, news: 60 });
  expect(report.totals['api::person.person']).toBeGreaterThanOrEqual(360);
  // The generator kept this process busy long past the server's keep-alive timeout: let the sockets it closed go
  // before asking again, or fetch may reuse one of them (ECONNRESET).
  await new Promise((resolve) => setTimeout(resolve, 1000));

  expect(await databaseQueries(cases)).toEqual(atSeedSize);
});
