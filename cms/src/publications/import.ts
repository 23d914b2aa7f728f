// The publication importer: reads files saved from PubMed, HAL, ORCID or a reference manager, merges what describes the
// same work, matches it with the publications already stored, links authors to people and teams through them, and
// writes both locales, published. Run again with the same files, it changes nothing; an editor's edit always stays.
import type { Core, UID } from '@strapi/strapi';
import { PublicationFileError } from './file-error';
import { PublicationImportLedger, type PublicationField, type PublicationValues } from './import-ledger';
import { groupByWork, isSameWork, type MergedPublication, type WorkIdentity } from './merge';
import { PeopleIndex, type PersonForMatching } from './people-matching';
import { makeAuthor, type ParsedPublication } from './record';
import { parsePublicationFile } from './sources';

const PUBLICATION = 'api::publication.publication';
const PERSON = 'api::person.person';

export interface PublicationImportReport {
  files: Array<{ file: string; format: string | null; records: number; error: string | null }>;
  /** Works read from more than one record, with where each came from. */
  merged: Array<{ title: string; origins: string[] }>;
  added: string[];
  updated: Array<{ slug: string; fields: PublicationField[] }>;
  unchanged: number;
  /** Fields the files say otherwise but an editor changed: left as the editor wrote them. */
  keptEdits: Array<{ slug: string; fields: PublicationField[] }>;
  skipped: Array<{ what: string; reason: string }>;
  unmatchedAuthors: Array<{ name: string; reason: 'unknown' | 'ambiguous'; publications: number }>;
}

const SCALAR_FIELDS = ['title', 'year', 'journal', 'date', 'type', 'doi', 'pmid', 'halId', 'abstract', 'url', 'openAccess'] as const;
const FIELDS: PublicationField[] = [...SCALAR_FIELDS, 'authors', 'teams'];

/** A stored publication (its default-locale draft, or the draft of its only locale). */
interface StoredPublication {
  documentId: string;
  slug: string;
  values: PublicationValues;
  /** locale -> whether that locale is published and has no unpublished change an editor is working on. */
  locales: Map<string, { published: boolean; pendingEdits: boolean }>;
}

interface PersonRow extends PersonForMatching {
  teams?: Array<{ documentId: string }>;
  ledTeams?: Array<{ documentId: string }>;
}

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Reads every file; a file that cannot be read or parsed is reported and contributes nothing. ORCID work summaries
 * list no contributors: the researcher whose record the file is, when the institute knows their iD, is their author.
 */
async function readFiles(paths: string[], report: PublicationImportReport, people: PeopleIndex): Promise<ParsedPublication[]> {
  const records: ParsedPublication[] = [];
  for (const path of paths) {
    try {
      const parsed = await parsePublicationFile(path);
      report.files.push({ file: path, format: parsed.format, records: parsed.records.length, error: null });
      const owner = parsed.owner ? people.personWithOrcid(parsed.owner.orcid) : undefined;
      const ownerAuthor = owner ? makeAuthor({ given: owner.firstName, family: owner.lastName, orcid: owner.orcid }) : null;
      records.push(
        ...parsed.records.map((record) => ({
          ...record,
          authors: record.authors.length === 0 && ownerAuthor ? [ownerAuthor] : record.authors,
          location: `${path} ${record.location}`,
        })),
      );
    } catch (error) {
      if (!(error instanceof PublicationFileError)) throw error;
      report.files.push({ file: path, format: null, records: 0, error: error.message });
    }
  }
  return records;
}

async function loadPeople(strapi: Core.Strapi, locale: string): Promise<{ index: PeopleIndex; teamsOf: Map<string, string[]> }> {
  const rows = (await strapi.db.query(PERSON as UID.Schema).findMany({
    where: { locale, publishedAt: null },
    select: ['documentId', 'firstName', 'lastName', 'orcid'],
    populate: { teams: { select: ['documentId'] }, ledTeams: { select: ['documentId'] } },
  })) as PersonRow[];
  const teamsOf = new Map(
    rows.map((row) => [row.documentId, [...(row.teams ?? []), ...(row.ledTeams ?? [])].map((team) => team.documentId)]),
  );
  return { index: new PeopleIndex(rows), teamsOf };
}

