import type { UID } from '@strapi/strapi';
import { runSeed } from '../../src/bootstrap/seed';
import { startCms, type TestCms } from '../helpers/cms';
import { seedFile, TYPES } from '../helpers/seed-data';

type Row = Record<string, unknown>;
const LOCALES = ['fr', 'en'] as const;

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => cms?.stop());

/** Every row of every seeded type, plus the media library: what "nothing changed" compares. */
async function databaseSnapshot(): Promise<Record<string, Row[]>> {
  const snapshot: Record<string, Row[]> = {};
  for (const uid of [...Object.values(TYPES), 'plugin::upload.file'] as UID.Schema[]) {
    snapshot[uid] = await cms.strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } });
  }
  return snapshot;
}

describe('the seed', () => {
  test('fills a fresh database on first start with the institute, published in French and English', async () => {
    const expected: Record<string, number> = {
      [TYPES.department]: 4,
      [TYPES.team]: 21,
      [TYPES.platform]: 18,
      [TYPES.person]: seedFile('people.json').length,
      [TYPES.newsCategory]: 2,
      [TYPES.newsArticle]: 12,
      [TYPES.event]: seedFile('events.json').length,
      [TYPES.jobOffer]: seedFile('job-offers.json').length,
      // 53 records in cms/data/publications/ (PubMed, HAL, ORCID, BibTeX) describe 36 works.
      [TYPES.publication]: 36,
    };
    expect(expected[TYPES.person]).toBeGreaterThanOrEqual(75);
    expect(expected[TYPES.person]).toBeLessThanOrEqual(85);
    for (const [uid, count] of Object.entries(expected)) {
      for (const locale of LOCALES) {
        expect({ uid, locale, count: await cms.documents(uid).count({ locale, status: 'published' }) }).toEqual({
          uid,
          locale,
          count,
        });
      }
    }

    const institute = async (locale: string) =>
      (await cms.documents(TYPES.institute).findFirst({
        locale,
        status: 'published',
        populate: { director: true, managementTeam: { populate: ['person', 'responsibilities'] }, affiliations: true, history: true },
      })) as unknown as Row & {
        director: Row;
        managementTeam: Array<{ person: Row; responsibilities: Row[] }>;
        affiliations: Row[];
        history: Row[];
      };
    const fr = await institute('fr');
    const en = await institute('en');
    expect(fr.name).toBe('Centre de Recherche en Cancérologie de Marseille');
    expect(en.name).toBe('Marseille Cancer Research Center');
    for (const version of [fr, en]) {
      expect(version.acronym).toBe('CRCM');
      expect(`${version.director.firstName} ${version.director.lastName}`).toBe('Jean-Paul Borg');
      expect(version.managementTeam.map((member) => member.person.lastName)).toEqual(['Carrier', 'Collette', 'Lachaud', 'Brunel']);
      expect(version.affiliations.map((affiliation) => affiliation.unitCode)).toEqual(
        expect.arrayContaining(['UMR1068', 'UMR7258', 'UM105']),
      );
      expect(version.history.map((event) => event.year)).toEqual(expect.arrayContaining([1972, 2008, 2012, 2022]));
    }
    expect(JSON.stringify(en.presentation)).toContain('continuum of basic-translational-clinical science');

    const platform = (await cms.documents(TYPES.platform).findFirst({
      locale: 'en',
      status: 'published',
      filters: { slug: 'in-vitro-in-vivo-models' },
      populate: ['location', 'services', 'equipment', 'links', 'image', 'coordinators'],
    } as never)) as unknown as Row & { location: Row; services: Row[]; equipment: Row[]; links: Row[]; image: Row; coordinators: Row[] };
    expect(platform.location.campus).toMatch(/Luminy/);
    expect(platform.services.length).toBeGreaterThan(2);
    expect(platform.links.length).toBeGreaterThan(0);
    expect(platform.coordinators.length).toBeGreaterThan(0);
    expect(platform.image.mime).toBe('image/jpeg');
  });

  test('gives every locale the same relations and slugs', async () => {
    const teams = async (locale: string) =>
      (await cms.documents(TYPES.team).findMany({
        locale,
        status: 'published',
        populate: { department: { fields: ['slug'] }, leaders: { fields: ['slug'] }, members: { fields: ['slug'] } },
        sort: 'slug:asc',
        limit: 100,
      })) as unknown as Array<Row & { slug: string; department: Row | null; leaders: Row[]; members: Row[] }>;
    const shape = (list: Awaited<ReturnType<typeof teams>>) =>
      list.map((team) => ({
        slug: team.slug,
        department: team.department?.slug,
        leaders: team.leaders.map((person) => person.slug).sort(),
        members: team.members.map((person) => person.slug).sort(),
      }));
    const fr = shape(await teams('fr'));
    expect(fr).toHaveLength(21);
    expect(shape(await teams('en'))).toEqual(fr);
    for (const team of fr) {
      expect(team.department).toEqual(expect.any(String));
      expect(team.leaders.length).toBeGreaterThan(0);
      expect(team.members).toEqual(expect.arrayContaining(team.leaders));
    }
    const seededTeams = seedFile('teams.json') as Array<{ slug: string; shared: { leaders: string[] } }>;
    for (const team of seededTeams) {
      expect(fr.find((found) => found.slug === team.slug)?.leaders).toEqual([...team.shared.leaders].sort());
    }
  });

  test('imports the publication files merged, with authors linked to people and teams through them, in both locales', async () => {
    type Publication = Row & { slug: string; doi: string | null; pmid: string | null; halId: string | null; authors: Array<{ name: string; person: Row | null }>; teams: Row[] };
    const publications = async (locale: string) =>
      (await cms.documents(TYPES.publication).findMany({
        locale,
        status: 'published',
        populate: { authors: { populate: { person: { fields: ['slug', 'locale'] } } }, teams: { fields: ['slug'] } },
        sort: 'slug:asc',
        limit: 100,
      })) as unknown as Publication[];
    const fr = await publications('fr');
    // One paper is in all four files (DOI written three ways): one publication with every source's identifiers.
    const everywhere = fr.filter((publication) => publication.doi && publication.pmid && publication.halId);
    expect(everywhere.length).toBeGreaterThanOrEqual(4);
    const people = new Set((seedFile('people.json') as Array<{ slug: string }>).map((person) => person.slug));
    for (const publication of fr) {
      const linked = publication.authors.filter((author) => author.person !== null);
      expect({ slug: publication.slug, linked: linked.length > 0, teams: publication.teams.length > 0 }).toEqual({ slug: publication.slug, linked: true, teams: true });
      for (const author of linked) expect(people.has(author.person?.slug as string)).toBe(true);
    }
    const en = await publications('en');
    expect(en.map((publication) => [publication.slug, publication.authors.map((author) => author.person?.slug ?? null)])).toEqual(
      fr.map((publication) => [publication.slug, publication.authors.map((author) => author.person?.slug ?? null)]),
    );
    expect(en.flatMap((publication) => publication.authors.flatMap((author) => (author.person ? [author.person.locale] : [])))).not.toContain('fr');
  });

  test('a second run changes nothing', async () => {
    const before = await databaseSnapshot();
    const merge = await runSeed(cms.strapi, 'merge');
    expect(merge.created).toEqual({});
    expect(merge.missingReferences).toEqual([]);
    const ifEmpty = await runSeed(cms.strapi, 'if-empty');
    expect(ifEmpty.skipped).toBeDefined();
    expect(await databaseSnapshot()).toEqual(before);
  });

  test("keeps an editor's edits and deletions through another run", async () => {
    const team = (await cms.documents(TYPES.team).findFirst({ locale: 'fr', status: 'draft' })) as unknown as Row & { documentId: string };
    await cms.documents(TYPES.team).update({ documentId: team.documentId, locale: 'fr', data: { summary: 'Résumé revu par la rédaction.' } } as never);
    await cms.documents(TYPES.team).publish({ documentId: team.documentId, locale: 'fr' });

    const article = (await cms.documents(TYPES.newsArticle).findFirst({ locale: 'fr' })) as unknown as Row & { documentId: string; slug: string };
    await cms.documents(TYPES.newsArticle).delete({ documentId: article.documentId, locale: '*' });
    const [edited, deleted] = (await cms.documents(TYPES.publication).findMany({ locale: 'fr', sort: 'slug:asc', limit: 2 })) as unknown as Array<Row & { documentId: string; slug: string }>;
    await cms.documents(TYPES.publication).update({ documentId: edited.documentId, locale: 'fr', data: { journal: 'Revue corrigée' } } as never);
    await cms.documents(TYPES.publication).publish({ documentId: edited.documentId, locale: 'fr' });
    await cms.documents(TYPES.publication).delete({ documentId: deleted.documentId, locale: '*' });

    const report = await runSeed(cms.strapi, 'merge');
    expect(report.created).toEqual({});

    for (const status of ['draft', 'published'] as const) {
      const kept = (await cms.documents(TYPES.team).findOne({ documentId: team.documentId, locale: 'fr', status })) as unknown as Row;
      expect(kept.summary).toBe('Résumé revu par la rédaction.');
    }
    expect(await cms.documents(TYPES.newsArticle).count({ filters: { slug: article.slug } } as never)).toBe(0);
    expect(report.publications?.keptEdits).toEqual([{ slug: edited.slug, fields: ['journal'] }]);
    expect(((await cms.documents(TYPES.publication).findOne({ documentId: edited.documentId, locale: 'fr', status: 'published' })) as unknown as Row).journal).toBe('Revue corrigée');
    expect(await cms.documents(TYPES.publication).count({ filters: { slug: deleted.slug } } as never)).toBe(0);
  });

  test('adds, in merge mode, an entry missing from a database it never filled, and leaves taken slugs alone', async () => {
    // A database seeded before a new seed entry existed: forget one entry and one taken slug in the ledger.
    const store = cms.strapi.store({ type: 'app', name: 'institute', key: 'seed-ledger' });
    const ledger = (await store.get({})) as { entries: string[]; media: Record<string, number> };
    const category = seedFile('news-categories.json')[0];
    const person = seedFile('people.json')[0];
    const categoryKey = `${TYPES.newsCategory}:${category.slug}`;
    const personKey = `${TYPES.person}:${person.slug}`;
    const existingCategory = (await cms.documents(TYPES.newsCategory).findFirst({ filters: { slug: category.slug } } as never)) as unknown as Row & {
      documentId: string;
    };
    await cms.documents(TYPES.newsCategory).delete({ documentId: existingCategory.documentId, locale: '*' });
    await store.set({ value: { ...ledger, entries: ledger.entries.filter((key) => key !== categoryKey && key !== personKey) } });
    const personBefore = await cms.strapi.db.query(TYPES.person).findMany({ where: { slug: person.slug } });

    const report = await runSeed(cms.strapi, 'merge');

    expect(report.created).toEqual({ [TYPES.newsCategory]: 1 });
    expect(report.kept).toEqual([personKey]);
    for (const locale of LOCALES) {
      expect(await cms.documents(TYPES.newsCategory).count({ locale, status: 'published', filters: { slug: category.slug } } as never)).toBe(1);
    }
    expect(await cms.strapi.db.query(TYPES.person).findMany({ where: { slug: person.slug } })).toEqual(personBefore);
  });
});
