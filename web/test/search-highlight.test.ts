import { excerptAround, findMatches, highlight } from '@/lib/search/highlight';

describe('search hits: finding the matched words again in the original text', () => {
  test('marks words whatever their accents and case, keeping the original text', () => {
    expect(highlight('Étienne Lévêque, ÉCOLE', ['etienne', 'leveque'])).toEqual([
      { text: 'Étienne', match: true },
      { text: ' ', match: false },
      { text: 'Lévêque', match: true },
      { text: ', ÉCOLE', match: false },
    ]);
    expect(highlight('Cancer et CANCERS', ['cancer']).filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      'Cancer',
      'CANCER',
    ]);
  });

  test('decomposed accents, ligatures and characters outside the BMP keep their ranges right', () => {
    const decomposed = 'Cre\u0301teil cœur 𝛼-actine';
    expect(highlight(decomposed, ['creteil']).find((segment) => segment.match)?.text).toBe('Cre\u0301teil');
    expect(highlight(decomposed, ['coeur']).find((segment) => segment.match)?.text).toBe('cœur');
    const segments = highlight(decomposed, ['actine']);
    expect(segments.map((segment) => segment.text).join('')).toBe(decomposed);
    expect(segments.find((segment) => segment.match)?.text).toBe('actine');
  });

  test('overlapping and repeated words merge into one mark; no words, no marks', () => {
    expect(findMatches('immunothérapie', ['immuno', 'mmunoth'])).toEqual([{ start: 0, end: 8 }]);
    expect(findMatches('aaa', ['a'])).toHaveLength(1);
    expect(highlight('Rien à voir', [])).toEqual([{ text: 'Rien à voir', match: false }]);
    expect(highlight('', ['x'])).toEqual([]);
  });

  test('% and _ are compared literally, like the CMS does', () => {
    expect(highlight('Réponse de 100% : essai_b7', ['100%', 'essai_b7']).filter((segment) => segment.match).map((s) => s.text)).toEqual([
      '100%',
      'essai_b7',
    ]);
    expect(findMatches('Réponse', ['r_ponse'])).toEqual([]);
  });

  test('excerpts keep short texts whole and cut long ones around the first match, at word boundaries', () => {
    expect(excerptAround('  Une   équipe. ', ['equipe'])).toBe('Une équipe.');
    const long = `${'Début du texte sans intérêt. '.repeat(20)}Le mot recherché est ici, immunothérapie, puis la suite. ${'Fin. '.repeat(40)}`;
    const cut = excerptAround(long, ['immunotherapie'], 120);
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut).toContain('immunothérapie');
    expect(cut.length).toBeLessThanOrEqual(124);
    expect(cut.slice(2, -2).split(' ').every((word) => long.includes(word))).toBe(true);
    const start = excerptAround(long, ['debut'], 120);
    expect(start.startsWith('Début')).toBe(true);
    expect(excerptAround(long, ['absent'], 120).startsWith('Début')).toBe(true);
  });
});
