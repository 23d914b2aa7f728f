// HAL search API responses (api.archives-ouvertes.fr/search/?wt=json&fl=...): {"response":{"docs":[...]}}, one doc
// per deposit, with Solr field names (suffix _s text, _i integer, _bool boolean; multi-valued fields are arrays).
// Every field may be missing: HAL only returns the fields asked for in fl= that the deposit has.
import { PublicationFileError } from '../file-error';
import {
  authorFromName,
  cleanOptional,
  isoDateFromText,
  makeAuthor,
  normalizeDoi,
  normalizeHalId,
  normalizePmid,
  parseYear,
  stripMarkup,
  type ParsedAuthor,
  type ParsedFile,
  type ParsedPublication,
  type PublicationType,
} from '../record';
import { describeJsonValue, isJsonObject, listItems, type JsonObject } from './json-text';

export function isHalResponse(json: unknown): boolean {
  return isJsonObject(json) && isJsonObject(json.response) && Array.isArray(json.response.docs);
}

export function parseHalResponse(json: unknown, file: string): ParsedFile {
  if (!isHalResponse(json)) throw new PublicationFileError(file, 'response.docs', 'expected a list of HAL documents');
  const docs = listItems(((json as JsonObject).response as JsonObject).docs);
  return { format: 'hal', records: docs.map((doc, index) => readDoc(doc, `docs[${index}]`, index, file)) };
}

const DOC_TYPES: Record<string, PublicationType> = {
  ART: 'article',
  COMM: 'conference-paper',
  COUV: 'book-chapter',
  OUV: 'book',
  DOUV: 'book',
  THESE: 'thesis',
  HDR: 'thesis',
  // HAL's type for a deposit not (yet) published elsewhere: a preprint or working paper.
  UNDEFINED: 'preprint',
  PREPRINT: 'preprint',
};

function readDoc(doc: unknown, place: string, index: number, file: string): ParsedPublication {
  if (!isJsonObject(doc)) {
    throw new PublicationFileError(file, place, `expected a HAL document (an object), found ${describeJsonValue(doc)}`);
  }
  const fields = new DocFields(doc, place, file);
  const halId = normalizeHalId(fields.text('halId_s'));
  const title = documentTitle(fields);
  if (title === null) {
    throw new PublicationFileError(
      file,
      `${place}.title_s`,
      `the HAL document${halId === null ? '' : ` ${halId}`} has no title`,
    );
  }
  const producedDate = fields.text('producedDate_s');
  const publicationDate = fields.text('publicationDate_s');
  const docType = fields.text('docType_s')?.toUpperCase() ?? '';
  return {
    source: 'hal',
    location: `record ${index + 1} (${place})`,
    title,
    authors: authors(fields),
    journal: fields.text('journalTitle_s') ?? fields.text('bookTitle_s') ?? fields.text('conferenceTitle_s'),
    year:
      fields.integer('producedDateY_i') ??
      fields.integer('publicationDateY_i') ??
      parseYear(producedDate) ??
      parseYear(publicationDate),
    date: isoDateFromText(producedDate) ?? isoDateFromText(publicationDate),
    type: DOC_TYPES[docType] ?? 'other',
    doi: normalizeDoi(fields.text('doiId_s')),
    pmid: normalizePmid(fields.text('pubmedId_s')),
    halId,
    abstract: cleanOptional(stripMarkup(fields.text('abstract_s') ?? fields.text('en_abstract_s') ?? '')),
    url: fields.text('uri_s') ?? fields.text('linkExtUrl_s'),
    openAccess: fields.boolean('openAccess_bool'),
  };
}

/** title_s holds the main title (in the deposit's language) first; <lang>_title_s only when fl= asked for those. */
function documentTitle(fields: DocFields): string | null {
  const languageTitleField = fields.names().find((name) => /^[a-z]{2}_title_s$/.test(name));
  const raw =
    fields.text('title_s') ??
    fields.text('en_title_s') ??
    (languageTitleField ? fields.text(languageTitleField) : null);
  return raw === null ? null : cleanOptional(stripMarkup(raw));
}

/**
 * authFullName_s is the ordered author list. authFirstName_s/authLastName_s come from the same list and are used
 * when they have one entry per author. authORCIDIdExt_s holds only the authors who have an ORCID iD, packed, so its
 * positions do not say whose iD it is: iDs are attached only when every author has one (the lists then align).
 */
function authors(fields: DocFields): ParsedAuthor[] {
  const names = fields.texts('authFullName_s');
  const firstNames = fields.texts('authFirstName_s');
  const lastNames = fields.texts('authLastName_s');
  const orcids = fields.texts('authORCIDIdExt_s');
  const splitAligned = firstNames.length === names.length && lastNames.length === names.length;
  const orcidsAligned = orcids.length === names.length;
  return names.map((name, index) => {
    const orcid = orcidsAligned ? orcids[index] : null;
    return splitAligned
      ? makeAuthor({ given: firstNames[index], family: lastNames[index], name, orcid })
      : authorFromName(name, orcid);
  });
}

/** Typed reads of a doc's fields; a field of the wrong type is an error naming docs[i].field. */
class DocFields {
  constructor(
    private readonly doc: JsonObject,
    private readonly place: string,
    private readonly file: string,
  ) {}

  names(): string[] {
    return Object.keys(this.doc);
  }

  /** All values of a text field, single- or multi-valued, cleaned, empty ones left out. */
  texts(field: string): string[] {
    const value = this.doc[field];
    if (value === undefined || value === null) return [];
    const values: unknown[] = Array.isArray(value) ? value : [value];
    return values
      .map((item, index) => {
        if (typeof item === 'string' || typeof item === 'number') return String(item).trim();
        const where = Array.isArray(value) ? `${this.place}.${field}[${index}]` : `${this.place}.${field}`;
        throw new PublicationFileError(this.file, where, `expected text, found ${describeJsonValue(item)}`);
      })
      .filter((item) => item !== '');
  }

  text(field: string): string | null {
    return cleanOptional(this.texts(field)[0]);
  }

  integer(field: string): number | null {
    const value = this.doc[field];
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
    throw new PublicationFileError(
      this.file,
      `${this.place}.${field}`,
      `expected a whole number, found ${describeJsonValue(value)}`,
    );
  }

  boolean(field: string): boolean | null {
    const value = this.doc[field];
    if (value === undefined || value === null) return null;
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    throw new PublicationFileError(
      this.file,
      `${this.place}.${field}`,
      `expected true or false, found ${describeJsonValue(value)}`,
    );
  }
}
