import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PREVIEW_TOKEN_NAME, ensurePreviewToken } from '../../src/bootstrap/preview-token';
import { todayAtInstitute } from '../../src/document-middlewares/open-job-offers';
import { JOB_OFFER_CLOSINGS_TASK, dayBefore } from '../../src/website/job-offer-closings';
import { startCms, type TestCms } from '../helpers/cms';
import { TYPES } from '../helpers/seed-data';

type Row = Record<string, unknown> & { documentId: string; slug: string };
interface Received {
  headers: IncomingHttpHeaders;
  body: { changes: Array<{ type: string; slugs: string[] }> };
}

/** A stand-in for the website's revalidation route: it records what the CMS sends. */
let website: Server;
let received: Received[] = [];
let cms: TestCms;

const waitFor = async <T>(probe: () => T | undefined, what: string): Promise<T> => {
  for (let tries = 0; tries < 100; tries += 1) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}; received ${JSON.stringify(received.map((entry) => entry.body))}`);
};
const changeFor = (type: string, slug?: string) =>
  waitFor(
    () =>
      received
        .flatMap((entry) => entry.body.changes)
        .find((change) => change.type === type && (slug === undefined || change.slugs.includes(slug))),
    `a ${type} change${slug ? ` for ${slug}` : ''}`,
  );

beforeAll(async () => {
  website = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(body) });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}');
    });
  });
  await new Promise<void>((resolve) => website.listen(0, '127.0.0.1', resolve));
  const port = (website.address() as AddressInfo).port;
  cms = await startCms({
    WEBSITE_URL: 'https://www.example.org',
    WEBSITE_INTERNAL_URL: `http://127.0.0.1:${port}`,
    REVALIDATE_SECRET: 'test-revalidate-secret-123456',
    PREVIEW_SECRET: 'test-preview-secret-123456',
    CMS_PREVIEW_TOKEN: 'test-preview-token-123456',
  });
});
afterAll(async () => {
  await cms?.stop();
  await new Promise((resolve) => website.close(resolve));
});

const documents = (uid: string) => cms.documents(uid);

describe('the CMS tells the website what changed', () => {
  test('not for the seed of the first start, then for each change, with the shared secret', async () => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(received).toEqual([]);

    const team = (await documents(TYPES.team).findFirst({ locale: 'fr' })) as unknown as Row;
    await documents(TYPES.team).update({ documentId: team.documentId, locale: 'fr', data: { summary: 'Nouveau résumé' } } as never);
    await documents(TYPES.team).publish({ documentId: team.documentId, locale: 'fr' });
    const change = await changeFor('team', team.slug);
    expect(change.slugs).toEqual([team.slug]);
    expect(received[0].headers['x-revalidate-secret']).toBe('test-revalidate-secret-123456');
  });

  test('a renamed slug refreshes the old address as well as the new one', async () => {
    const platform = (await documents(TYPES.platform).findFirst({ locale: 'en' })) as unknown as Row;
    received = [];
    await documents(TYPES.platform).update({ documentId: platform.documentId, locale: 'en', data: { slug: 'renamed-platform' } } as never);
    const change = await changeFor('platform', 'renamed-platform');
    expect(change.slugs).toEqual(expect.arrayContaining([platform.slug, 'renamed-platform']));
  });

  test('unpublishing and deleting are sent, and so are media changes', async () => {
    const article = (await documents(TYPES.newsArticle).findFirst({ locale: 'fr', status: 'published' })) as unknown as Row;
    received = [];
    await documents(TYPES.newsArticle).unpublish({ documentId: article.documentId, locale: '*' } as never);
    await changeFor('news-article', article.slug);

    const person = (await documents(TYPES.person).findFirst({ locale: 'fr' })) as unknown as Row;
    received = [];
    await documents(TYPES.person).delete({ documentId: person.documentId, locale: '*' } as never);
    await changeFor('person', person.slug);

    const file = (await cms.strapi.db.query('plugin::upload.file').findOne({})) as { id: number };
    received = [];
    await cms.strapi.db.query('plugin::upload.file').update({ where: { id: file.id }, data: { alternativeText: 'New alt' } });
    await changeFor('media');
  });
});

