import { todayAtInstitute } from '../../src/document-middlewares/open-job-offers';
import { PUBLIC_ACTIONS } from '../../src/bootstrap/public-permissions';
import { startCms, type TestCms } from '../helpers/cms';
import { seedFile, TYPES } from '../helpers/seed-data';

/** Publications, events and job offers: what the public reads of them, and what editors may not get wrong. */
type Row = Record<string, unknown> & { documentId: string; slug: string };
interface SeedJobOffer {
  slug: string;
  shared: { applicationDeadline: string };
}

let cms: TestCms;
/** What the seed's publication files hold (cms/data/publications/): 36 works. */
const SEEDED_PUBLICATIONS = 36;
const LOCALES = ['fr', 'en'] as const;

// The document service's params are typed per content-type UID; these tests are generic over our types.
const create = async (uid: string, locale: string, data: Record<string, unknown>) =>
  (await cms.documents(uid).create({ locale, data } as never)) as unknown as Row;
const update = async (uid: string, documentId: string, locale: string, data: Record<string, unknown>) =>
  (await cms.documents(uid).update({ documentId, locale, data } as never)) as unknown as Row;
const publish = (uid: string, documentId: string) => cms.documents(uid).publish({ documentId, locale: '*' } as never);
const bySlug = async (uid: string, slug: string) =>
  (await cms.documents(uid).findFirst({ locale: 'fr', filters: { slug } } as never)) as unknown as Row;

/** A day before or after today at the institute, yyyy-mm-dd. */
const dayFromToday = (days: number): string => {
  const [year, month, day] = todayAtInstitute().split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => cms?.stop());

test('the Public role may read the three types, and only read them', () => {
  for (const type of ['publication', 'event', 'job-offer']) {
    expect(PUBLIC_ACTIONS).toEqual(expect.arrayContaining([`api::${type}.${type}.find`, `api::${type}.${type}.findOne`]));
  }
  expect(PUBLIC_ACTIONS.filter((action) => /publication|event|job-offer/.test(action))).toHaveLength(6);
});

describe('events', () => {
  test('anonymous GraphQL reads the published events in both locales, never drafts', async () => {
    const seeded = seedFile('events.json');
    const draft = await create(TYPES.event, 'fr', { title: 'Séminaire en préparation', type: 'seminar', start: '2027-05-06T09:00:00.000Z' });
    const query = `query Events($locale: I18NLocaleCode) {
      events(locale: $locale, sort: "start:asc", pagination: { limit: 100 }) {
        slug title type speaker speakerAffiliation start end location abstract registrationUrl organisingTeams { slug }
      }
    }`;
    const titles: Record<string, string[]> = {};
    for (const locale of LOCALES) {
      const response = await cms.graphql<{ events: Array<Row & { title: string; type: string; start: string; organisingTeams: Row[] }> }>(
        query,
        { locale },
      );
      expect(response.errors).toBeUndefined();
      const events = response.data?.events ?? [];
      expect(events.map((event) => event.slug).sort()).toEqual(seeded.map((event) => event.slug).sort());
      expect(events.map((event) => event.slug)).not.toContain(draft.slug);
      const defence = events.find((event) => event.slug === 'thesis-defence-lea-fontanel');
      expect(defence).toMatchObject({ type: 'thesis_defence', start: '2027-03-04T13:00:00.000Z', speaker: 'Léa Fontanel' });
      expect(defence?.organisingTeams.map((team) => team.slug)).toEqual(['leukemia-stem-cells-and-niche']);
      titles[locale] = events.map((event) => event.title);
    }
    expect(titles.fr).not.toEqual(titles.en);

    const upcoming = await cms.graphql<{ events: Row[] }>(
      'query($now: DateTime) { events(filters: { start: { gte: $now } }, sort: "start:asc") { slug } }',
      { now: '2026-11-29T00:00:00.000Z' },
    );
    expect(upcoming.data?.events[0].slug).toBe('replication-stress-a-double-edged-sword');
  });

  test('an event ending before it starts is refused, on creation and when one date changes', async () => {
    await expect(
      create(TYPES.event, 'fr', { title: 'Séminaire à l’envers', start: '2027-05-06T10:00:00.000Z', end: '2027-05-06T09:00:00.000Z' }),
    ).rejects.toThrow('The event cannot end (2027-05-06T09:00:00.000Z) before it starts (2027-05-06T10:00:00.000Z).');

    const event = await create(TYPES.event, 'fr', { title: 'Séminaire bien daté', start: '2027-05-06T10:00:00.000Z', end: '2027-05-06T11:00:00.000Z' });
    await expect(update(TYPES.event, event.documentId, 'fr', { end: '2027-05-05T11:00:00.000Z' })).rejects.toThrow(/cannot end .* before it starts/);
    await expect(update(TYPES.event, event.documentId, 'en', { title: 'Well-dated seminar', start: '2027-05-07T10:00:00.000Z' })).rejects.toThrow(
      /cannot end .* before it starts/,
    );
    const sameStartAndEnd = await update(TYPES.event, event.documentId, 'fr', { end: '2027-05-06T10:00:00.000Z' });
    expect(sameStartAndEnd.end).toBe('2027-05-06T10:00:00.000Z');
    expect((await update(TYPES.event, event.documentId, 'fr', { end: null })).end).toBeNull();
  });
});

