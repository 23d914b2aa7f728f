import { groupByWork, isSameWork, mergeRecords } from '../src/publications/merge';
import { PeopleIndex } from '../src/publications/people-matching';
import { authorFromName, makeAuthor, type ParsedPublication } from '../src/publications/record';

/** The importer's pure parts: when two records are one work, how they merge, which person an author is. */
const record = (overrides: Partial<ParsedPublication>): ParsedPublication => ({
  source: 'bibtex',
  location: 'line 1',
  title: 'A study',
  authors: [],
  journal: null,
  year: 2022,
  date: null,
  type: 'article',
  doi: null,
  pmid: null,
  halId: null,
  abstract: null,
  url: null,
  openAccess: null,
  ...overrides,
});

describe('isSameWork', () => {
  test('two DOIs decide, whatever the titles say', () => {
    expect(isSameWork(record({ doi: '10.5555/a', title: 'One' }), record({ doi: '10.5555/a', title: 'Other' }))).toBe(true);
    // A preprint and its journal version: same title and year, two DOIs, two works.
    expect(isSameWork(record({ doi: '10.1101/2022.01.01', title: 'Same' }), record({ doi: '10.5555/b', title: 'Same' }))).toBe(false);
  });

  test('then PubMed ids, then HAL ids, then the normalised title in the same year', () => {
    expect(isSameWork(record({ pmid: '90000001', title: 'X' }), record({ doi: '10.5555/a', pmid: '90000001', title: 'Y' }))).toBe(true);
    expect(isSameWork(record({ pmid: '90000001' }), record({ pmid: '90000002' }))).toBe(false);
    expect(isSameWork(record({ halId: 'hal-01234567', title: 'X' }), record({ halId: 'hal-01234567', title: 'Y' }))).toBe(true);
    expect(isSameWork(record({ title: "Immunoth{\\'e}rapie: {\\'E}tat des Lieux" }), record({ title: 'Immunothérapie : état des lieux' }))).toBe(true);
    expect(isSameWork(record({ title: 'Same', year: 2021 }), record({ title: 'Same', year: 2022 }))).toBe(false);
  });
});

describe('merging the records of one work', () => {
  test('the curated source wins each field, the others fill the gaps, a specific type beats the default', () => {
    const merged = mergeRecords([
      record({ source: 'orcid', title: 'Short title', doi: '10.5555/a', type: 'review', location: 'orcid.json record 1' }),
      record({ source: 'hal', title: 'Full title', halId: 'hal-01234567', openAccess: true, journal: 'HAL journal', location: 'hal.json record 2' }),
      record({ source: 'pubmed', title: 'Full title.', pmid: '90000001', journal: 'Cancer Research', abstract: 'Text', location: 'pubmed.xml line 4' }),
    ]);
    expect(merged).toEqual(
      expect.objectContaining({
        title: 'Full title.',
        journal: 'Cancer Research',
        doi: '10.5555/a',
        pmid: '90000001',
        halId: 'hal-01234567',
        abstract: 'Text',
        type: 'review',
        openAccess: true,
        origins: ['orcid.json record 1', 'hal.json record 2', 'pubmed.xml line 4'],
      }),
    );
  });

  test("the best source's author list, with the ORCID iDs another source knows", () => {
    const merged = mergeRecords([
      record({ source: 'pubmed', authors: [makeAuthor({ given: 'M-H', family: 'Durand' }), makeAuthor({ given: 'Paul', family: 'Roux' })] }),
      record({ source: 'orcid', authors: [authorFromName('Marie-Hélène Durand', '0000-0002-4817-3563')] }),
    ]);
    expect(merged.authors.map((author) => [author.family, author.orcid])).toEqual([
      ['Durand', '0000-0002-4817-3563'],
      ['Roux', null],
    ]);
  });

  test('groups chain through shared identifiers', () => {
    const works = groupByWork([
      record({ source: 'pubmed', pmid: '90000001', title: 'PubMed title' }),
      record({ source: 'hal', pmid: '90000001', doi: '10.5555/a', title: 'HAL title' }),
      record({ source: 'bibtex', doi: '10.5555/A'.toLowerCase(), title: 'BibTeX title' }),
      record({ source: 'bibtex', doi: '10.5555/other', title: 'Another work' }),
    ]);
    expect(works.map((work) => work.origins.length)).toEqual([3, 1]);
  });
});

describe('linking authors to people', () => {
  const index = new PeopleIndex([
    { documentId: 'jp', firstName: 'Jean-Paul', lastName: 'Borg', orcid: null },
    { documentId: 'eg', firstName: 'Émilie', lastName: 'Le Goff', orcid: '0000-0002-1825-0097' },
    { documentId: 'n1', firstName: 'Noëlle', lastName: 'Ferrandi', orcid: null },
    { documentId: 'n2', firstName: 'Nicolas', lastName: 'Ferrandi', orcid: null },
  ]);

  test('by ORCID iD first, whatever the name', () => {
    expect(index.match(authorFromName('E. Goff-Le', '0000-0002-1825-0097'))).toEqual({ documentId: 'eg', by: 'orcid' });
  });

  test('by family name and initials, accents and case aside', () => {
    expect(index.match(makeAuthor({ given: 'JP', family: 'BORG' }))).toEqual({ documentId: 'jp', by: 'name' });
    expect(index.match(makeAuthor({ given: 'J.', family: 'Borg' }))).toEqual({ documentId: 'jp', by: 'name' });
    expect(index.match(authorFromName('Emilie Le Goff'))).toEqual({ documentId: 'eg', by: 'name' });
    expect(index.match(makeAuthor({ given: 'Pierre', family: 'Borg' }))).toEqual({ documentId: null, reason: 'unknown' });
  });

  test('never guesses between two people, nor takes someone with another ORCID iD', () => {
    expect(index.match(makeAuthor({ given: 'N', family: 'Ferrandi' }))).toEqual({ documentId: null, reason: 'ambiguous' });
    expect(index.match(makeAuthor({ given: 'Nathalie', family: 'Ferrandi' }))).toEqual({ documentId: null, reason: 'ambiguous' });
    expect(index.match(makeAuthor({ given: 'Noelle', family: 'Ferrandi' }))).toEqual({ documentId: 'n1', by: 'name' });
    expect(index.match(makeAuthor({ given: 'Émilie', family: 'Le Goff', orcid: '0000-0001-5109-3700' }))).toEqual({ documentId: null, reason: 'unknown' });
  });
});
