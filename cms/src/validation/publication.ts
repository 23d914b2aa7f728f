import { normalizeDoi, normalizeHalId, normalizePmid, splitName, stripMarkup } from '../publications/record';
import { slugify } from './slug';

/**
 * A publication's identifiers as the institute stores them, whoever types them (an editor, the importer): the same
 * normalised forms the importer compares records with, so a DOI pasted as "https://doi.org/10.1000/ABC" and one
 * imported from PubMed are the same DOI.
 */
export interface PublicationIdentifiers {
  doi?: unknown;
  pmid?: unknown;
  halId?: unknown;
  year?: unknown;
}

/** The oldest year a publication of the institute may have; the newest is next year (articles in press). */
export const FIRST_PUBLICATION_YEAR = 1900;

export const isPlausiblePublicationYear = (year: number, today: Date = new Date()): boolean =>
  Number.isInteger(year) && year >= FIRST_PUBLICATION_YEAR && year <= today.getUTCFullYear() + 1;

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * Normalises the identifiers present in `data` (changed in place) and lists what is wrong with them, one message per
 * field, each naming the value and the expected form.
 */
export function normalizePublicationIdentifiers(data: PublicationIdentifiers, today: Date = new Date()): string[] {
  const problems: string[] = [];
  const normalise = (
    field: 'doi' | 'pmid' | 'halId',
    normalizer: (raw: string) => string | null,
    expected: string,
  ) => {
    const raw = data[field];
    if (raw === undefined) return;
    if (isBlank(raw)) {
      data[field] = null;
      return;
    }
    const normalised = typeof raw === 'string' || typeof raw === 'number' ? normalizer(String(raw)) : null;
    if (normalised === null) problems.push(`"${String(raw)}" is not a valid ${field}: expected ${expected}.`);
    else data[field] = normalised;
  };
  normalise('doi', normalizeDoi, '10.<4 to 9 digits>/<suffix>, e.g. 10.1038/s41586-020-2649-2 (https://doi.org/ is removed)');
  normalise('pmid', normalizePmid, 'the PubMed id, digits only, e.g. 31452104');
  normalise('halId', normalizeHalId, 'a HAL id such as hal-03187421 (the version suffix v2 is removed)');
  if (data.year !== undefined && data.year !== null && !isPlausiblePublicationYear(Number(data.year), today)) {
    problems.push(
      `${String(data.year)} is not a plausible publication year: expected ${FIRST_PUBLICATION_YEAR} to ${today.getUTCFullYear() + 1}.`,
    );
  }
  return problems;
}

/** How many words of the title a publication's slug keeps. */
const SLUG_TITLE_WORDS = 4;

/**
 * A short, readable slug for a publication: first author's family name, year, first words of the title
 * ("martin-2024-tumour-microenvironment-shapes-immune"). Uniqueness is the slugs middleware's job (-2, -3...).
 */
export function publicationSlugBase(publication: { title?: unknown; year?: unknown; authors?: unknown }): string | null {
  if (typeof publication.title !== 'string' || publication.title.trim() === '') return null;
  const firstAuthor = Array.isArray(publication.authors) ? (publication.authors[0] as { name?: unknown } | undefined) : undefined;
  const family = typeof firstAuthor?.name === 'string' ? splitName(firstAuthor.name).family : null;
  const titleWords = slugify(stripMarkup(publication.title)).split('-').slice(0, SLUG_TITLE_WORDS).join('-');
  const year = typeof publication.year === 'number' || typeof publication.year === 'string' ? String(publication.year) : null;
  return slugify([family, year, titleWords].filter((part) => part !== null && part !== '').join(' '));
}
