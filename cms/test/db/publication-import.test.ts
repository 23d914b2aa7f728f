import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importPublications, type PublicationImportReport } from '../../src/publications/import';
import { describeImportReport } from '../../src/publications/import-report';
import { startCms, type TestCms } from '../helpers/cms';
import { TYPES } from '../helpers/seed-data';

/** The publication importer against a real database: merging, linking, idempotence, editors' edits, bad files. */
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'publications');
const fixture = (name: string) => path.join(FIXTURES, name);
const GOOD_FILES = ['pubmed.xml', 'hal.json', 'orcid-works.json', 'orcid-bulk.json', 'publications.bib'].map(fixture);
const PUBLICATION = 'api::publication.publication';
const BRCA1_DOI = '10.5555/crcm.2021.0142';

type Row = Record<string, unknown> & { documentId: string; slug: string };
let cms: TestCms;
let first: PublicationImportReport;
const people: Record<string, Row> = {};
let team: Row;

// The document service's params are typed per content-type UID; these tests are generic over our types.
const createPublished = async (uid: string, data: Record<string, Record<string, unknown>>): Promise<Row> => {
  const created = (await cms.documents(uid).create({ locale: 'fr', data: data.fr } as never)) as unknown as Row;
  await cms.documents(uid).update({ documentId: created.documentId, locale: 'en', data: data.en } as never);
  await cms.documents(uid).publish({ documentId: created.documentId, locale: '*' } as never);
  return created;
};
const person = (slug: string, firstName: string, lastName: string, orcid: string | null = null) =>
  createPublished(TYPES.person, {
    fr: { slug, firstName, lastName, orcid, position: 'Chercheuse' },
    en: { slug, firstName, lastName, orcid, position: 'Researcher' },
  });
const storedByDoi = async (doi: string, locale = 'fr') =>
  (await cms.documents(PUBLICATION).findFirst({
    locale,
    filters: { doi },
    populate: { authors: { populate: ['person'] }, teams: true },
  } as never)) as unknown as Row & { authors: Array<{ name: string; person: Row | null }>; teams: Row[] };
const countPublications = async () => cms.strapi.db.query(PUBLICATION).count({ where: { locale: 'fr', publishedAt: { $notNull: true } } });

beforeAll(async () => {
  cms = await startCms();
  people.durand = await person('test-durand-lefevre', 'Marie-Hélène', 'Durand-Lefèvre', '0000-0002-4817-3563');
  people.castellano = await person('test-castellano', 'Jérôme', 'Castellano');
  people.noelle = await person('test-noelle-ferrandi', 'Noëlle', 'Ferrandi');
  people.nicolas = await person('test-nicolas-ferrandi', 'Nicolas', 'Ferrandi');
  people.fabrice = await person('test-fabrice-nguyen', 'Fabrice', 'Nguyen');
  people.florence = await person('test-florence-nguyen', 'Florence', 'Nguyen');
  team = await createPublished(TYPES.team, {
    fr: { slug: 'test-import-team', name: 'Équipe test', members: [people.durand.documentId, people.castellano.documentId] },
    en: { slug: 'test-import-team', name: 'Test team' },
  });
  first = await importPublications(cms.strapi, GOOD_FILES);
});
afterAll(async () => cms?.stop());

test('imports each work once, merged across the four sources, in both locales and published', async () => {
  expect(first.files.map((file) => [path.basename(file.file), file.error])).toEqual(GOOD_FILES.map((file) => [path.basename(file), null]));
  // 24 records in the fixtures describe 11 works; 7 of them were read from several records.
  expect(first.added).toHaveLength(11);
  expect(first.merged).toHaveLength(7);
  const brca1 = first.merged.find((work) => work.title.startsWith('Loss of BRCA1'));
  expect(brca1?.origins).toHaveLength(5);

  for (const locale of ['fr', 'en']) {
    const response = await cms.graphql<{ publications: Array<{ doi: string | null; pmid: string | null; halId: string | null; journal: string | null }> }>(
      `query ($locale: I18NLocaleCode) { publications(locale: $locale, filters: { doi: { eq: "${BRCA1_DOI}" } }) { doi pmid halId journal } }`,
      { locale },
    );
    // One publication, with what PubMed (PMID, journal) and HAL (HAL id) each knew.
    expect(response.data?.publications).toEqual([{ doi: BRCA1_DOI, pmid: '91000001', halId: 'hal-03187421', journal: expect.any(String) }]);
  }
});

