import { join } from 'node:path';
import { PublicationFileError } from '../src/publications/file-error';
import {
  isoDate,
  monthNumber,
  normalizeDoi,
  normalizeHalId,
  normalizeOrcid,
  normalizePmid,
  normalizeTitle,
  splitName,
  type ParsedFile,
} from '../src/publications/record';
import { latexToText } from '../src/publications/sources/bibtex';
import { parsePublicationFile, parsePublicationText } from '../src/publications/sources';

const fixture = (name: string): string => join(__dirname, 'fixtures', 'publications', name);

async function fileError(name: string): Promise<PublicationFileError> {
  return expectFileError(parsePublicationFile(fixture(name)));
}

async function expectFileError(parsing: Promise<ParsedFile> | (() => ParsedFile)): Promise<PublicationFileError> {
  try {
    await (typeof parsing === 'function' ? parsing() : parsing);
  } catch (error) {
    expect(error).toBeInstanceOf(PublicationFileError);
    return error as PublicationFileError;
  }
  throw new Error('expected a PublicationFileError');
}

describe('normalisation helpers', () => {
  test('normalizeDoi strips resolvers and prefixes, lowercases, and refuses what is not a DOI', () => {
    expect(normalizeDoi('https://doi.org/10.5555/CRCM.2021.0142')).toBe('10.5555/crcm.2021.0142');
    expect(normalizeDoi('http://dx.doi.org/10.5555/crcm.2021.0142')).toBe('10.5555/crcm.2021.0142');
    expect(normalizeDoi('doi: 10.5555/CRCM.2021.0142 ')).toBe('10.5555/crcm.2021.0142');
    expect(normalizeDoi('doi.org/10.5555/x(2021)<01>')).toBe('10.5555/x(2021)<01>');
    expect(normalizeDoi('https://doi.org/10.5555/a%2Fb')).toBe('10.5555/a/b');
    for (const notADoi of [
      '',
      '10.5555/',
      '10.55/short-registrant',
      'https://example.org/10.5555/x',
      'PMC9100001',
      '10.5555/a b',
    ]) {
      expect(normalizeDoi(notADoi)).toBeNull();
    }
    expect(normalizeDoi(null)).toBeNull();
  });

  test('normalizeOrcid accepts URLs, bare and unhyphenated iDs, and checks the ISO 7064 11,2 digit', () => {
    expect(normalizeOrcid('https://orcid.org/0000-0002-4817-3563')).toBe('0000-0002-4817-3563');
    expect(normalizeOrcid('http://www.orcid.org/0000-0002-4817-3563/')).toBe('0000-0002-4817-3563');
    expect(normalizeOrcid('0000000291856431')).toBe('0000-0002-9185-6431');
    expect(normalizeOrcid(' 0000-0002-6114-402x ')).toBe('0000-0002-6114-402X');
    expect(normalizeOrcid('0000-0002-9185-6430')).toBeNull();
    expect(normalizeOrcid('0000-0002-6114-4020')).toBeNull();
    expect(normalizeOrcid('0000-0002-4817-356')).toBeNull();
    expect(normalizeOrcid('0000-00024-817-3563')).toBeNull();
    expect(normalizeOrcid('https://example.org/0000-0002-4817-3563')).toBeNull();
  });

  test('normalizeTitle ignores markup, LaTeX, accents, case and punctuation', () => {
    expect(normalizeTitle('Loss of <i>BRCA1</i> expression: a <b>new</b> target.')).toBe(
      'loss of brca1 expression a new target',
    );
    expect(normalizeTitle("Immunoth{\\'e}rapie des Cancers du Pancr\\'eas: {\\'E}tat des Lieux")).toBe(
      normalizeTitle('Immunothérapie des cancers du pancréas : état des lieux'),
    );
    expect(normalizeTitle('CD8<sup>+</sup> T-cells &amp; IFN-γ')).toBe('cd8 t cells ifn γ');
    expect(normalizeTitle('Œsophage, Straße  et   Ølstykke')).toBe('oesophage strasse et olstykke');
    expect(normalizeTitle('p < 0.05')).toBe('p 0 05');
  });

  test('identifiers, names, months and dates', () => {
    expect(normalizePmid('PMID: 91000001')).toBe('91000001');
    expect(normalizePmid(91000002)).toBe('91000002');
    expect(normalizePmid('PMC9100001')).toBeNull();
    expect(normalizeHalId('https://hal.science/hal-03187421v2')).toBe('hal-03187421');
    expect(normalizeHalId('TEL-02987654')).toBe('tel-02987654');
    expect(normalizeHalId('not-an-id')).toBeNull();
    expect(splitName('Castellano, Jérôme')).toEqual({ given: 'Jérôme', family: 'Castellano' });
    expect(splitName('Élise de Saint-Exupéry')).toEqual({ given: 'Élise', family: 'de Saint-Exupéry' });
    expect(splitName('Durand-Lefèvre MH')).toEqual({ given: 'MH', family: 'Durand-Lefèvre' });
    expect(splitName('Consortium')).toEqual({ given: null, family: 'Consortium' });
    expect([
      monthNumber('Mar'),
      monthNumber('september'),
      monthNumber('Sept.'),
      monthNumber('03'),
      monthNumber('13'),
    ]).toEqual([3, 9, 9, 3, null]);
    expect(monthNumber('Nov-Dec')).toBeNull();
    expect(isoDate(2024, 2, '29')).toBe('2024-02-29');
    expect(isoDate(2023, 2, '29')).toBeNull();
    expect(isoDate(2021, 3, null)).toBeNull();
  });

  test('LaTeX values become Unicode text', () => {
    expect(latexToText("{\\'e}\\'{e}\\'e {\\\"o}\\c{c}\\c c{\\ss}{\\\"\\i}\\^{\\i}")).toBe('ééé öççßïî');
    expect(latexToText('R\\&D 12--13 a---b x~y \\textit{in vivo} {{Nested} braces} $\\beta$-catenin $^{2+}$')).toBe(
      'R&D 12–13 a—b x y in vivo Nested braces β-catenin 2+',
    );
    expect(latexToText('Leuk{\\ae}mia \\unknowncommand{kept} 50\\% \\emph{Ca}$_2$')).toBe('Leukæmia kept 50% Ca2');
  });
});

