import { publicationFilters } from '@/lib/cms/filters';
import { shortenAuthors, toCitation, type Author } from '@/lib/cms/reshape/publication';
import { publicationQuery, readPublicationFilters } from '@/lib/listing/publication-filters';
import type { PublicationCitationFragment } from '@/lib/cms/generated/graphql';

/** Publications as the pages use them: the API's shapes reshaped, the listing's query string read and turned into filters. */
const node: PublicationCitationFragment = {
  slug: 'x-2025-study',
  title: '  A study  ',
  authors: [
    { name: 'Léa Fontanel', person: { slug: 'lea-fontanel', firstName: 'Léa', lastName: 'Fontanel', honorific: 'Dr' } },
    null,
    { name: ' ', person: null },
    { name: 'Jane Outsider', person: null },
    { name: 'et al', person: null },
  ],
  journal: ' ',
  year: 2025,
  date: null,
  type: 'book_chapter',
  doi: '10.1/x',
  pmid: null,
  halId: '',
  url: null,
  openAccess: null,
};

test('a citation: the API’s book_chapter is book-chapter, blanks are null, "et al." is a flag, not an author', () => {
  expect(toCitation(node)).toEqual({
    slug: 'x-2025-study',
    title: 'A study',
    authors: [
      { name: 'Léa Fontanel', person: { slug: 'lea-fontanel', firstName: 'Léa', lastName: 'Fontanel', honorific: 'Dr' } },
      { name: 'Jane Outsider', person: null },
    ],
    moreAuthors: true,
    journal: null,
    year: 2025,
    date: null,
    type: 'book-chapter',
    doi: '10.1/x',
    pmid: null,
    halId: null,
    url: null,
    openAccess: false,
  });
  expect(toCitation({ ...node, slug: null })).toBeNull();
  expect(toCitation({ ...node, type: 'conference_paper' })?.type).toBe('conference-paper');
  // The API returns 100 authors at most: a list that long may have been cut.
  const hundred = Array.from({ length: 100 }, (_, index) => ({ name: `A${index}`, person: null }));
  expect(toCitation({ ...node, authors: hundred })?.moreAuthors).toBe(true);
  expect(toCitation({ ...node, authors: hundred.slice(1) })?.moreAuthors).toBe(false);
});

test('long author lists keep the first authors and the last one', () => {
  const authors: Author[] = Array.from({ length: 9 }, (_, index) => ({ name: `A${index}`, person: null }));
  expect(shortenAuthors(authors.slice(0, 6))).toEqual({ first: authors.slice(0, 6), omitted: 0, last: null });
  expect(shortenAuthors(authors)).toEqual({ first: authors.slice(0, 4), omitted: 4, last: authors[8] });
});

test('the listing’s query string: odd values are dropped, good ones kept', () => {
  expect(readPublicationFilters({ q: '  bone   marrow ', year: '2024', team: 'Team-A', type: 'book-chapter', author: 'lea-fontanel' })).toEqual({
    title: 'bone marrow',
    year: 2024,
    team: 'team-a',
    type: 'book-chapter',
    author: 'lea-fontanel',
  });
  expect(readPublicationFilters({ year: '24', team: '<x>', type: 'book_chapter', author: '../x', q: ['a', 'b'] })).toEqual({
    title: 'a',
    year: undefined,
    team: undefined,
    type: undefined,
    author: undefined,
  });
  expect(publicationQuery({ year: 2024, type: 'thesis' })).toEqual({ q: undefined, year: '2024', team: undefined, type: 'thesis', author: undefined });
});

test('filters: every word of the title in any case, the stored type value, the team, the linked author', () => {
  expect(publicationFilters({})).toBeUndefined();
  expect(publicationFilters({ title: 'étude DNA', year: 2024, team: 't', type: 'book-chapter', author: 'p' })).toEqual({
    and: [
      { or: ['étude', 'ÉTUDE', 'Étude'].map((variant) => ({ title: { containsi: variant } })) },
      { or: ['DNA', 'dna', 'Dna'].map((variant) => ({ title: { containsi: variant } })) },
      { year: { eq: 2024 } },
      { teams: { slug: { eq: 't' } } },
      { type: { eq: 'book-chapter' } },
      { authors: { person: { slug: { eq: 'p' } } } },
    ],
  });
});
