import { startCms, type TestCms } from '../helpers/cms';
import { TYPES } from '../helpers/seed-data';

type Row = Record<string, unknown> & { documentId: string; slug?: string };

let cms: TestCms;
// The document service's params are typed per content-type UID; these tests are generic over our types.
const create = async (uid: string, locale: string, data: Record<string, unknown>) =>
  (await cms.documents(uid).create({ locale, data } as never)) as unknown as Row;
const update = async (uid: string, documentId: string, locale: string, data: Record<string, unknown>) =>
  (await cms.documents(uid).update({ documentId, locale, data } as never)) as unknown as Row;
/** The slugs a relation points at, in their editorial order (the first leader is the principal investigator). */
const orderedSlugsOf = async (uid: string, documentId: string, locale: string, relation: string) => {
  const found = (await cms.documents(uid).findOne({
    documentId,
    locale,
    populate: { [relation]: { fields: ['slug'] } },
  } as never)) as unknown as Record<string, Row | Row[] | null>;
  const value = found[relation];
  return (Array.isArray(value) ? value : value ? [value] : []).map((entry) => entry.slug);
};
const slugsOf = async (...args: Parameters<typeof orderedSlugsOf>) => (await orderedSlugsOf(...args)).sort();

beforeAll(async () => {
  cms = await startCms({ SEED_ON_START: 'skip' });
});
afterAll(async () => cms?.stop());

describe('what editors get when they edit', () => {
  test('slugs come from names, stay unique, and are shared by every locale', async () => {
    const person = await create(TYPES.person, 'fr', { firstName: 'Éloïse', lastName: "D'Artagnan-Lœw" });
    expect(person.slug).toBe('eloise-d-artagnan-loew');
    const homonym = await create(TYPES.person, 'fr', { firstName: 'Eloise', lastName: "D'Artagnan Loew" });
    expect(homonym.slug).toBe('eloise-d-artagnan-loew-2');

    const team = await create(TYPES.team, 'fr', { name: 'Génomique fonctionnelle' });
    expect(team.slug).toBe('genomique-fonctionnelle');
    const english = await update(TYPES.team, team.documentId, 'en', { name: 'Functional genomics', slug: 'functional-genomics' });
    expect(english.slug).toBe('genomique-fonctionnelle');

    await update(TYPES.team, team.documentId, 'en', { slug: 'functional-genomics' });
    const french = (await cms.documents(TYPES.team).findOne({ documentId: team.documentId, locale: 'fr' })) as unknown as Row;
    expect(french.slug).toBe('functional-genomics');

    const other = await create(TYPES.team, 'en', { name: 'Another team' });
    await expect(update(TYPES.team, other.documentId, 'en', { slug: 'functional-genomics' })).rejects.toThrow(/already used/);
  });

  test('relations are shared by every locale', async () => {
    const alice = await create(TYPES.person, 'fr', { firstName: 'Alice', lastName: 'Exemple' });
    const bruno = await create(TYPES.person, 'fr', { firstName: 'Bruno', lastName: 'Exemple' });
    for (const person of [alice, bruno]) await update(TYPES.person, person.documentId, 'en', { position: 'Researcher' });
    const department = await create(TYPES.department, 'fr', { name: 'Département test' });
    await update(TYPES.department, department.documentId, 'en', { name: 'Test department' });

    const team = await create(TYPES.team, 'fr', {
      name: 'Équipe partagée',
      department: department.documentId,
      leaders: [alice.documentId],
      members: [alice.documentId, bruno.documentId],
    });
    // A new locale starts with the document's relations.
    await update(TYPES.team, team.documentId, 'en', { name: 'Shared team' });
    expect(await slugsOf(TYPES.team, team.documentId, 'en', 'leaders')).toEqual(['alice-exemple']);
    expect(await slugsOf(TYPES.team, team.documentId, 'en', 'members')).toEqual(['alice-exemple', 'bruno-exemple']);
    expect(await slugsOf(TYPES.team, team.documentId, 'en', 'department')).toEqual(['departement-test']);

    // A change in one locale reaches the others; relations left out of the change stay as they were.
    await update(TYPES.team, team.documentId, 'en', { leaders: [bruno.documentId] });
    expect(await slugsOf(TYPES.team, team.documentId, 'fr', 'leaders')).toEqual(['bruno-exemple']);
    expect(await slugsOf(TYPES.team, team.documentId, 'fr', 'members')).toEqual(['alice-exemple', 'bruno-exemple']);

    // In the same order (the first leader is the principal investigator).
    await update(TYPES.team, team.documentId, 'fr', { leaders: [bruno.documentId, alice.documentId] });
    expect(await orderedSlugsOf(TYPES.team, team.documentId, 'en', 'leaders')).toEqual(['bruno-exemple', 'alice-exemple']);
    await update(TYPES.team, team.documentId, 'en', { leaders: [alice.documentId, bruno.documentId] });
    expect(await orderedSlugsOf(TYPES.team, team.documentId, 'fr', 'leaders')).toEqual(['alice-exemple', 'bruno-exemple']);
    await update(TYPES.team, team.documentId, 'en', { leaders: [bruno.documentId] });

    // From the other side of the relation too.
    await update(TYPES.person, alice.documentId, 'fr', { teams: [] });
    expect(await slugsOf(TYPES.team, team.documentId, 'en', 'members')).toEqual(['bruno-exemple']);
  });

  test('shared fields (names, emails, ORCID) follow the document; texts stay per locale', async () => {
    const person = await create(TYPES.person, 'fr', {
      firstName: 'Chloé',
      lastName: 'Exemple',
      position: 'Chercheuse',
      email: 'chloe.exemple@example.org',
    });
    await update(TYPES.person, person.documentId, 'en', { position: 'Researcher' });
    await update(TYPES.person, person.documentId, 'fr', { email: 'chloe@example.org' });
    const english = (await cms.documents(TYPES.person).findOne({ documentId: person.documentId, locale: 'en' })) as unknown as Row;
    expect(english).toMatchObject({ email: 'chloe@example.org', firstName: 'Chloé', position: 'Researcher' });
  });

  test('an ORCID iD must have the right check digit', async () => {
    const person = await create(TYPES.person, 'fr', { firstName: 'Orcid', lastName: 'Test', orcid: '0000-0002-1825-0097' });
    expect(person.orcid).toBe('0000-0002-1825-0097');
    await expect(update(TYPES.person, person.documentId, 'fr', { orcid: '0000-0002-1825-0098' })).rejects.toThrow(/not a valid ORCID/);
    await expect(update(TYPES.person, person.documentId, 'fr', { orcid: 'orcid.org/0000' })).rejects.toThrow();
  });
});
