// Telling when two records describe the same work, and merging the records of one work read from several sources
// into one. Pure functions: the importer applies them to the files' records and to the publications already stored.
import { normalizeTitle, type ParsedAuthor, type ParsedPublication, type PublicationSource, type PublicationType } from './record';

/** What identifies a work: its identifiers and its normalised title and year. */
export interface WorkIdentity {
  doi: string | null;
  pmid: string | null;
  halId: string | null;
  title: string;
  year: number | null;
}

/**
 * The rule, in its order: two DOIs decide (equal or not), else two PubMed ids, else two HAL ids, else the same
 * normalised title in the same year. A preprint and its journal version have different DOIs, so they stay two works.
 */
export function isSameWork(a: WorkIdentity, b: WorkIdentity): boolean {
  if (a.doi && b.doi) return a.doi === b.doi;
  if (a.pmid && b.pmid) return a.pmid === b.pmid;
  if (a.halId && b.halId) return a.halId === b.halId;
  return a.year !== null && a.year === b.year && normalizeTitle(a.title) !== '' && normalizeTitle(a.title) === normalizeTitle(b.title);
}

/** One work as the importer will store it: the best of every record read about it. */
export interface MergedPublication extends WorkIdentity {
  year: number;
  authors: ParsedAuthor[];
  journal: string | null;
  date: string | null;
  type: PublicationType;
  abstract: string | null;
  url: string | null;
  openAccess: boolean | null;
  /** Where each record merged into this one comes from ("pubmed.xml line 4"), for the report. */
  origins: string[];
}

/**
 * Which source wins a field when several give it: PubMed's bibliographic data is curated, HAL's is deposited by the
 * authors, BibTeX is typed by hand, ORCID works often carry only a title and a DOI.
 */
const SOURCE_RANK: Record<PublicationSource, number> = { pubmed: 0, hal: 1, bibtex: 2, orcid: 3 };

type ScalarField = 'journal' | 'date' | 'abstract' | 'url' | 'doi' | 'pmid' | 'halId';
const SCALAR_FIELDS: ScalarField[] = ['journal', 'date', 'abstract', 'url', 'doi', 'pmid', 'halId'];

/** The initial of a given name, accents aside: "Émilie" and "E." both give "e". */
const initialOf = (given: string | null): string =>
  (given ?? '').normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}]/gu, '').slice(0, 1).toLowerCase();

/** A family name compared without accents, case, hyphens or spaces: "Le Goff" = "LEGOFF" = "le-goff". */
export const familyKey = (family: string | null): string =>
  (family ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '');

const sameAuthor = (a: ParsedAuthor, b: ParsedAuthor): boolean =>
  (a.orcid !== null && a.orcid === b.orcid) ||
  (familyKey(a.family) !== '' && familyKey(a.family) === familyKey(b.family) && initialOf(a.given) === initialOf(b.given));

/**
 * The author list of the best-ranked source that lists any (the complete, ordered list), with the ORCID iDs other
 * sources know added to the matching authors.
 */
function mergeAuthors(records: ParsedPublication[]): ParsedAuthor[] {
  const withAuthors = records.filter((record) => record.authors.length > 0);
  if (withAuthors.length === 0) return [];
  const [best, ...others] = withAuthors;
  return best.authors.map((author) => {
    if (author.orcid) return author;
    const known = others.flatMap((record) => record.authors).find((other) => other.orcid && sameAuthor(author, other));
    return known ? { ...author, orcid: known.orcid } : author;
  });
}

/** Merges the records of one work (at least one, each with a year). */
export function mergeRecords(records: ParsedPublication[]): MergedPublication {
  const ranked = [...records].sort((a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source]);
  const first = <K extends ScalarField>(field: K): ParsedPublication[K] =>
    ranked.map((record) => record[field]).find((value) => value !== null && value !== '') ?? null;
  const scalars = Object.fromEntries(SCALAR_FIELDS.map((field) => [field, first(field)])) as Pick<MergedPublication, ScalarField>;
  // A specific type ("review") says more than the default one a source falls back to.
  const type = ranked.map((record) => record.type).find((value) => value !== 'article' && value !== 'other') ??
    ranked.map((record) => record.type).find((value) => value !== 'other') ??
    'other';
  const openAccessValues = ranked.map((record) => record.openAccess).filter((value): value is boolean => value !== null);
  return {
    ...scalars,
    title: ranked[0].title,
    year: ranked.map((record) => record.year).find((year): year is number => year !== null) as number,
    authors: mergeAuthors(ranked),
    type,
    openAccess: openAccessValues.length === 0 ? null : openAccessValues.includes(true),
    origins: records.map((record) => record.location),
  };
}

/**
 * Groups the records of all files by work. A record joins the first group it matches; the group's identity grows with
 * every record (a HAL record with a DOI and a PMID links a PubMed record and a BibTeX one that share nothing else).
 */
export function groupByWork(records: ParsedPublication[]): MergedPublication[] {
  const groups: Array<{ identity: WorkIdentity; records: ParsedPublication[] }> = [];
  for (const record of records) {
    const group = groups.find((candidate) => isSameWork(candidate.identity, record));
    if (!group) {
      groups.push({ identity: { doi: record.doi, pmid: record.pmid, halId: record.halId, title: record.title, year: record.year }, records: [record] });
      continue;
    }
    group.records.push(record);
    group.identity = {
      doi: group.identity.doi ?? record.doi,
      pmid: group.identity.pmid ?? record.pmid,
      halId: group.identity.halId ?? record.halId,
      title: group.identity.title,
      year: group.identity.year ?? record.year,
    };
  }
  return groups.map((group) => mergeRecords(group.records));
}
