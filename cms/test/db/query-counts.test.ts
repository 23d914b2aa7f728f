import { generateScaleData } from '../../../bench/src/scale/generate';
import { startCms, type TestCms } from '../helpers/cms';
import { websiteQueries } from '../helpers/website-queries';

/**
 * No N+1: each query the website sends costs the database the same number of queries whether the institute has 21
 * teams or many more, and whether a page's lists are short or long. Listings are asked for full pages at both sizes;
 * detail pages are asked about the busiest entry of their type (most members, staff, teams, people), before and after
 * its lists grow by dozens of entries, so any query made per row would show as a difference.
 */
let cms: TestCms;
const queries = websiteQueries();

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => cms?.stop());

interface Case {
  operation: string;
  variables: Record<string, unknown>;
}

interface Busiest {
  team: string;
  platform: string;
  person: string;
  news: string;
}

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

function cases(entries: Busiest): Case[] {
  const locale = 'fr';
  // Page sizes no larger than the seed's counts, so both sizes fill the listing's page.
  return [
    { operation: 'HomePage', variables: { locale } },
    { operation: 'PresentationPage', variables: { locale } },
    { operation: 'OrganigramPage', variables: { locale } },
    { operation: 'SiteChromeOnly', variables: { locale } },
    { operation: 'TeamsPage', variables: { locale } },
    { operation: 'PlatformsPage', variables: { locale } },
    { operation: 'PeoplePage', variables: { locale, page: 1, pageSize: 24 } },
    { operation: 'NewsPage', variables: { locale, page: 1, pageSize: 9 } },
    { operation: 'TeamPage', variables: { locale, slug: entries.team } },
    { operation: 'PlatformPage', variables: { locale, slug: entries.platform } },
    { operation: 'PersonPage', variables: { locale, slug: entries.person } },
    { operation: 'NewsArticlePage', variables: { locale, slug: entries.news } },
  ];
}

/** Database queries each website query costs, asking them one at a time. */
async function databaseQueriesPerRequest(entries: Busiest): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let count = 0;
  const onQuery = () => {
    count += 1;
  };
  cms.strapi.db.connection.on('query', onQuery);
  try {
    for (const { operation, variables } of cases(entries)) {
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

/** Adds generated entries to one of an entry's lists (shared by both locales) and publishes it. */
async function connect(uid: string, slug: string, field: string, targetUid: string, howMany: number) {
  const entry = await cms.documents(uid).findFirst({ locale: 'fr', filters: { slug } } as never);
  const targets = (await cms.documents(targetUid).findMany({
    locale: 'fr',
    // The newest: made by the generator, so new to the entry's lists.
    sort: 'createdAt:desc',
    limit: howMany,
    fields: ['documentId'],
  } as never)) as Array<{ documentId: string }>;
  expect(targets.length).toBeGreaterThan(0);
  const documentId = (entry as { documentId: string }).documentId;
  await cms.documents(uid).update({ documentId, locale: 'fr', data: { [field]: { connect: targets.map((target) => target.documentId) } } } as never);
  await cms.documents(uid).publish({ documentId, locale: '*' } as never);
}

test('every website query costs the same database queries with much more content and longer lists', async () => {
  const entries: Busiest = {
    team: await busiest('teams', 'teams_members_lnk', 'team_id'),
    platform: await busiest('platforms', 'platforms_staff_lnk', 'platform_id'),
    person: await busiest('people', 'teams_members_lnk', 'person_id'),
    news: await busiest('news_articles', 'news_articles_people_lnk', 'news_article_id'),
  };
  const atSeedSize = await databaseQueriesPerRequest(entries);

  const report = await generateScaleData(cms.strapi, { teams: 30, platforms: 24, people: 360, news: 60 });
  expect(report.totals['api::person.person']).toBe(360);
  await connect('api::team.team', entries.team, 'members', 'api::person.person', 30);
  await connect('api::platform.platform', entries.platform, 'staff', 'api::person.person', 30);
  await connect('api::person.person', entries.person, 'teams', 'api::team.team', 9);
  await connect('api::news-article.news-article', entries.news, 'people', 'api::person.person', 30);
  // The generator kept this process busy long past the server's keep-alive timeout: let the sockets it closed go
  // before asking again, or fetch may reuse one of them (ECONNRESET).
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const atLargerSize = await databaseQueriesPerRequest(entries);

  expect(atLargerSize).toEqual(atSeedSize);
});
