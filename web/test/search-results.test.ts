import { toSearchResults } from '@/lib/cms/reshape/search';

describe('search results from the CMS to the page', () => {
  test('groups follow the site order, hits link to their pages, excerpts are cut around the words', () => {
    const long = `${'Texte d’introduction. '.repeat(20)}Ici la leucémie myéloïde. ${'Suite. '.repeat(30)}`;
    const results = toSearchResults(
      {
        words: ['leucemie'],
        total: 4,
        groups: [
          { type: 'event', total: 1, hits: [{ type: 'event', slug: 'seminaire', title: 'Séminaire', text: null, date: '2027-03-04T13:00:00.000Z' }] },
          { type: 'team', total: 2, hits: [{ type: 'team', slug: 'leucemie', title: 'Leucémie', text: long, date: null }] },
          { type: 'publication', total: 1, hits: [{ type: 'publication', slug: 'a-b', title: 'Leukemia', text: 'Blood', date: '2024' }] },
          { type: 'person', total: 0, hits: [] },
        ],
      },
      'fr',
    );
    expect(results.groups.map((group) => group.type)).toEqual(['team', 'person', 'publication', 'event']);
    expect(results.groups.flatMap((group) => group.hits.map((hit) => hit.href))).toEqual([
      '/fr/teams/leucemie',
      '/fr/publications/a-b',
      '/fr/events/seminaire',
    ]);
    const team = results.groups[0].hits[0];
    expect(team.excerpt).toContain('leucémie myéloïde');
    expect(team.excerpt!.length).toBeLessThanOrEqual(204);
    expect(results.groups[3].hits[0]).toMatchObject({ excerpt: null, date: '2027-03-04T13:00:00.000Z' });
    expect(results.total).toBe(4);
  });
});