describe('job offers', () => {
  const listQuery = `query Offers($locale: I18NLocaleCode) {
    jobOffers(locale: $locale, sort: "applicationDeadline:asc", pagination: { limit: 100 }) { slug title contractType applicationDeadline team { slug } platform { slug } }
    jobOffers_connection(locale: $locale) { pageInfo { total } }
  }`;
  type Offers = { jobOffers: Array<Row & { applicationDeadline: string }>; jobOffers_connection: { pageInfo: { total: number } } };

  test('anonymous GraphQL reads the open offers in both locales; those past their deadline are gone, for the public only', async () => {
    const seeded = seedFile<SeedJobOffer[]>('job-offers.json');
    const today = todayAtInstitute();
    // The seed's open offers close during 2027: which are public depends on the day the test runs.
    const open = seeded.filter((offer) => offer.shared.applicationDeadline >= today).map((offer) => offer.slug);
    expect(open).not.toContain('flow-cytometry-technician-2026');

    for (const locale of LOCALES) {
      const response = await cms.graphql<Offers>(listQuery, { locale });
      expect(response.errors).toBeUndefined();
      expect(response.data?.jobOffers.map((offer) => offer.slug).sort()).toEqual([...open].sort());
      expect(response.data?.jobOffers_connection.pageInfo.total).toBe(open.length);
    }

    const expiredOffer = await bySlug(TYPES.jobOffer, 'flow-cytometry-technician-2026');
    const filtered = await cms.graphql<{ jobOffers: Row[] }>('query($slug: String) { jobOffers(filters: { slug: { eq: $slug } }) { slug } }', {
      slug: expiredOffer.slug,
    });
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data?.jobOffers).toEqual([]);
    const byId = await cms.graphql<{ jobOffer: Row | null }>('query($id: ID!) { jobOffer(documentId: $id) { slug } }', { id: expiredOffer.documentId });
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.jobOffer).toBeNull();
    const orFilter = await cms.graphql<{ jobOffers: Row[] }>(
      '{ jobOffers(filters: { or: [{ applicationDeadline: { lt: "2026-12-01" } }, { slug: { eq: "flow-cytometry-technician-2026" } }] }) { slug } }',
    );
    expect(orFilter.data?.jobOffers).toEqual([]);

    // REST is closed to anonymous callers altogether.
    for (const path of ['/api/job-offers', `/api/job-offers?filters[slug][$eq]=${expiredOffer.slug}`, `/api/job-offers/${expiredOffer.documentId}`]) {
      expect({ path, status: (await fetch(`${cms.url}${path}`)).status }).toEqual({ path, status: 403 });
    }

    // Editors (the admin's document service) and API tokens still find it.
    for (const locale of LOCALES) {
      expect(await cms.documents(TYPES.jobOffer).count({ locale, status: 'published', filters: { slug: expiredOffer.slug } } as never)).toBe(1);
    }
    const token = (await cms.strapi
      .service('admin::api-token')
      .create({ name: 'job offers reader', type: 'read-only', lifespan: null, description: '' })) as { accessKey: string };
    const withToken = await fetch(`${cms.url}/api/job-offers?filters[slug][$eq]=${expiredOffer.slug}`, {
      headers: { authorization: `Bearer ${token.accessKey}` },
    });
    expect(((await withToken.json()) as { data: Row[] }).data.map((offer) => offer.slug)).toEqual([expiredOffer.slug]);
  });

  test('an offer stays public through its deadline day (Paris time) and leaves the day after', async () => {
    const team = await bySlug(TYPES.team, 'dna-repair-and-replication-stress');
    const offer = (deadline: string, title: string) =>
      create(TYPES.jobOffer, 'fr', { title, contractType: 'internship', applicationDeadline: deadline, team: team.documentId });
    const lastDay = await offer(dayFromToday(0), 'Stage dont c’est le dernier jour');
    const closed = await offer(dayFromToday(-1), 'Stage clos hier');
    for (const created of [lastDay, closed]) {
      await update(TYPES.jobOffer, created.documentId, 'en', { title: `English ${created.slug}` });
      await publish(TYPES.jobOffer, created.documentId);
    }
    for (const locale of LOCALES) {
      const offers = (await cms.graphql<Offers>(listQuery, { locale })).data?.jobOffers ?? [];
      expect(offers.find((each) => each.slug === lastDay.slug)).toMatchObject({
        contractType: 'internship',
        team: { slug: 'dna-repair-and-replication-stress' },
        platform: null,
      });
      expect(offers.map((each) => each.slug)).not.toContain(closed.slug);
    }
  });

  test('today at the institute is the day in Paris, not in UTC', () => {
    expect(todayAtInstitute(new Date('2027-01-31T22:59:59Z'))).toBe('2027-01-31');
    expect(todayAtInstitute(new Date('2027-01-31T23:00:00Z'))).toBe('2027-02-01');
    expect(todayAtInstitute(new Date('2027-06-30T21:59:59Z'))).toBe('2027-06-30');
    expect(todayAtInstitute(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01');
  });
});

