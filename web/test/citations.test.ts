import { citationKey, protectCapitals, toBibtex, type BibtexCitation } from '@/lib/citations/bibtex';
import { splitName } from '@/lib/citations/names';
import { toRis } from '@/lib/citations/ris';
import { PUBLICATION_TYPES, type Author } from '@/lib/cms/reshape/publication';
import { parseBibtex } from './support/parse-bibtex';

/** The citation writers' output, read back by an independent parser (BibTeX) or line by line (RIS). */
const author = (name: string, person?: { firstName: string; lastName: string }): Author => ({
  name,
  person: person ? { slug: 'linked', honorific: null, ...person } : null,
});

const article: BibtexCitation = {
  slug: 'fontanel-2026-bone-marrow',
  title: 'Bone marrow hypoxia & DNA repair: 50% of CD34+ cells in Marseille cost $3 #1 a_b {x} ~y^2 \\z',
  authors: [
    author('Léa Fontanel', { firstName: 'Léa', lastName: 'Fontanel' }),
    author('Jan van der Berg'),
    author('Müller JP'),
    author('Núñez, José'),
    author('Ludwig von Mises'),
  ],
  moreAuthors: false,
  journal: 'Blood & Cancer',
  year: 2026,
  date: '2026-03-14',
  type: 'article',
  doi: '10.1182/blood_2026.123',
  pmid: '91000001',
  halId: 'hal-04123456',
  url: null,
  openAccess: true,
  abstract: 'Hypoxia protects\nstem cells (p < 0.05).',
};

describe('BibTeX', () => {
  test('an article read back: type, key, authors as family and given names, escaped specials, accents as UTF-8', () => {
    const { entries, errors } = parseBibtex(toBibtex([article]));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry.type).toBe('article');
    expect(entry.key).toBe('fontanel2026bone');
    expect(entry.fields.title).toBe(article.title);
    expect(entry.fields.journal).toBe('Blood & Cancer');
    expect(entry.fields.year).toBe('2026');
    expect(entry.fields.month).toBe('3');
    expect(entry.fields.doi).toBe('10.1182/blood_2026.123');
    expect(entry.fields.pmid).toBe('91000001');
    expect(entry.fields.abstract).toBe('Hypoxia protects stem cells (p < 0.05).');
    expect(entry.fields.author).toEqual([
      { lastName: 'Fontanel', firstName: 'Léa' },
      { lastName: 'Berg', prefix: 'van der', firstName: 'Jan' },
      { lastName: 'Müller', firstName: 'JP' },
      { lastName: 'Núñez', firstName: 'José' },
      { lastName: 'Mises', prefix: 'von', firstName: 'Ludwig' },
    ]);
  });

  test('the raw text keeps accents as UTF-8, escapes LaTeX specials and braces the capitals of the title', () => {
    const text = toBibtex([article]);
    expect(text).toContain('author = {Fontanel, Léa and van der Berg, Jan and Müller, JP and Núñez, José and von Mises, Ludwig}');
    expect(text).toContain(
      'title = {{Bone} marrow hypoxia \\& {DNA} repair: 50\\% of {CD34+} cells in {Marseille} cost \\$3 \\#1 a\\_b \\{x\\} \\textasciitilde{}y\\textasciicircum{}2 \\textbackslash{}z}',
    );
    expect(protectCapitals('Étude du gène TP53 à Marseille')).toBe('{Étude} du gène {TP53} à {Marseille}');
  });

  test('each publication type has its entry type and puts its container where that type expects it', () => {
    const expected: Record<string, [string, string]> = {
      article: ['article', 'journal'],
      review: ['article', 'journal'],
      preprint: ['misc', 'howpublished'],
      'book-chapter': ['incollection', 'booktitle'],
      book: ['book', 'publisher'],
      'conference-paper': ['inproceedings', 'booktitle'],
      thesis: ['phdthesis', 'school'],
      other: ['misc', 'howpublished'],
    };
    const { entries, errors } = parseBibtex(toBibtex(PUBLICATION_TYPES.map((type) => ({ ...article, type, journal: `Container of ${type}` }))));
    expect(errors).toEqual([]);
    expect(entries.map((entry) => [entry.type, Object.keys(entry.fields).find((field) => String(entry.fields[field]) === `Container of ${PUBLICATION_TYPES[entries.indexOf(entry)]}`)])).toEqual(
      PUBLICATION_TYPES.map((type) => expected[type]),
    );
    // Keys stay unique in one file.
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(PUBLICATION_TYPES.length);
    expect(entries.map((entry) => entry.key).slice(0, 3)).toEqual(['fontanel2026bone', 'fontanel2026bonea', 'fontanel2026boneb']);
  });

  test('a list cut at the source ends with "others"; a title-only entry needs no author; keys are ASCII', () => {
    const { entries } = parseBibtex(
      toBibtex([
        { ...article, moreAuthors: true, authors: [author('Éloïse Ñandú')] },
        { ...article, authors: [], title: 'L’étude des cellules', doi: null, pmid: null, halId: null, date: null, abstract: null, journal: null },
      ]),
    );
    expect(entries[0].key).toBe('nandu2026bone');
    expect(entries[0].fields.author).toEqual([{ lastName: 'Ñandú', firstName: 'Éloïse' }, { lastName: 'others' }]);
    expect(entries[1].key).toBe('anon2026etude');
    expect(entries[1].fields.author).toBeUndefined();
    expect(entries[1].fields.title).toBe('L’étude des cellules');
    expect(citationKey({ ...article, title: 'The ΔNp63 story' })).toBe('fontanel2026np63');
  });
});