test('each midnight in Paris, the website hears of the offers that just closed, which no edit announces', async () => {
  const today = todayAtInstitute();
  const offer = async (slug: string, applicationDeadline: string) => {
    const created = (await documents(TYPES.jobOffer).create({
      locale: 'fr',
      data: { title: slug, slug, contractType: 'internship', applicationDeadline },
    } as never)) as unknown as Row;
    await documents(TYPES.jobOffer).publish({ documentId: created.documentId, locale: 'fr' });
  };
  await offer('closed-at-midnight', dayBefore(today));
  await offer('still-open-today', today);
  await changeFor('job-offer', 'still-open-today');
  received = [];

  const spec = (cms.strapi.cron.jobs as Array<{ name: string | null; options: unknown; job: { invoke(): Promise<void>; nextInvocation(): Date | null } }>).find(
    (each) => each.name === JOB_OFFER_CLOSINGS_TASK,
  );
  expect(spec?.options).toEqual({ rule: '0 0 * * *', tz: 'Europe/Paris' });
  const next = spec?.job.nextInvocation() as Date;
  const parisClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(next);
  expect(parisClock).toBe('00:00:00');
  expect(todayAtInstitute(next)).toBe(todayAtInstitute(new Date(Date.now() + 24 * 3600 * 1000)));

  await spec?.job.invoke();
  const change = await changeFor('job-offer', 'closed-at-midnight');
  expect(change.slugs).toEqual(['closed-at-midnight']);
});

describe('previews', () => {
  test('the admin opens the entry’s page on the website through its preview route', async () => {
    const team = (await documents(TYPES.team).findFirst({ locale: 'en' })) as unknown as Row;
    const preview = cms.strapi.plugin('content-manager').service('preview');
    const url = new URL(await preview.getPreviewUrl(TYPES.team, { documentId: team.documentId, locale: 'en', status: 'draft' }));
    expect(url.origin + url.pathname).toBe('https://www.example.org/api/preview');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      secret: 'test-preview-secret-123456',
      path: `/en/teams/${team.slug}`,
      status: 'draft',
    });
    const event = (await documents(TYPES.event).findFirst({ locale: 'fr' })) as unknown as Row;
    const eventUrl = new URL(await preview.getPreviewUrl(TYPES.event, { documentId: event.documentId, locale: 'fr', status: 'draft' }));
    expect(eventUrl.searchParams.get('path')).toBe(`/fr/events/${event.slug}`);
    const institute = new URL(await preview.getPreviewUrl(TYPES.institute, { locale: 'fr', status: 'published' }));
    expect(institute.searchParams.get('path')).toBe('/fr/presentation');
    expect(institute.searchParams.get('status')).toBe('published');
  });

  test('the website reads drafts with CMS_PREVIEW_TOKEN, which follows the variable when it changes', async () => {
    const department = (await documents(TYPES.department).findFirst({ locale: 'fr' })) as unknown as Row;
    await documents(TYPES.team).create({ locale: 'fr', data: { name: 'Équipe en préparation', department: department.documentId } } as never);
    const query = '{ teams(status: DRAFT, filters: { name: { eq: "Équipe en préparation" } }) { name } }';
    const withToken = (token: string) => cms.graphql<{ teams: unknown[] }>(query, {}, { authorization: `Bearer ${token}` });

    expect((await withToken('test-preview-token-123456')).data?.teams).toHaveLength(1);
    expect((await cms.graphql(query)).status).toBe(403);

    process.env.CMS_PREVIEW_TOKEN = 'rotated-preview-token-123456';
    await ensurePreviewToken(cms.strapi);
    expect((await withToken('rotated-preview-token-123456')).data?.teams).toHaveLength(1);
    expect((await withToken('test-preview-token-123456')).status).toBe(401);
    expect(await cms.strapi.db.query('admin::api-token').count({ where: { name: PREVIEW_TOKEN_NAME } })).toBe(1);
  });
});