describe('PubMed XML', () => {
  let parsed: ParsedFile;
  beforeAll(async () => {
    parsed = await parsePublicationFile(fixture('pubmed.xml'));
  });

  test('reads every article and book chapter in file order', () => {
    expect(parsed.format).toBe('pubmed');
    expect(parsed.records.map((record) => [record.location, record.pmid, record.type])).toEqual([
      ['line 4', '91000001', 'article'],
      ['line 91', '91000002', 'review'],
      ['line 141', '91000005', 'book-chapter'],
      ['line 180', '91000003', 'preprint'],
      ['line 222', '91000004', 'article'],
    ]);
  });

  test('an article with markup, a structured abstract, ORCIDs, a collective author and a PMC id', () => {
    expect(parsed.records[0]).toEqual({
      source: 'pubmed',
      location: 'line 4',
      title: 'Loss of BRCA1 expression sensitises pancreatic ductal adenocarcinoma organoids to PARP inhibition',
      authors: [
        {
          name: 'Marie-Hélène Durand-Lefèvre',
          given: 'Marie-Hélène',
          family: 'Durand-Lefèvre',
          orcid: '0000-0002-4817-3563',
        },
        { name: 'Jérôme Castellano', given: 'Jérôme', family: 'Castellano', orcid: null },
        { name: 'Ségolène Bréchet', given: 'Ségolène', family: 'Bréchet', orcid: '0000-0002-6114-402X' },
        { name: 'CRCM Pancreas Organoid Consortium', given: null, family: null, orcid: null },
      ],
      journal: 'Cancer research',
      year: 2021,
      date: '2021-03-15',
      type: 'article',
      doi: '10.5555/crcm.2021.0142',
      pmid: '91000001',
      halId: null,
      abstract: [
        'BACKGROUND: Pancreatic ductal adenocarcinoma (PDAC) responds poorly to chemotherapy; a subset of tumours lacks BRCA1 expression without carrying a germline mutation.',
        'METHODS: We derived 42 organoid lines from patients treated in Marseille and measured their response to olaparib & talazoparib.',
        'RESULTS: Organoids with low BRCA1 expression were 6-fold more sensitive (p < 0.001).',
        'CONCLUSIONS: BRCA1 expression, not only mutation status, should guide PARP inhibitor trials in PDAC.',
      ].join('\n\n'),
      url: 'https://pubmed.ncbi.nlm.nih.gov/91000001/',
      openAccess: true,
    });
  });

  test('a review dated by MedlineDate, a preprint with inline markup, a book chapter and a withdrawn author name', () => {
    const [, review, chapter, preprint, lastArticle] = parsed.records;
    expect(review).toMatchObject({
      year: 2019,
      date: null,
      type: 'review',
      openAccess: null,
      journal: 'Seminars in cancer biology',
    });
    expect(review.authors.map((author) => author.name)).toEqual([
      'François Nguyen',
      'Noëlle Ferrandi',
      'Jérôme Castellano',
    ]);
    expect(preprint).toMatchObject({
      title: 'CD8+ T cells restrain KRASG12D-driven lung tumours through IFN-γ',
      date: '2022-05-07',
      doi: '10.5555/crcm.2022.0508',
      openAccess: true,
      abstract: null,
    });
    expect(preprint.authors).toEqual([
      { name: 'Benoît Mazières', given: 'Benoît', family: 'Mazières', orcid: '0000-0002-9185-6431' },
      { name: 'Thomas Le Goff', given: 'Thomas', family: 'Le Goff', orcid: null },
    ]);
    expect(chapter).toMatchObject({
      title: 'Growing patient-derived organoids from pancreatic tumours',
      journal: 'Methods in Cancer Biology',
      year: 2020,
      doi: '10.5555/crcm.book.2020.07',
    });
    // The book's editor (Céline Aubert) is not an author of the chapter.
    expect(chapter.authors.map((author) => author.name)).toEqual(['Loïc Giraud', 'Marie-Hélène Durand-Lefèvre']);
    expect(lastArticle).toMatchObject({
      title: 'Clonal haematopoiesis & outcome after autologous transplantation for lymphoma',
      doi: '10.5555/crcm.2020.0077',
      year: 2020,
      date: null,
    });
    expect(lastArticle.authors.map((author) => author.name)).toEqual(['Anaïs Ollivier', 'Céline Aubert']);
  });
});