describe('author names', () => {
  test.each([
    ['Jan van der Berg', 'van der Berg', 'Jan'],
    ['van der Berg J', 'van der Berg', 'J'],
    ['Fontanel L', 'Fontanel', 'L'],
    ['Kim Y-J', 'Kim', 'Y-J'],
    ['Borg J.-P.', 'Borg', 'J.-P.'],
    ['Jean Li', 'Li', 'Jean'],
    ['Jean-Paul Borg', 'Borg', 'Jean-Paul'],
    ['Borg, Jean-Paul', 'Borg', 'Jean-Paul'],
    ['Maria de la Cruz', 'de la Cruz', 'Maria'],
    ['Consortium', 'Consortium', ''],
  ])('%s -> family %s, given %s', (name, family, given) => {
    expect(splitName(author(name))).toEqual({ family, given });
  });

  test('a linked person’s own names win over the written name', () => {
    expect(splitName(author('Vasseur C', { firstName: 'Claire', lastName: 'Vasseur de Lattre' }))).toEqual({ family: 'Vasseur de Lattre', given: 'Claire' });
  });
});

describe('RIS', () => {
  const text = toRis([article, { ...article, type: 'book-chapter', authors: [author('Solo A')], abstract: null, doi: null, pmid: null, halId: null, date: null }]);
  const records = text.split('\r\n\r\n');

  test('every line is "XX  - value" and ends with CRLF; each record starts with TY and ends with ER', () => {
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(records).toHaveLength(2);
    for (const record of records) {
      const lines = record.replace(/\r\n$/, '').split('\r\n');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
      expect(lines[0]).toMatch(/^TY {2}- /);
      expect(lines[lines.length - 1]).toBe('ER  - ');
    }
  });

  test('an article: JOUR, one AU per author in order, title, journal, year, date, identifiers, abstract on one line', () => {
    const lines = records[0].split('\r\n');
    expect(lines.filter((line) => line.startsWith('AU'))).toEqual([
      'AU  - Fontanel, Léa',
      'AU  - van der Berg, Jan',
      'AU  - Müller, JP',
      'AU  - Núñez, José',
      'AU  - von Mises, Ludwig',
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'TY  - JOUR',
        `TI  - ${article.title}`,
        'T2  - Blood & Cancer',
        'JO  - Blood & Cancer',
        'PY  - 2026',
        'DA  - 2026/03/14',
        'DO  - 10.1182/blood_2026.123',
        'AN  - PMID:91000001',
        'UR  - https://doi.org/10.1182/blood_2026.123',
        'UR  - https://hal.science/hal-04123456',
        'AB  - Hypoxia protects stem cells (p < 0.05).',
      ]),
    );
  });

  test('a chapter is CHAP, with no journal tag and nothing for the fields it lacks', () => {
    expect(records[1].split('\r\n').filter(Boolean)).toEqual([
      'TY  - CHAP',
      'AU  - Solo, A',
      `TI  - ${article.title}`,
      'T2  - Blood & Cancer',
      'PY  - 2026',
      'ER  - ',
    ]);
  });

  test.each([
    ['review', 'JOUR'],
    ['preprint', 'UNPB'],
    ['book', 'BOOK'],
    ['conference-paper', 'CONF'],
    ['thesis', 'THES'],
    ['other', 'GEN'],
  ] as const)('a %s is %s', (type, ty) => {
    expect(toRis([{ ...article, type }]).split('\r\n')[0]).toBe(`TY  - ${ty}`);
  });
});