async function loadPublications(strapi: Core.Strapi, defaultLocale: string): Promise<StoredPublication[]> {
  const rows = (await strapi.db.query(PUBLICATION as UID.Schema).findMany({
    select: ['documentId', 'slug', 'locale', 'publishedAt', 'updatedAt', ...SCALAR_FIELDS],
    populate: { authors: { populate: { person: { select: ['documentId'] } } }, teams: { select: ['documentId'] } },
  })) as Array<Record<string, unknown>>;
  const byDocument = new Map<string, Array<Record<string, unknown>>>();
  for (const row of rows) byDocument.set(row.documentId as string, [...(byDocument.get(row.documentId as string) ?? []), row]);

  return [...byDocument.entries()].flatMap(([documentId, versions]) => {
    const drafts = versions.filter((row) => row.publishedAt === null);
    const draft = drafts.find((row) => row.locale === defaultLocale) ?? drafts[0];
    if (!draft) return [];
    const locales = new Map(
      drafts.map((row) => {
        const published = versions.find((version) => version.locale === row.locale && version.publishedAt !== null);
        // Strapi stamps the draft when it is published; a draft saved later holds changes not published yet.
        const pendingEdits =
          published !== undefined && new Date(row.updatedAt as string).getTime() - new Date(published.updatedAt as string).getTime() > 1000;
        return [row.locale as string, { published: published !== undefined, pendingEdits }];
      }),
    );
    const authors = ((draft.authors ?? []) as Array<{ name: string; person?: { documentId: string } | null }>).map((author) => ({
      name: author.name,
      person: author.person?.documentId ?? null,
    }));
    const teams = ((draft.teams ?? []) as Array<{ documentId: string }>).map((team) => team.documentId).sort();
    const scalars = Object.fromEntries(SCALAR_FIELDS.map((field) => [field, draft[field] ?? null]));
    if (typeof scalars.openAccess === 'number') scalars.openAccess = scalars.openAccess === 1;
    return [{ documentId, slug: draft.slug as string, values: { ...scalars, authors, teams } as PublicationValues, locales }];
  });
}

const identityOf = (values: Pick<PublicationValues, 'doi' | 'pmid' | 'halId' | 'title' | 'year'>): WorkIdentity => ({
  doi: values.doi,
  pmid: values.pmid,
  halId: values.halId,
  title: values.title,
  year: values.year,
});

/** The document-service data of a change (relations and components as Strapi takes them). */
function toDocumentData(values: Partial<PublicationValues>): Record<string, unknown> {
  const data: Record<string, unknown> = { ...values };
  if (values.authors) data.authors = values.authors.map((author) => ({ name: author.name, person: author.person }));
  return data;
}

