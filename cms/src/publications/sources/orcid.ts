// ORCID public API v3.0 works, as JSON: the /works summary list ({"group":[{"work-summary":[...]}]}), the bulk
// /works/{put-codes} response ({"bulk":[{"work":{...}}]}) or one /work/{put-code}. Text values are wrapped in
// {"value": ...} objects; a missing value is null or absent.
import { PublicationFileError } from '../file-error';
import {
  authorFromName,
  cleanOptional,
  isoDate,
  monthNumber,
  normalizeDoi,
  normalizeOrcid,
  normalizePmid,
  parseYear,
  stripMarkup,
  type ParsedAuthor,
  type ParsedFile,
  type ParsedPublication,
  type PublicationType,
} from '../record';
import { describeJsonValue, isJsonObject, listItems, type JsonObject } from './json-text';

export function isOrcidWorks(json: unknown): boolean {
  return isJsonObject(json) && (Array.isArray(json.group) || Array.isArray(json.bulk) || 'put-code' in json);
}

/**
 * The records, and the owner: the researcher whose record the file comes from, read from the "path" ORCID puts on
 * the response and on each work ("/0000-0002-1825-0097/works", ".../work/123"). Summaries carry no contributors,
 * so their records have no authors: the caller credits the owner.
 */
export function parseOrcidWorks(json: unknown, file: string): ParsedFile {
  if (!isJsonObject(json)) throw new PublicationFileError(file, null, 'expected ORCID works (an object)');
  const works = Array.isArray(json.group) ? summaries(listItems(json.group), file) : fullWorks(json, file);
  const records = works.map(({ work, place }, index) => readWork(work, place, index, file));
  const owner = ownerOrcid([json.path, ...works.map(({ work }) => work.path)]);
  return owner === null ? { format: 'orcid', records } : { format: 'orcid', records, owner: { orcid: owner } };
}

interface PlacedWork {
  work: JsonObject;
  place: string;
}

/**
 * One work per group: a group's summaries are the same work from several sources (Crossref, the researcher...), and
 * the version the researcher prefers has the highest display-index.
 */
function summaries(groups: unknown[], file: string): PlacedWork[] {
  return groups.map((group, groupIndex) => {
    const place = `group[${groupIndex}]`;
    const candidates = isJsonObject(group) ? listItems(group['work-summary']) : [];
    let preferred: PlacedWork | null = null;
    let preferredIndex = -Infinity;
    for (const [summaryIndex, summary] of candidates.entries()) {
      if (!isJsonObject(summary)) continue;
      const displayIndex = Number(summary['display-index'] ?? 0);
      if (preferred === null || displayIndex > preferredIndex) {
        preferred = { work: summary, place: `${place}.work-summary[${summaryIndex}]` };
        preferredIndex = Number.isFinite(displayIndex) ? displayIndex : 0;
      }
    }
    if (preferred === null) throw new PublicationFileError(file, place, 'the group has no work-summary');
    return preferred;
  });
}

function fullWorks(json: JsonObject, file: string): PlacedWork[] {
  if (!Array.isArray(json.bulk)) return [{ work: json, place: 'work' }];
  return listItems(json.bulk).map((item, index) => {
    const place = `bulk[${index}]`;
    if (isJsonObject(item) && isJsonObject(item.work)) return { work: item.work, place: `${place}.work` };
    const error = isJsonObject(item) && isJsonObject(item.error) ? item.error : null;
    if (error !== null) {
      const message =
        [error['user-message'], error['developer-message']].find((text) => typeof text === 'string') ?? 'no message';
      throw new PublicationFileError(file, place, `ORCID returned an error instead of this work: ${message}`);
    }
    throw new PublicationFileError(file, place, `expected {"work": ...}, found ${describeJsonValue(item)}`);
  });
}

const WORK_TYPES: Record<string, PublicationType> = {
  'journal-article': 'article',
  review: 'review',
  preprint: 'preprint',
  'book-chapter': 'book-chapter',
  book: 'book',
  'edited-book': 'book',
  'conference-paper': 'conference-paper',
  'dissertation-thesis': 'thesis',
  // The name ORCID used before v3.0, still on old works.
  dissertation: 'thesis',
};

