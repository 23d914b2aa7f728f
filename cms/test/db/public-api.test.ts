import { PUBLIC_ACTIONS } from '../../src/bootstrap/public-permissions';
import { startCms, type TestCms } from '../helpers/cms';
import { seedFile, TYPES } from '../helpers/seed-data';

type Row = Record<string, unknown> & { documentId: string };
interface SeedPerson {
  slug: string;
  shared: { email: string | null; showEmail: boolean };
}

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => cms?.stop());

const refused = (response: { errors?: Array<{ message: string }>; data?: unknown }) => {
  expect(response.errors?.length ?? 0).toBeGreaterThan(0);
};

describe('anonymous GraphQL', () => {
  test('reads published teams with their department and leaders, in both locales', async () => {
    for (const locale of ['fr', 'en']) {
      const response = await cms.graphql<{
        teams: Array<{ name: string; slug: string; department: { name: string } | null; leaders: Array<{ lastName: string }> }>;
      }>(
        `query Teams($locale: I18NLocaleCode) {
          teams(locale: $locale, pagination: { limit: 100 }, sort: "name:asc") {
            name slug department { name slug } leaders { firstName lastName slug }
          }
        }`,
        { locale },
      );
      expect(response.errors).toBeUndefined();
      const teams = response.data?.teams ?? [];
      expect(teams).toHaveLength(21);
      for (const team of teams) {
        expect(team.department?.name).toEqual(expect.any(String));
        expect(team.leaders.length).toBeGreaterThan(0);
      }
    }
    const fr = await cms.graphql<{ teams: Array<{ name: string }> }>('{ teams(locale: "fr", pagination: { limit: 100 }) { name } }');
    const en = await cms.graphql<{ teams: Array<{ name: string }> }>('{ teams(locale: "en", pagination: { limit: 100 }) { name } }');
    expect(fr.data?.teams.map((team) => team.name)).not.toEqual(en.data?.teams.map((team) => team.name));
  });

  test('never shows draft content, even when asked for it', async () => {
    const department = (await cms.documents(TYPES.department).findFirst({ locale: 'fr' })) as unknown as Row & { slug: string };
    const draft = (await cms.documents(TYPES.team).create({
      locale: 'fr',
      data: { name: 'Équipe encore en brouillon', summary: 'Pas encore publiée.', department: department.documentId },
    } as never)) as unknown as Row & { slug: string };
    expect(draft.slug).toBe('equipe-encore-en-brouillon');

    const published = (await cms.documents(TYPES.team).findFirst({ locale: 'fr', status: 'published' })) as unknown as Row & { summary: string };
    await cms.documents(TYPES.team).update({ documentId: published.documentId, locale: 'fr', data: { summary: 'Modification non publiée' } } as never);

    const list = await cms.graphql<{ teams: Array<{ documentId: string }> }>('{ teams(pagination: { limit: 100 }) { documentId } }');
    expect(list.data?.teams.map((team) => team.documentId)).not.toContain(draft.documentId);
    expect(list.data?.teams).toHaveLength(21);

    const bySlug = await cms.graphql<{ teams: unknown[] }>('query($slug: String) { teams(filters: { slug: { eq: $slug } }) { name } }', {
      slug: draft.slug,
    });
    expect(bySlug.data?.teams).toEqual([]);
    const byId = await cms.graphql<{ team: unknown }>('query($id: ID!) { team(documentId: $id) { name } }', { id: draft.documentId });
    expect(byId.data?.team).toBeNull();

    const inDepartment = await cms.graphql<{ departments: Array<{ teams: Array<{ documentId: string }> }> }>(
      'query($slug: String) { departments(filters: { slug: { eq: $slug } }) { teams(pagination: { limit: 100 }) { documentId } } }',
      { slug: department.slug },
    );
    expect(inDepartment.data?.departments[0].teams.map((team) => team.documentId)).not.toContain(draft.documentId);

    const current = await cms.graphql<{ team: { summary: string } }>('query($id: ID!) { team(documentId: $id) { summary } }', {
      id: published.documentId,
    });
    expect(current.data?.team.summary).toBe(published.summary);

    // 403 from our rule; 400 where Strapi's schema has no such argument (relations inherit the root query's status).
    for (const [query, variables, status] of [
      ['{ teams(status: DRAFT) { name } }', {}, 403],
      ['query($s: PublicationStatus) { teams(status: $s) { name } }', { s: 'DRAFT' }, 403],
      ['query($id: ID!) { team(documentId: $id, status: DRAFT) { name } }', { id: draft.documentId }, 403],
      ['{ departments { teams(status: DRAFT) { name } } }', {}, 400],
    ] as const) {
      const response = await cms.graphql<{ teams?: unknown }>(query, variables);
      refused(response);
      expect({ query, status: response.status }).toEqual({ query, status });
      expect(JSON.stringify(response.data ?? null)).not.toContain('brouillon');
    }
    const explicitlyPublished = await cms.graphql<{ teams: unknown[] }>('{ teams(status: PUBLISHED, pagination: { limit: 100 }) { name } }');
    expect(explicitlyPublished.data?.teams).toHaveLength(21);
  });

  test('refuses mutations', async () => {
    for (const mutation of [
      'mutation { createTeam(data: { name: "Intrusion" }) { documentId } }',
      'mutation { deleteTeam(documentId: "x") { documentId } }',
      'mutation { register(input: { username: "intruder", email: "intruder@example.org", password: "Passw0rd!x" }) { jwt } }',
      'mutation { login(input: { identifier: "intruder@example.org", password: "Passw0rd!x" }) { jwt } }',
    ]) {
      refused(await cms.graphql(mutation));
    }
    expect(await cms.documents(TYPES.team).count({ filters: { name: 'Intrusion' } } as never)).toBe(0);
    expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });

  test('refuses users-permissions data', async () => {
    for (const query of ['{ usersPermissionsUsers { username email } }', '{ usersPermissionsRoles { name } }', '{ me { id } }']) {
      const response = await cms.graphql(query);
      refused(response);
      expect(response.data ? Object.values(response.data).every((value) => value === null) : true).toBe(true);
    }
  });

  test('returns at most 100 items, 25 by default', async () => {
    const total = await cms.documents(TYPES.person).count({ locale: 'fr', status: 'published' });
    for (let index = total; index < 110; index += 1) {
      const person = (await cms.documents(TYPES.person).create({
        locale: 'fr',
        data: { firstName: 'Extra', lastName: `Person ${index}` },
      } as never)) as unknown as Row;
      await cms.documents(TYPES.person).publish({ documentId: person.documentId, locale: 'fr' });
    }
    expect(await cms.documents(TYPES.person).count({ locale: 'fr', status: 'published' })).toBeGreaterThanOrEqual(110);

    const limit = await cms.graphql<{ people: unknown[] }>('{ people(pagination: { limit: 1000 }) { documentId } }');
    expect(limit.data?.people).toHaveLength(100);
    const pageSize = await cms.graphql<{ people: unknown[] }>('{ people(pagination: { page: 1, pageSize: 1000 }) { documentId } }');
    expect(pageSize.data?.people).toHaveLength(100);
    const byDefault = await cms.graphql<{ people: unknown[] }>('{ people { documentId } }');
    expect(byDefault.data?.people).toHaveLength(25);
    const nested = await cms.graphql<{ departments: Array<{ teams: unknown[] }> }>(
      '{ departments { teams(pagination: { limit: 1000 }) { documentId } } }',
    );
    expect(nested.errors).toBeUndefined();
  });

  test('refuses a query deeper than the limit and answers one within it', async () => {
    // Small pages, so that only the depth is at stake (the cost limit refuses 25^6 possible objects on its own).
    const page = '(pagination: { limit: 3 })';
    const within = await cms.graphql(
      `{ teams${page} { leaders${page} { teams${page} { leaders${page} { teams${page} { department { heads${page} { slug } } } } } } } }`,
    );
    expect(within.errors).toBeUndefined();
    const tooDeep = await cms.graphql(
      '{ teams { leaders { teams { leaders { teams { leaders { teams { leaders { teams { slug } } } } } } } } } }',
    );
    refused(tooDeep);
    expect(tooDeep.errors?.[0].message).toMatch(/exceeds maximum operation depth/);
  });

  test("hides a person's email unless they chose to show it, and refuses filtering on it", async () => {
    const people = seedFile<SeedPerson[]>('people.json');
    const hidden = people.find((person) => person.shared.email && !person.shared.showEmail);
    const shown = people.find((person) => person.shared.email && person.shared.showEmail);
    if (!hidden || !shown) throw new Error('the seed needs people with hidden and shown emails');

    const query = 'query($slug: String) { people(filters: { slug: { eq: $slug } }) { slug email showEmail } }';
    const hiddenResponse = await cms.graphql<{ people: Array<{ email: string | null }> }>(query, { slug: hidden.slug });
    expect(hiddenResponse.data?.people).toHaveLength(1);
    expect(hiddenResponse.data?.people[0].email).toBeNull();
    const shownResponse = await cms.graphql<{ people: Array<{ email: string | null }> }>(query, { slug: shown.slug });
    expect(shownResponse.data?.people[0].email).toBe(shown.shared.email);

    const throughRelation = await cms.graphql<{ teams: Array<{ members: Array<{ slug: string; email: string | null }> }> }>(
      '{ teams(pagination: { limit: 100 }) { members(pagination: { limit: 100 }) { slug email } } }',
    );
    const members = (throughRelation.data?.teams ?? []).flatMap((team) => team.members);
    for (const member of members.filter((person) => person.slug === hidden.slug)) expect(member.email).toBeNull();

    for (const [probe, variables] of [
      ['{ people(filters: { email: { startsWith: "a" } }) { slug } }', {}],
      ['query($f: PersonFiltersInput) { people(filters: $f) { slug } }', { f: { email: { eq: hidden.shared.email } } }],
      ['{ teams { members(filters: { email: { contains: "@" } }) { slug } } }', {}],
      ['{ people(sort: "email:asc") { slug } }', {}],
    ] as const) {
      const response = await cms.graphql(probe, variables);
      refused(response);
      expect(JSON.stringify(response.data ?? null)).not.toContain(hidden.slug);
    }
  });

  test('the Public role may only find and findOne the public types', async () => {
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permissions = (await cms.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id } })) as unknown as Array<{ action: string }>;
    expect(permissions.map((permission) => permission.action).sort()).toEqual([...PUBLIC_ACTIONS].sort());
  });
});

describe('REST', () => {
  test('is closed to anonymous callers and open to API tokens', async () => {
    const anonymous = await fetch(`${cms.url}/api/teams`);
    expect(anonymous.status).toBe(403);
    expect(((await anonymous.json()) as { error: { message: string } }).error.message).toMatch(/GraphQL/);

    const token = (await cms.strapi
      .service('admin::api-token')
      .create({ name: 'test reader', type: 'read-only', lifespan: null, description: '' })) as { accessKey: string };
    const withToken = await fetch(`${cms.url}/api/teams?locale=en`, { headers: { authorization: `Bearer ${token.accessKey}` } });
    expect(withToken.status).toBe(200);
    expect(((await withToken.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);

    const drafts = await cms.graphql<{ teams: Array<{ name: string }> }>(
      '{ teams(status: DRAFT, pagination: { limit: 100 }) { name } }',
      {},
      { authorization: `Bearer ${token.accessKey}` },
    );
    expect(drafts.errors).toBeUndefined();
    expect(drafts.data?.teams.map((team) => team.name)).toContain('Équipe encore en brouillon');
  });
});