describe('HAL search API JSON', () => {
  let parsed: ParsedFile;
  beforeAll(async () => {
    parsed = await parsePublicationFile(fixture('hal.json'));
  });

  test('an article: ORCIDs stay unattached when HAL lists them for only some authors', () => {
    expect(parsed.format).toBe('hal');
    expect(parsed.records[0]).toEqual({
      source: 'hal',
      location: 'record 1 (docs[0])',
      title: 'Loss of BRCA1 expression sensitises pancreatic ductal adenocarcinoma organoids to PARP inhibition',
      authors: [
        { name: 'Marie-Hélène Durand-Lefèvre', given: 'Marie-Hélène', family: 'Durand-Lefèvre', orcid: null },
        { name: 'Jérôme Castellano', given: 'Jérôme', family: 'Castellano', orcid: null },
        { name: 'Ségolène Bréchet', given: 'Ségolène', family: 'Bréchet', orcid: null },
        { name: 'Thomas Le Goff', given: 'Thomas', family: 'Le Goff', orcid: null },
      ],
      journal: 'Cancer Research',
      year: 2021,
      date: '2021-03-15',
      type: 'article',
      doi: '10.5555/crcm.2021.0142',
      pmid: '91000001',
      halId: 'hal-03187421',
      abstract:
        'Pancreatic ductal adenocarcinoma (PDAC) responds poorly to chemotherapy. We derived 42 organoid lines from patients treated in Marseille and measured their response to PARP inhibitors.',
      url: 'https://hal.science/hal-03187421',
      openAccess: true,
    });
  });

  test('document types, partial dates, an aligned ORCID and names without first/last name fields', () => {
    const [, communication, thesis, preprint, chapter] = parsed.records;
    expect(parsed.records.map((record) => record.type)).toEqual([
      'article',
      'conference-paper',
      'thesis',
      'preprint',
      'book-chapter',
    ]);
    expect(communication).toMatchObject({
      year: 2022,
      date: null,
      journal: 'Journées du Cancéropôle PACA',
      openAccess: false,
      doi: null,
    });
    expect(thesis).toMatchObject({
      title: 'Rôle des macrophages associés aux tumeurs dans la résistance du cancer du sein triple négatif',
      halId: 'tel-02987654',
      year: 2020,
      date: null,
    });
    expect(thesis.authors).toEqual([
      { name: 'Anaïs Ollivier', given: 'Anaïs', family: 'Ollivier', orcid: '0000-0003-0964-2256' },
    ]);
    expect(preprint.authors[2]).toEqual({
      name: 'Marie-Hélène Durand-Lefèvre',
      given: 'Marie-Hélène',
      family: 'Durand-Lefèvre',
      orcid: null,
    });
    expect(preprint.date).toBe('2023-01-09');
    expect(chapter).toMatchObject({ journal: 'Oncologie digestive : du laboratoire au patient', year: 2021 });
  });
});