test('keeps a preprint and a work of another DOI apart, and merges a title written differently in the same year', async () => {
  const titles = ((await cms.documents(PUBLICATION).findMany({ locale: 'fr', fields: ['title', 'year'], limit: 1000 } as never)) as unknown as Row[])
    .map((row) => row.title as string);
  expect(titles.filter((title) => /Immunoth.rapie des cancers du pancr.as/i.test(title))).toHaveLength(1);
  expect(titles.filter((title) => /Spatial transcriptomics of the bone-marrow niche/i.test(title))).toHaveLength(1);
});

test('links authors by ORCID, then by an unambiguous name, in each locale, and the teams of the linked authors', async () => {
  const fr = await storedByDoi(BRCA1_DOI, 'fr');
  const en = await storedByDoi(BRCA1_DOI, 'en');
  const linked = (row: typeof fr) => row.authors.map((author) => [author.name, author.person?.slug ?? null]);
  expect(linked(fr).slice(0, 2)).toEqual([
    ['Marie-Hélène Durand-Lefèvre', 'test-durand-lefevre'],
    ['Jérôme Castellano', 'test-castellano'],
  ]);
  expect(fr.teams.map((row) => row.slug)).toEqual(['test-import-team']);
  // The English version points at the English rows of the same people (their English position shows).
  expect(en.authors[0].person).toEqual(expect.objectContaining({ slug: 'test-durand-lefevre', position: 'Researcher', locale: 'en' }));
  expect(fr.authors[0].person).toEqual(expect.objectContaining({ position: 'Chercheuse', locale: 'fr' }));
  expect(en.teams.map((row) => row.slug)).toEqual([team.slug]);

  // Two people are N. Ferrandi, but only one is Noëlle; two are F. Nguyen and neither is François: reported, not guessed.
  const review = await storedByDoi('10.5555/crcm.2019.0311');
  const personOf = (name: string) => review.authors.find((author) => author.name === name)?.person?.slug ?? null;
  expect([personOf('Noëlle Ferrandi'), personOf('François Nguyen')]).toEqual(['test-noelle-ferrandi', null]);
  expect(first.unmatchedAuthors).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'François Nguyen', reason: 'ambiguous' })]));
  expect(describeImportReport(first)).toMatch(/François Nguyen \(several people match\)/);
});

test('a second run with the same files changes nothing', async () => {
  const before = await countPublications();
  const again = await importPublications(cms.strapi, GOOD_FILES);
  expect({ added: again.added, updated: again.updated, unchanged: again.unchanged }).toEqual({ added: [], updated: [], unchanged: 11 });
  expect(await countPublications()).toBe(before);
});

