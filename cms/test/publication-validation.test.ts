import { normalizePublicationIdentifiers, publicationSlugBase } from '../src/validation/publication';

const today = new Date('2026-11-29T12:00:00Z');

describe('a publication’s identifiers', () => {
  test('are normalised to the forms the importer compares', () => {
    const data = { doi: ' https://doi.org/10.1016/J.CELL.2020.01.001 ', pmid: 'PMID: 31452104', halId: 'HAL-03187421v2', year: 2027 };
    expect(normalizePublicationIdentifiers(data, today)).toEqual([]);
    expect(data).toEqual({ doi: '10.1016/j.cell.2020.01.001', pmid: '31452104', halId: 'hal-03187421', year: 2027 });
  });

  test('left blank are stored as null, left out are not touched', () => {
    const data: Record<string, unknown> = { doi: '', pmid: null };
    expect(normalizePublicationIdentifiers(data, today)).toEqual([]);
    expect(data).toEqual({ doi: null, pmid: null });
  });

  test('that are wrong are each named with the form expected', () => {
    const problems = normalizePublicationIdentifiers({ doi: 'doi.org/11.1000/x', pmid: '0123', halId: 'hal03187421', year: 2028 }, today);
    expect(problems).toEqual([
      expect.stringMatching(/^"doi.org\/11.1000\/x" is not a valid doi: expected 10\./),
      expect.stringMatching(/^"0123" is not a valid pmid/),
      expect.stringMatching(/^"hal03187421" is not a valid halId/),
      '2028 is not a plausible publication year: expected 1900 to 2027.',
    ]);
    expect(normalizePublicationIdentifiers({ year: 1899 }, today)).toHaveLength(1);
    expect(normalizePublicationIdentifiers({ year: 1900 }, today)).toEqual([]);
  });
});

describe('a publication’s slug', () => {
  test('is the first author’s family name, the year and the first words of the title', () => {
    const authors = [{ name: 'Jean-Paul Borg' }, { name: 'Alice Carrier' }];
    expect(publicationSlugBase({ title: 'Scribble: a <i>polarity</i> protein in cancer', year: 2021, authors })).toBe(
      'borg-2021-scribble-a-polarity-protein',
    );
    expect(publicationSlugBase({ title: 'Œstrogènes et cancer du sein', year: 2019, authors: [{ name: 'Le Goff, Yannick' }] })).toBe(
      'le-goff-2019-oestrogenes-et-cancer-du',
    );
    expect(publicationSlugBase({ title: 'No authors yet', year: 2024 })).toBe('2024-no-authors-yet');
    expect(publicationSlugBase({ year: 2024, authors })).toBeNull();
  });
});