describe('ORCID works JSON', () => {
  test('a /works summary list: the preferred summary of each group, no authors, the owner from the path', async () => {
    const parsed = await parsePublicationFile(fixture('orcid-works.json'));
    expect(parsed.owner).toEqual({ orcid: '0000-0002-4817-3563' });
    expect(parsed.records.map((record) => [record.location, record.type, record.year, record.date])).toEqual([
      ['record 1 (group[0].work-summary[1])', 'article', 2021, null],
      ['record 2 (group[1].work-summary[0])', 'review', 2019, null],
      ['record 3 (group[2].work-summary[0])', 'preprint', 2023, '2023-01-09'],
      ['record 4 (group[3].work-summary[0])', 'thesis', 2012, null],
      ['record 5 (group[4].work-summary[0])', 'other', 2022, '2022-10-31'],
    ]);
    expect(parsed.records[0]).toEqual({
      source: 'orcid',
      location: 'record 1 (group[0].work-summary[1])',
      title: 'Loss of BRCA1 expression sensitises PDAC organoids to PARP inhibition',
      authors: [],
      journal: 'Cancer Research',
      year: 2021,
      date: null,
      type: 'article',
      doi: '10.5555/crcm.2021.0142',
      pmid: '91000001',
      halId: null,
      abstract: null,
      url: null,
      openAccess: true,
    });
    // Its only DOI is the journal's ("part-of"), not the review's.
    expect(parsed.records[1]).toMatchObject({ doi: null, pmid: '91000002' });
  });

  test('a bulk response: contributors in order, authors only, ORCIDs checked', async () => {
    const parsed = await parsePublicationFile(fixture('orcid-bulk.json'));
    expect(parsed.owner).toEqual({ orcid: '0000-0002-4817-3563' });
    const [article, preprint] = parsed.records;
    expect(article).toMatchObject({
      location: 'record 1 (bulk[0].work)',
      title: 'Loss of BRCA1 expression sensitises pancreatic ductal adenocarcinoma organoids to PARP inhibition',
      date: '2021-03-15',
      doi: '10.5555/crcm.2021.0142',
      abstract: 'Organoids with low BRCA1 expression were 6-fold more sensitive to PARP inhibitors.',
      url: 'https://doi.org/10.5555/crcm.2021.0142',
      openAccess: true,
    });
    expect(article.authors).toEqual([
      {
        name: 'Marie-Hélène Durand-Lefèvre',
        given: 'Marie-Hélène',
        family: 'Durand-Lefèvre',
        orcid: '0000-0002-4817-3563',
      },
      { name: 'Jérôme Castellano', given: 'Jérôme', family: 'Castellano', orcid: null },
      { name: 'Bréchet S.', given: 'S.', family: 'Bréchet', orcid: '0000-0002-6114-402X' },
      // Céline Aubert is listed as editor; this iD's check digit is wrong.
      { name: 'Élise de Saint-Exupéry', given: 'Élise', family: 'de Saint-Exupéry', orcid: null },
    ]);
    expect(preprint.authors.map((author) => author.name)).toEqual([
      'Benoît Mazières',
      'Céline Aubert',
      'Marie-Hélène Durand-Lefèvre',
    ]);
  });

  test('a single work, and a bulk item that is an error', () => {
    const work = parsePublicationText(
      JSON.stringify({
        'put-code': 7,
        path: '/0000-0002-4817-3563/work/7',
        title: { title: { value: 'A single work' } },
        type: 'BOOK',
      }),
      'work.json',
    );
    expect(work.owner).toEqual({ orcid: '0000-0002-4817-3563' });
    expect(work.records[0]).toMatchObject({
      location: 'record 1 (work)',
      title: 'A single work',
      type: 'book',
      authors: [],
    });
    expect(() =>
      parsePublicationText(
        JSON.stringify({ bulk: [{ error: { 'response-code': 404, 'user-message': 'The work does not exist.' } }] }),
        'bulk.json',
      ),
    ).toThrow('bulk.json, bulk[0]: ORCID returned an error instead of this work: The work does not exist.');
  });
});