describe('the admin, as editors find it', () => {
  const actionsOf = async (code: string, subject: string) => {
    const role = (await cms.strapi.db.query('admin::role').findOne({ where: { code }, populate: ['permissions'] })) as {
      permissions: Array<{ action: string; subject: string | null; conditions: string[] }>;
    };
    return role.permissions.filter((permission) => permission.subject === subject);
  };

  test('Editors publish everything; Authors write their own news drafts and only read the rest', async () => {
    const editorTeam = (await actionsOf('strapi-editor', TYPES.team)).map((permission) => permission.action.split('.').pop());
    expect(editorTeam).toEqual(expect.arrayContaining(['create', 'read', 'update', 'delete', 'publish']));

    const authorNews = await actionsOf('strapi-author', TYPES.newsArticle);
    expect(authorNews.map((permission) => permission.action.split('.').pop()).sort()).toEqual(['create', 'delete', 'read', 'update']);
    for (const permission of authorNews) expect(permission.conditions).toEqual(['admin::is-creator']);
    expect((await actionsOf('strapi-author', TYPES.team)).map((permission) => permission.action.split('.').pop())).toEqual(['read']);
    for (const type of [TYPES.publication, TYPES.event, TYPES.jobOffer]) {
      const editor = (await actionsOf('strapi-editor', type)).map((permission) => permission.action.split('.').pop());
      expect({ type, editor }).toEqual({ type, editor: expect.arrayContaining(['create', 'read', 'update', 'delete', 'publish']) });
      const author = (await actionsOf('strapi-author', type)).map((permission) => permission.action.split('.').pop());
      expect({ type, author }).toEqual({ type, author: ['read'] });
    }
  });

  test('lists show useful columns sorted sensibly, fields say what they are for, people are named in full', async () => {
    const contentTypes = cms.strapi.plugin('content-manager').service('content-types');
    const config = async (uid: string) => contentTypes.findConfiguration(contentTypes.findContentType(uid));
    const team = await config(TYPES.team);
    expect(team.layouts.list).toEqual(['name', 'department', 'leaders', 'updatedAt']);
    expect(team.settings).toMatchObject({ mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' });
    expect(team.metadatas.summary.edit.description).toMatch(/team card/);
    const news = await config(TYPES.newsArticle);
    expect(news.settings).toMatchObject({ defaultSortBy: 'date', defaultSortOrder: 'DESC' });
    expect((await config(TYPES.person)).settings.mainField).toBe('fullName');
    const jobOffers = await config(TYPES.jobOffer);
    expect(jobOffers.layouts.list).toEqual(['title', 'contractType', 'team', 'applicationDeadline', 'updatedAt']);
    expect(jobOffers.settings).toMatchObject({ mainField: 'title', defaultSortBy: 'applicationDeadline', defaultSortOrder: 'DESC' });
    expect((await config(TYPES.event)).settings).toMatchObject({ defaultSortBy: 'start', defaultSortOrder: 'DESC' });
    expect((await config(TYPES.publication)).settings).toMatchObject({ mainField: 'title', defaultSortBy: 'year', defaultSortOrder: 'DESC' });

    const person = (await documents(TYPES.person).create({ locale: 'fr', data: { firstName: 'Zoé', lastName: 'Exemple' } } as never)) as unknown as Row;
    expect(person.fullName).toBe('Zoé Exemple');
    const renamed = (await documents(TYPES.person).update({ documentId: person.documentId, locale: 'fr', data: { lastName: 'Autre' } } as never)) as unknown as Row;
    expect(renamed.fullName).toBe('Zoé Autre');
  });
});