function readWork(work: JsonObject, place: string, index: number, file: string): ParsedPublication {
  const title = cleanOptional(stripMarkup(wrapped(work.title, 'title') ?? ''));
  if (title === null) {
    throw new PublicationFileError(
      file,
      `${place}.title`,
      `the ORCID work (put-code ${String(work['put-code'] ?? 'missing')}) has no title`,
    );
  }
  const ids = selfIds(work['external-ids']);
  const publicationDate = isJsonObject(work['publication-date']) ? work['publication-date'] : {};
  const year = parseYear(wrapped(publicationDate, 'year'));
  const type = typeof work.type === 'string' ? work.type.toLowerCase().replace(/_/g, '-') : '';
  return {
    source: 'orcid',
    location: `record ${index + 1} (${place})`,
    title,
    authors: contributors(work.contributors),
    journal: cleanOptional(wrapped(work, 'journal-title')),
    year,
    date: isoDate(year, monthNumber(wrapped(publicationDate, 'month')), wrapped(publicationDate, 'day')),
    type: WORK_TYPES[type] ?? 'other',
    doi: normalizeDoi(ids.get('doi')),
    pmid: normalizePmid(ids.get('pmid')),
    halId: null,
    abstract:
      typeof work['short-description'] === 'string' ? cleanOptional(stripMarkup(work['short-description'])) : null,
    url: cleanOptional(wrapped(work, 'url')),
    openAccess: ids.has('pmc') ? true : null,
  };
}

/** The work's own identifiers; "part-of" (the journal's ISSN, the book's ISBN) and "version-of" ids name other works. */
function selfIds(externalIds: unknown): Map<string, string> {
  const ids = new Map<string, string>();
  for (const id of isJsonObject(externalIds) ? listItems(externalIds['external-id']) : []) {
    if (!isJsonObject(id) || id['external-id-relationship'] !== 'self') continue;
    const type = id['external-id-type'];
    const value = id['external-id-value'];
    if (typeof type === 'string' && typeof value === 'string' && !ids.has(type.toLowerCase()))
      ids.set(type.toLowerCase(), value);
  }
  return ids;
}

/**
 * Authors in the order listed. Contributors with another role (editor, translator, ...) are left out; CRediT roles
 * (URIs) describe authors. A contributor without a credit-name cannot be shown, so is left out too.
 */
function contributors(value: unknown): ParsedAuthor[] {
  const list = isJsonObject(value) ? listItems(value.contributor) : [];
  return list.flatMap((contributor): ParsedAuthor[] => {
    if (!isJsonObject(contributor)) return [];
    const attributes = isJsonObject(contributor['contributor-attributes']) ? contributor['contributor-attributes'] : {};
    const role =
      typeof attributes['contributor-role'] === 'string' ? attributes['contributor-role'].toLowerCase() : 'author';
    if (role !== 'author' && !role.includes('credit.niso.org')) return [];
    const name = cleanOptional(wrapped(contributor, 'credit-name'));
    if (name === null) return [];
    const orcid = isJsonObject(contributor['contributor-orcid']) ? contributor['contributor-orcid'] : {};
    const orcidText = typeof orcid.path === 'string' ? orcid.path : typeof orcid.uri === 'string' ? orcid.uri : null;
    return [authorFromName(name, orcidText)];
  });
}

/** The iD in "/0000-0002-1825-0097/works" paths, when all the paths of the file name the same researcher. */
function ownerOrcid(paths: unknown[]): string | null {
  const owners = new Set(
    paths
      .filter((path): path is string => typeof path === 'string')
      .map((path) => normalizeOrcid(/^\/?([^/]+)\//.exec(path)?.[1] ?? null)),
  );
  const [owner] = owners;
  return owners.size === 1 && owner !== undefined ? owner : null;
}

/** ORCID's {"value": ...} wrapper: object[key].value (a work's title is wrapped(work.title, 'title')). */
function wrapped(object: unknown, key: string): string | null {
  const holder = isJsonObject(object) ? object[key] : undefined;
  const value = isJsonObject(holder) ? holder.value : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}