describe('BibTeX', () => {
  let parsed: ParsedFile;
  beforeAll(async () => {
    parsed = await parsePublicationFile(fixture('publications.bib'));
  });

  test('reads the entries, skipping @preamble, @string, @comment and the text between entries', () => {
    expect(parsed.format).toBe('bibtex');
    expect(parsed.records.map((record) => [record.location, record.type])).toEqual([
      ['line 11', 'article'],
      ['line 32', 'book-chapter'],
      ['line 41', 'preprint'],
      ['line 54', 'thesis'],
      ['line 63', 'conference-paper'],
      ['line 72', 'review'],
    ]);
  });

  test('an article with macros, accents, nested braces, a collective author and identifiers', () => {
    expect(parsed.records[0]).toEqual({
      source: 'bibtex',
      location: 'line 11',
      title: 'Loss of BRCA1 Expression Sensitises Pancreatic Ductal Adenocarcinoma Organoids to PARP Inhibition',
      authors: [
        { name: 'Marie-Hélène Durand-Lefèvre', given: 'Marie-Hélène', family: 'Durand-Lefèvre', orcid: null },
        { name: 'Jérôme Castellano', given: 'Jérôme', family: 'Castellano', orcid: null },
        { name: 'Ségolène Bréchet', given: 'Ségolène', family: 'Bréchet', orcid: null },
        { name: 'CRCM Pancreas Organoid Consortium', given: null, family: null, orcid: null },
      ],
      journal: 'Cancer Research',
      year: 2021,
      date: '2021-03-15',
      type: 'article',
      doi: '10.5555/crcm.2021.0142',
      pmid: '91000001',
      halId: 'hal-03187421',
      abstract:
        'Pancreatic ductal adenocarcinoma responds poorly to chemotherapy; organoids with low BRCA1 expression were 6-fold more sensitive to PARP inhibitors (p < 0.001).',
      url: null,
      openAccess: true,
    });
  });

  test('"and others", a preprint, concatenated macros, a month with its day, a PubMed eprint, a parenthesised entry', () => {
    const [, chapter, preprint, thesis, proceedings, review] = parsed.records;
    expect(chapter).toMatchObject({
      title: 'Immunothérapie des Cancers du Pancréas: État des Lieux et Perspectives',
      journal: 'Oncologie digestive : du laboratoire au patient',
      year: 2021,
      date: null,
    });
    expect(preprint).toMatchObject({
      title: 'CD8+ T cells restrain KRAS-driven lung tumours through IFN-γ — a mouse study',
      doi: '10.5555/crcm.2022.0508',
      url: 'https://www.biorxiv.org/content/10.5555/crcm.2022.0508v1',
    });
    expect(preprint.authors.map((author) => [author.given, author.family])).toEqual([
      ['Benoît', 'Mazières'],
      ['Thomas', 'Le Goff'],
      ['François', 'Nguyen'],
      ['Noëlle', 'Ferrandi'],
    ]);
    expect(thesis).toMatchObject({
      halId: 'tel-02987654',
      authors: [{ name: 'Anaïs Ollivier', given: 'Anaïs', family: 'Ollivier', orcid: null }],
    });
    expect(proceedings).toMatchObject({
      title: 'Spatial Transcriptomics of the Bone-Marrow Niche in Acute Myeloid Leukæmia',
      journal: 'Proceedings of the AACR Annual Meeting 2022 & Exhibition',
      date: '2022-06-14',
    });
    expect(proceedings.authors.map((author) => author.name)).toEqual(['Loïc Giraud', 'Johannes Weiß']);
    expect(review).toMatchObject({ journal: 'Seminars in Cancer Biology', pmid: '91000002', year: 2019, date: null });
  });
});

