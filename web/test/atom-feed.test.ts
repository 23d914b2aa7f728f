import Parser from 'rss-parser';
import { atomDate, atomFeed, type AtomFeed } from '@/lib/feeds/atom';

/** The feed builder's output, read back by an independent feed parser (rss-parser, which reads Atom too). */
const feed: AtomFeed = {
  pageUrl: 'https://crcm.example.org/fr/news',
  feedUrl: 'https://crcm.example.org/fr/news/feed.xml',
  title: 'Actualités | CRCM',
  subtitle: 'Faits marquants & communiqués',
  language: 'fr-FR',
  author: 'CRCM – Centre de Recherche en Cancérologie de Marseille',
  entries: [
    {
      url: 'https://crcm.example.org/fr/news/essai-precoce',
      title: 'Premier patient inclus <b>dans</b> un essai & "précoce"',
      published: '2026-10-02',
      updated: '2026-10-05T08:30:00.000Z',
      summary: "L’équipe d’immunité\u0007 anti-tumorale </summary><script>alert(1)</script> 🧬",
      category: 'Communiqué IPC',
    },
    { url: 'https://crcm.example.org/fr/news/biobanque', title: 'La biobanque renouvelée', published: '2026-09-01', updated: '2026-09-01', summary: null, category: null },
  ],
};

test('an independent parser reads every field back, markup in texts kept as text', async () => {
  const xml = atomFeed(feed);
  // Atom categories are elements with a `term` attribute: read raw, as the parser's xml2js gives them.
  const parser = new Parser<Record<string, never>, { id?: string; terms?: Array<{ $: { term: string } }> }>({ customFields: { item: [['category', 'terms', { keepArray: true }]] } });
  const parsed = await parser.parseString(xml);
  expect(parsed.title).toBe('Actualités | CRCM');
  expect(parsed.link).toBe('https://crcm.example.org/fr/news');
  expect(parsed.items).toHaveLength(2);
  const [first, second] = parsed.items;
  expect(first.title).toBe('Premier patient inclus <b>dans</b> un essai & "précoce"');
  expect(first.link).toBe('https://crcm.example.org/fr/news/essai-precoce');
  expect(first.id).toBe('https://crcm.example.org/fr/news/essai-precoce');
  expect(first.pubDate).toBe('2026-10-02T00:00:00.000Z');
  expect(first.summary).toBe('L’équipe d’immunité anti-tumorale </summary><script>alert(1)</script> 🧬');
  expect(first.terms?.map((term) => term.$.term)).toEqual(['Communiqué IPC']);
  expect(second.terms).toBeUndefined();
  expect(second.summary).toBeUndefined();
  // The feed's date is its latest entry's change.
  expect(xml).toContain('<updated>2026-10-05T08:30:00.000Z</updated>');
  expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://crcm.example.org/fr/news/feed.xml"/>');
  expect(xml).toContain('xml:lang="fr-FR"');
});

test('an empty feed is still valid Atom, and bad dates are refused', async () => {
  const parsed = await new Parser().parseString(atomFeed({ ...feed, entries: [] }));
  expect(parsed.items).toEqual([]);
  expect(() => atomDate('not a date')).toThrow('not a date: "not a date"');
  expect(atomDate('2026-01-31')).toBe('2026-01-31T00:00:00.000Z');
});