export async function importPublications(strapi: Core.Strapi, paths: string[]): Promise<PublicationImportReport> {
  const report: PublicationImportReport = {
    files: [],
    merged: [],
    added: [],
    updated: [],
    unchanged: 0,
    keptEdits: [],
    skipped: [],
    unmatchedAuthors: [],
  };
  const locales = ((await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>).map((locale) => locale.code);
  const defaultLocale = (await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string;
  const ordered = [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)];
  const { index, teamsOf } = await loadPeople(strapi, defaultLocale);
  const records = (await readFiles(paths, report, index)).filter((record) => {
    if (record.year !== null) return true;
    report.skipped.push({ what: `"${record.title}" (${record.location})`, reason: 'no publication year' });
    return false;
  });
  const works = groupByWork(records);
  report.merged = works.filter((work) => work.origins.length > 1).map((work) => ({ title: work.title, origins: work.origins }));

  const stored = await loadPublications(strapi, defaultLocale);
  const ledger = await PublicationImportLedger.open(strapi);
  const unmatched = new Map<string, { reason: 'unknown' | 'ambiguous'; publications: number }>();
  const documents = strapi.documents(PUBLICATION as UID.ContentType);

  const valuesOf = (work: MergedPublication): PublicationValues => {
    const authors = work.authors.map((author) => {
      const match = index.match(author);
      if (match.documentId === null) {
        const known = unmatched.get(author.name);
        unmatched.set(author.name, { reason: match.reason, publications: (known?.publications ?? 0) + 1 });
      }
      return { name: author.name, person: match.documentId };
    });
    const teams = [...new Set(authors.flatMap((author) => (author.person ? teamsOf.get(author.person) ?? [] : [])))].sort();
    const scalars = Object.fromEntries(SCALAR_FIELDS.map((field) => [field, work[field] ?? null]));
    return { ...scalars, authors, teams } as PublicationValues;
  };

  for (const work of works) {
    const wanted = valuesOf(work);
    const label = `"${work.title}" (${work.origins.join(', ')})`;
    try {
      const existing = stored.find((publication) => isSameWork(identityOf(publication.values), work));
      if (!existing) {
        const deleted = ledger.documentsMatching((identity) => isSameWork(identity, work));
        if (deleted.length > 0) {
          report.skipped.push({ what: label, reason: 'imported before, then deleted by an editor or given other identifiers: not brought back' });
          continue;
        }
        const created = await createPublication(strapi, documents, ordered, wanted);
        ledger.record(created.documentId, identityOf(wanted), wanted);
        const publishedEverywhere = ordered.map((locale) => [locale, { published: true, pendingEdits: false }] as const);
        stored.push({ documentId: created.documentId, slug: created.slug, values: wanted, locales: new Map(publishedEverywhere) });
        report.added.push(created.slug);
        continue;
      }

      const written = ledger.written(existing.documentId);
      const change: Partial<PublicationValues> = {};
      const kept: PublicationField[] = [];
      for (const field of FIELDS) {
        const [current, next] = [existing.values[field], wanted[field]];
        if (sameValue(current, next) || isEmpty(next)) continue;
        if (isEmpty(current) || (written !== undefined && field in written && sameValue(current, written[field]))) {
          (change as Record<string, unknown>)[field] = next;
        } else {
          kept.push(field);
        }
      }
      if (kept.length > 0) report.keptEdits.push({ slug: existing.slug, fields: kept });
      const fields = Object.keys(change) as PublicationField[];
      if (fields.length === 0) {
        report.unchanged += 1;
        continue;
      }
      const unpublished = await updatePublication(strapi, documents, existing, change);
      ledger.record(existing.documentId, identityOf({ ...existing.values, ...change }), change);
      Object.assign(existing.values, change);
      report.updated.push({ slug: existing.slug, fields });
      for (const locale of unpublished) {
        report.skipped.push({
          what: `publishing "${existing.slug}" in ${locale}`,
          reason: 'an editor has unpublished changes in progress: the draft is updated, publishing is left to the editor',
        });
      }
    } catch (error) {
      const details = (error as { details?: unknown }).details;
      report.skipped.push({ what: label, reason: `refused: ${(error as Error).message}${details ? ` ${JSON.stringify(details)}` : ''}` });
    } finally {
      await ledger.save();
    }
  }

  report.unmatchedAuthors = [...unmatched.entries()]
    .map(([name, value]) => ({ name, ...value }))
    .sort((a, b) => b.publications - a.publications || a.name.localeCompare(b.name));
  return report;
}

type PublicationDocuments = ReturnType<Core.Strapi['documents']>;

/** Creates the publication in every locale (its fields are shared) and publishes it, all or nothing. */
async function createPublication(
  strapi: Core.Strapi,
  documents: PublicationDocuments,
  locales: string[],
  values: PublicationValues,
): Promise<{ documentId: string; slug: string }> {
  return strapi.db.transaction(async () => {
    const data = toDocumentData(values);
    // The document service's params are typed per content-type UID; the importer writes one known type.
    const created = (await documents.create({ locale: locales[0], data } as never)) as unknown as { documentId: string; slug: string };
    for (const locale of locales.slice(1)) await documents.update({ documentId: created.documentId, locale, data } as never);
    for (const locale of locales) await documents.publish({ documentId: created.documentId, locale } as never);
    return { documentId: created.documentId, slug: created.slug };
  });
}

/**
 * Writes the changed fields into every locale's draft, then publishes the locales that were published, except those
 * with an editor's changes in progress (publishing would release them). Returns the locales left unpublished.
 */
async function updatePublication(
  strapi: Core.Strapi,
  documents: PublicationDocuments,
  publication: StoredPublication,
  change: Partial<PublicationValues>,
): Promise<string[]> {
  return strapi.db.transaction(async () => {
    const data = toDocumentData(change);
    const leftUnpublished: string[] = [];
    for (const locale of publication.locales.keys()) {
      await documents.update({ documentId: publication.documentId, locale, data } as never);
    }
    for (const [locale, state] of publication.locales) {
      if (!state.published) continue;
      if (state.pendingEdits) leftUnpublished.push(locale);
      else await documents.publish({ documentId: publication.documentId, locale } as never);
    }
    return leftUnpublished;
  });
}
