import type { Enum_Publication_Type, PublicationCitationFragment } from '../generated/graphql';
import { compact } from './common';
import { toPersonName, type PersonName } from './person';

/** The publication types as the CMS stores them and the website's URLs name them (`?type=book-chapter`). */
export const PUBLICATION_TYPES = ['article', 'review', 'preprint', 'book-chapter', 'book', 'conference-paper', 'thesis', 'other'] as const;
export type PublicationType = (typeof PUBLICATION_TYPES)[number];

// GraphQL enums cannot hold dashes: the API names book-chapter book_chapter.
const TYPE_FROM_API: Record<Enum_Publication_Type, PublicationType> = {
  article: 'article',
  review: 'review',
  preprint: 'preprint',
  book_chapter: 'book-chapter',
  book: 'book',
  conference_paper: 'conference-paper',
  thesis: 'thesis',
  other: 'other',
};

export interface Author {
  /** As the publication names them ("Léa Fontanel", "Fontanel L"). */
  name: string;
  /** Their page in the directory, when the author is linked to one. */
  person: PersonName | null;
}

export interface Citation {
  slug: string;
  title: string;
  authors: Author[];
  /** The list of authors was cut at the source: the citation ends with "et al.". */
  moreAuthors: boolean;
  journal: string | null;
  year: number;
  date: string | null;
  type: PublicationType;
  doi: string | null;
  pmid: string | null;
  halId: string | null;
  url: string | null;
  openAccess: boolean;
}

/** The most authors the API returns per publication (publications.graphql asks for the CMS's page-size ceiling). */
const AUTHORS_LIMIT = 100;

/** Sources that cut long author lists end them with "et al." as if it were a name. */
const isEtAl = (name: string): boolean => /^et\.?\s*al\.?$/i.test(name.trim());

const text = (value: string | null | undefined): string | null => value?.trim() || null;

/** A publication as a citation; null without a slug (nothing to link to; the CMS always sets one). */
export function toCitation(node: PublicationCitationFragment): Citation | null {
  if (!node.slug) return null;
  const named = compact(node.authors).filter((author) => author.name.trim() !== '');
  return {
    slug: node.slug,
    title: node.title.trim(),
    authors: named
      .filter((author) => !isEtAl(author.name))
      .map((author) => ({ name: author.name.trim(), person: author.person ? toPersonName(author.person) : null })),
    moreAuthors: named.some((author) => isEtAl(author.name)) || compact(node.authors).length >= AUTHORS_LIMIT,
    journal: text(node.journal),
    year: node.year,
    date: text(node.date),
    type: TYPE_FROM_API[node.type] ?? 'other',
    doi: text(node.doi),
    pmid: text(node.pmid),
    halId: text(node.halId),
    url: text(node.url),
    openAccess: node.openAccess === true,
  };
}

export const toCitations = (nodes: ReadonlyArray<PublicationCitationFragment | null> | null | undefined): Citation[] =>
  compact(compact(nodes).map(toCitation));

/**
 * The authors a citation in a list shows: all of them up to `max`, else the first ones and the last (in the life
 * sciences the last author is usually the one who led the work), with how many were left out between them.
 */
export function shortenAuthors(authors: Author[], max = 6): { first: Author[]; omitted: number; last: Author | null } {
  if (authors.length <= max) return { first: authors, omitted: 0, last: null };
  const first = authors.slice(0, max - 2);
  return { first, omitted: authors.length - first.length - 1, last: authors[authors.length - 1] };
}

export const doiUrl = (doi: string): string => `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
export const pubmedUrl = (pmid: string): string => `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid)}/`;
export const halUrl = (halId: string): string => `https://hal.science/${encodeURIComponent(halId)}`;

/** The latest publications of a team or a person, for a section of their page that links to all of them. */
export interface LatestPublications {
  items: Citation[];
  total: number;
}

export const toLatestPublications = (
  connection: { nodes: ReadonlyArray<PublicationCitationFragment | null>; pageInfo: { total: number } } | null | undefined,
): LatestPublications => ({ items: toCitations(connection?.nodes), total: connection?.pageInfo.total ?? 0 });