test("never overwrites an editor's edit nor brings back what an editor deleted, yet refreshes what the importer wrote", async () => {
  const brca1 = await storedByDoi(BRCA1_DOI);
  await cms.documents(PUBLICATION).update({ documentId: brca1.documentId, locale: 'fr', data: { title: 'Titre corrigé par la rédaction' } } as never);
  await cms.documents(PUBLICATION).publish({ documentId: brca1.documentId, locale: 'fr' } as never);
  const review = await storedByDoi('10.5555/crcm.2019.0311');
  await cms.documents(PUBLICATION).delete({ documentId: review.documentId, locale: '*' } as never);

  // PubMed corrected an abstract the importer had written and nobody edited.
  const directory = mkdtempSync(path.join(tmpdir(), 'publications-'));
  const pubmed = path.join(directory, 'pubmed.xml');
  const corrected = 'Clonal haematopoiesis was found in 31% of 218 patients (corrected).';
  writeFileSync(pubmed, readFileSync(fixture('pubmed.xml'), 'utf8').replace(/Clonal haematopoiesis was found in 30% of 218 patients[^<]*/, corrected));

  const report = await importPublications(cms.strapi, [pubmed, ...GOOD_FILES.slice(1)]);
  expect(report.added).toEqual([]);
  expect(report.keptEdits).toEqual([expect.objectContaining({ slug: brca1.slug, fields: ['title'] })]);
  expect(report.skipped).toEqual([expect.objectContaining({ reason: expect.stringMatching(/deleted by an editor/) })]);
  expect(report.updated).toEqual([expect.objectContaining({ fields: ['abstract'] })]);

  expect((await storedByDoi(BRCA1_DOI)).title).toBe('Titre corrigé par la rédaction');
  expect(await storedByDoi('10.5555/crcm.2019.0311')).toBeNull();
  for (const locale of ['fr', 'en']) {
    const published = (await cms.documents(PUBLICATION).findFirst({ locale, status: 'published', filters: { pmid: '91000004' } } as never)) as unknown as Row;
    expect(published.abstract).toBe(corrected);
  }
});

test("updates but does not publish a draft holding an editor's unpublished changes", async () => {
  const stored = await storedByDoi('10.5555/crcm.2020.0077');
  const documents = cms.documents(PUBLICATION);
  // An editor is rewording the URL, not published yet; meanwhile PubMed changes the journal the importer wrote.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await documents.update({ documentId: stored.documentId, locale: 'fr', data: { url: 'https://example.org/draft-in-progress' } } as never);
  const directory = mkdtempSync(path.join(tmpdir(), 'publications-'));
  const pubmed = path.join(directory, 'pubmed.xml');
  const journal = (stored.journal as string) ?? '';
  writeFileSync(pubmed, readFileSync(fixture('pubmed.xml'), 'utf8').split(`<Title>${journal}</Title>`).join('<Title>Renamed Journal</Title>'));

  const report = await importPublications(cms.strapi, [pubmed]);
  // (The abstract goes back to the fixture's too: the previous test imported a corrected one.)
  expect(report.updated).toEqual(expect.arrayContaining([expect.objectContaining({ slug: stored.slug, fields: expect.arrayContaining(['journal']) })]));
  expect(report.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ what: `publishing "${stored.slug}" in fr` })]));
  const draft = (await documents.findOne({ documentId: stored.documentId, locale: 'fr', status: 'draft' } as never)) as unknown as Row;
  const published = (await documents.findOne({ documentId: stored.documentId, locale: 'fr', status: 'published' } as never)) as unknown as Row;
  expect([draft.journal, draft.url]).toEqual(['Renamed Journal', 'https://example.org/draft-in-progress']);
  expect(published.journal).toBe(journal);
  // The URL is shared by both languages, so the English draft holds the editor's change too: left unpublished as well.
  expect(report.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ what: `publishing "${stored.slug}" in en` })]));
  const english = (await documents.findOne({ documentId: stored.documentId, locale: 'en', status: 'published' } as never)) as unknown as Row;
  expect(english.journal).toBe(journal);
});

test('a bad or truncated file is reported with its place and nothing of it is imported; the other files are', async () => {
  const before = await countPublications();
  const truncated = fixture('broken/truncated.xml');
  const report = await importPublications(cms.strapi, [truncated, fixture('broken/unclosed.bib'), fixture('pubmed.xml')]);
  expect(report.files.map((file) => [path.basename(file.file), file.error === null])).toEqual([
    ['truncated.xml', false],
    ['unclosed.bib', false],
    ['pubmed.xml', true],
  ]);
  expect(report.files[0].error).toContain(truncated);
  expect(report.files[0].error).toMatch(/line \d+/);
  expect(report.added).toEqual([]);
  expect(await countPublications()).toBe(before);
  expect(describeImportReport(report)).toMatch(/ERROR .*truncated\.xml.*Nothing was imported from this file\./);
});