describe('publications', () => {
  let publicationId: string;

  beforeAll(async () => {
    const claire = await bySlug(TYPES.person, 'claire-vasseur');
    const lea = await bySlug(TYPES.person, 'lea-fontanel');
    const team = await bySlug(TYPES.team, 'leukemia-stem-cells-and-niche');
    const platform = await bySlug(TYPES.platform, 'single-cell-transcriptomics');
    const publication = await create(TYPES.publication, 'fr', {
      title: 'Bone marrow hypoxia shields leukemia stem cells from chemotherapy',
      authors: [
        { name: 'Léa Fontanel', person: lea.documentId },
        { name: 'Jane Outsider' },
        { name: 'Claire Vasseur', person: claire.documentId },
      ],
      journal: 'Blood',
      year: 2026,
      type: 'article',
      doi: 'https://doi.org/10.5555/Blood.2026.ABC-123',
      pmid: 'PMID: 91000001',
      halId: 'https://hal.science/hal-04123456v2',
      openAccess: true,
      teams: [team.documentId],
      platforms: [platform.documentId],
    });
    publicationId = publication.documentId;
    // The English version starts from the French one: every field of a publication is shared.
    await update(TYPES.publication, publicationId, 'en', {});
    await publish(TYPES.publication, publicationId);
    await create(TYPES.publication, 'fr', {
      title: 'A draft nobody should see',
      authors: [{ name: 'Léa Fontanel', person: lea.documentId }],
      year: 2026,
      teams: [team.documentId],
    });
  });

  test('identifiers are stored normalised and the slug is short: first author, year, first words', async () => {
    for (const locale of LOCALES) {
      const stored = (await cms.documents(TYPES.publication).findOne({
        documentId: publicationId,
        locale,
        populate: { authors: { populate: { person: { fields: ['slug'] } } }, teams: { fields: ['slug'] } },
      } as never)) as unknown as Row & { authors: Array<{ name: string; person: Row | null }>; teams: Row[] };
      expect(stored).toMatchObject({
        slug: 'fontanel-2026-bone-marrow-hypoxia-shields',
        doi: '10.5555/blood.2026.abc-123',
        pmid: '91000001',
        halId: 'hal-04123456',
        title: 'Bone marrow hypoxia shields leukemia stem cells from chemotherapy',
      });
      expect(stored.authors.map((author) => [author.name, author.person?.slug ?? null])).toEqual([
        ['Léa Fontanel', 'lea-fontanel'],
        ['Jane Outsider', null],
        ['Claire Vasseur', 'claire-vasseur'],
      ]);
      expect(stored.teams.map((team) => team.slug)).toEqual(['leukemia-stem-cells-and-niche']);
    }
  });

  test('wrong identifiers and implausible years are refused, saying what was expected', async () => {
    const base = { title: 'Checked identifiers', year: 2024 };
    await expect(create(TYPES.publication, 'fr', { ...base, doi: '10.12/short-prefix' })).rejects.toThrow(/"10.12\/short-prefix" is not a valid doi: expected 10\./);
    await expect(create(TYPES.publication, 'fr', { ...base, pmid: '12a45' })).rejects.toThrow(/"12a45" is not a valid pmid/);
    await expect(create(TYPES.publication, 'fr', { ...base, halId: 'not a hal id' })).rejects.toThrow(/not a valid halId/);
    await expect(create(TYPES.publication, 'fr', { ...base, year: 1850 })).rejects.toThrow(/1850 is not a plausible publication year/);
    await expect(create(TYPES.publication, 'fr', { ...base, year: new Date().getUTCFullYear() + 2 })).rejects.toThrow(/plausible/);
    const blank = await create(TYPES.publication, 'fr', { ...base, doi: '', pmid: '' });
    expect(blank).toMatchObject({ doi: null, pmid: null, slug: '2024-checked-identifiers' });
  });

  test('anonymous GraphQL reads published publications in both locales, never drafts', async () => {
    for (const locale of LOCALES) {
      const response = await cms.graphql<{ publications: Array<Row & { title: string; type: string; authors: Array<{ name: string }> }> }>(
        `query($locale: I18NLocaleCode) {
          publications(locale: $locale, sort: "year:desc", pagination: { limit: 100 }) { slug title type year doi openAccess authors { name person { slug } } teams { slug } platforms { slug } }
        }`,
        { locale },
      );
      expect(response.errors).toBeUndefined();
      const publications = response.data?.publications ?? [];
      // The seed's publications, and this test's published one; never the drafts.
      expect(publications).toHaveLength(SEEDED_PUBLICATIONS + 1);
      expect(publications.map((publication) => publication.title)).not.toContain('A draft nobody should see');
      expect(publications.filter((publication) => publication.slug.startsWith('fontanel-2026-bone'))).toEqual([
        expect.objectContaining({
          slug: 'fontanel-2026-bone-marrow-hypoxia-shields',
          type: 'article',
          year: 2026,
          openAccess: true,
          authors: [
            { name: 'Léa Fontanel', person: { slug: 'lea-fontanel' } },
            { name: 'Jane Outsider', person: null },
            { name: 'Claire Vasseur', person: { slug: 'claire-vasseur' } },
          ],
          teams: [{ slug: 'leukemia-stem-cells-and-niche' }],
          platforms: [{ slug: 'single-cell-transcriptomics' }],
        }),
      ]);
    }
  });

  test('a team and a platform list their publications', async () => {
    const response = await cms.graphql<{ teams: Array<{ publications: Row[] }>; platforms: Array<{ publications: Row[] }> }>(`{
      teams(filters: { slug: { eq: "leukemia-stem-cells-and-niche" } }) { publications(sort: "year:desc", pagination: { limit: 100 }) { slug } }
      platforms(filters: { slug: { eq: "single-cell-transcriptomics" } }) { publications { slug } }
    }`);
    expect(response.errors).toBeUndefined();
    // The team has seeded publications too (through its members); the seed links no platform.
    const teamSlugs = (response.data?.teams[0].publications ?? []).map((publication) => publication.slug);
    expect(teamSlugs).toContain('fontanel-2026-bone-marrow-hypoxia-shields');
    expect(teamSlugs.filter((slug) => slug.includes('draft-nobody'))).toEqual([]);
    expect(response.data?.platforms[0].publications).toEqual([{ slug: 'fontanel-2026-bone-marrow-hypoxia-shields' }]);
  });

  test("a person's publications are found through the authors linked to them", async () => {
    const query = `query($person: String, $locale: I18NLocaleCode) {
      publications(locale: $locale, filters: { authors: { person: { slug: { eq: $person } } } }, sort: "year:desc", pagination: { limit: 100 }) { slug }
    }`;
    for (const locale of LOCALES) {
      for (const person of ['lea-fontanel', 'claire-vasseur']) {
        const response = await cms.graphql<{ publications: Row[] }>(query, { person, locale });
        expect(response.errors).toBeUndefined();
        const slugs = (response.data?.publications ?? []).map((publication) => publication.slug);
        expect({ person, locale, has: slugs.includes('fontanel-2026-bone-marrow-hypoxia-shields') }).toEqual({ person, locale, has: true });
        expect(slugs.filter((slug) => slug.includes('draft-nobody'))).toEqual([]);
      }
      const nobody = await cms.graphql<{ publications: Row[] }>(query, { person: 'jean-paul-borg', locale });
      expect(nobody.data?.publications).toEqual([]);
    }
  });
});