describe('the same publication from several sources', () => {
  test('HAL and BibTeX titles that differ in accents, case and punctuation normalise to the same key', async () => {
    const hal = await parsePublicationFile(fixture('hal.json'));
    const bibtex = await parsePublicationFile(fixture('publications.bib'));
    const halChapter = hal.records[4];
    const bibtexChapter = bibtex.records[1];
    expect(halChapter.title).not.toBe(bibtexChapter.title);
    expect(normalizeTitle(halChapter.title)).toBe(normalizeTitle(bibtexChapter.title));
    expect(normalizeTitle(halChapter.title)).toBe(
      'immunotherapie des cancers du pancreas etat des lieux et perspectives',
    );
    expect([halChapter.year, halChapter.doi, bibtexChapter.doi]).toEqual([bibtexChapter.year, null, null]);
  });

  test('PubMed, HAL, ORCID and BibTeX give the same DOI for the same article', async () => {
    const files = await Promise.all(
      ['pubmed.xml', 'hal.json', 'orcid-bulk.json', 'publications.bib'].map((name) =>
        parsePublicationFile(fixture(name)),
      ),
    );
    expect(new Set(files.map((file) => file.records[0].doi))).toEqual(new Set(['10.5555/crcm.2021.0142']));
  });
});

describe('files that cannot be imported', () => {
  test.each([
    [
      'broken/truncated.xml',
      'line 36, column 127',
      'the file ends inside <AbstractText> (PubmedArticleSet > PubmedArticle > MedlineCitation > Article > Abstract > AbstractText are not closed): it looks truncated',
    ],
    [
      'broken/not-publications.xml',
      'line 3, column 1',
      'the XML root element is <article>, not <PubmedArticleSet>: this is not PubMed XML (efetch db=pubmed retmode=xml)',
    ],
    ['broken/truncated.json', 'line 33, column 61', 'the file ends in the middle of the JSON data: it looks truncated'],
    ['broken/bad-syntax.json', 'line 19, column 9', `expected ',' or '}' after a property value, found '"'`],
    ['broken/no-title.json', 'docs[2].title_s', 'the HAL document tel-02987654 has no title'],
    [
      'broken/unclosed.bib',
      'line 13, column 1',
      'the entry @article{ferrandi2021relapse that starts on line 5 is not closed: a "}" is missing before this line',
    ],
    [
      'broken/undefined-macro.bib',
      'line 13, column 13',
      'the macro "jclinoncol" is not defined: define it with @string{jclinoncol = {...}} before this entry, or put the value in braces',
    ],
  ])('%s: %s', async (name, place, problem) => {
    const error = await fileError(name);
    expect({ file: error.file, place: error.place, message: error.message }).toEqual({
      file: fixture(name),
      place,
      message: `${fixture(name)}, ${place}: ${problem}`,
    });
  });

  test('a missing or empty file, and content in no accepted format', async () => {
    expect((await fileError('missing.bib')).message).toBe(`${fixture('missing.bib')}: cannot be read (ENOENT)`);
    const parse = (text: string, name: string) => () => parsePublicationText(text, name);
    expect((await expectFileError(parse(' \n\t', 'empty.xml'))).message).toBe('empty.xml: the file is empty');
    expect((await expectFileError(parse('PMID- 91000001\nTI  - A title', 'export.txt'))).message).toMatch(
      /^export\.txt: not a publication file this importer reads \(this looks like PubMed's text format: save the search as "PubMed XML" instead\): expected PubMed XML/,
    );
    expect((await expectFileError(parse('[{"title": "x"}]', 'list.json'))).message).toMatch(
      /^list\.json: this JSON is neither a HAL search response/,
    );
  });

  test('a .bib file with only comments holds no records; a JSON or XML error in the middle is placed there', async () => {
    expect(parsePublicationText('% nothing yet\n', 'empty.bib')).toEqual({ format: 'bibtex', records: [] });
    expect(parsePublicationText('{"response": {"numFound": 0, "docs": []}}', 'none.json')).toEqual({
      format: 'hal',
      records: [],
    });
    const parse = (text: string, name: string) => () => parsePublicationText(text, name);
    expect(
      (await expectFileError(parse('{\n  "response": {"docs": [\n    {"title_s": tru, "x": 1}]}}', 'a.json'))).message,
    ).toBe("a.json, line 3, column 17: expected a value, found 'tru'");
    expect((await expectFileError(parse('{\n  "a": x\n}', 'b.json'))).message).toBe(
      "b.json, line 2, column 8: expected a value, found 'x'",
    );
    expect(
      (await expectFileError(parse('{"response": {"docs": [{"title_s": "x", "producedDateY_i": "soon"}]}}', 'c.json')))
        .message,
    ).toBe('c.json, docs[0].producedDateY_i: expected a whole number, found the text "soon"');
    expect(
      (
        await expectFileError(
          parse(
            '<PubmedArticleSet>\n  <PubmedArticle>\n    <PMID>1</PMD>\n  </PubmedArticle>\n</PubmedArticleSet>',
            'd.xml',
          ),
        )
      ).message,
    ).toBe(
      "d.xml, line 3, column 12: malformed XML: Expected closing tag 'PMID' (opened in line 3, col 5) instead of closing tag 'PMD'.",
    );
    expect(
      (
        await expectFileError(
          parse(
            '<PubmedArticleSet>\n<PubmedArticle><MedlineCitation><PMID>91000009</PMID><Article/></MedlineCitation></PubmedArticle>\n</PubmedArticleSet>',
            'e.xml',
          ),
        )
      ).message,
    ).toBe('e.xml, line 2: the PubmedArticle (PMID 91000009) has no ArticleTitle');
  });

  test('BibTeX: truncated inside a value, no key, a field without "=", an entry without a title', async () => {
    const parse = (text: string) => () => parsePublicationText(text, 'refs.bib');
    expect((await expectFileError(parse('@article{a,\n  title = {Cut sh'))).message).toBe(
      'refs.bib, line 2, column 18: the file ends before the entry @article{a that starts on line 1 is closed (the value that starts on line 2 has no closing }): it looks truncated',
    );
    expect((await expectFileError(parse('\n@book{\n  title = {No key},\n}'))).message).toBe(
      'refs.bib, line 3, column 3: the entry @book that starts on line 2 has no key (expected "@book{key,")',
    );
    expect((await expectFileError(parse('@article{a,\n  title {Missing equals},\n}'))).message).toBe(
      'refs.bib, line 2, column 9: expected "=" after the field name "title" in the entry @article{a, found "{"',
    );
    expect((await expectFileError(parse('@misc{a,\n  note = {Nothing else}\n}'))).message).toBe(
      'refs.bib, line 1, column 1: the entry @misc{a} has no title',
    );
    expect((await expectFileError(parse('@article{a,\n  title = {A}\n  year = 2020\n}'))).message).toBe(
      'refs.bib, line 3, column 3: expected "," or "}" after the value of "title" in the entry @article{a, found "y"',
    );
    expect(
      (await expectFileError(parse('@article{a,\n  title = {Open {brace,\n}\n\n@article{b, title = {B}}'))).message,
    ).toBe(
      'refs.bib, line 5, column 1: the entry @article{a that starts on line 1 is not closed: the value that starts on line 2 has no closing }',
    );
  });

  test('BibTeX without trailing commas, with quoted values and numbers', () => {
    const parsed = parsePublicationText(
      '@Article{a, TITLE = "On {"}quotes{"}", YEAR = 2020, month = "Feb", day = 3}',
      'refs.bib',
    );
    expect(parsed.records[0]).toMatchObject({ title: 'On "quotes"', year: 2020, date: '2020-02-03', type: 'article' });
  });

  test('XML and JSON cut in the middle of a tag or a literal', async () => {
    const parse = (text: string, name: string) => () => parsePublicationText(text, name);
    expect(
      (await expectFileError(parse('<PubmedArticleSet>\n<PubmedArticle><MedlineCitation><PMID Vers', 'cut.xml')))
        .message,
    ).toBe('cut.xml, line 2, column 43: the file ends in the middle of a tag: it looks truncated');
    expect((await expectFileError(parse('{"response": {"docs": [{"openAccess_bool": tr\n', 'cut.json'))).message).toBe(
      'cut.json, line 1, column 46: the file ends in the middle of the JSON data: it looks truncated',
    );
  });
});
