import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { readdir } from 'node:fs/promises';
import { importPublications, type PublicationImportReport } from '../../publications/import';
import { toBlocks, type BlocksLiteItem } from './blocks';
import { SeedLedger } from './ledger';
import { SeedMediaLibrary } from './media-library';
import {
  readEntries,
  readInstitute,
  SEED_LOCALES,
  type SeedEntry,
  type SeedLocale,
  type SeedObject,
  type SeedValue,
} from './seed-files';
import { INSTITUTE, PERSON, PUBLICATION, SEED_TYPES, type SeedTypeSpec } from './type-specs';

/**
 * if-empty: import everything, only into a database that has never been seeded and holds no content.
 * merge: import the seed entries never imported before whose slug is free; never touch anything that exists.
 */
export type SeedMode = 'if-empty' | 'merge';
export const SEED_MODES: readonly SeedMode[] = ['if-empty', 'merge'];

export interface SeedReport {
  mode: SeedMode;
  skipped?: string;
  created: Record<string, number>;
  /** Seed entries left alone because an entry with the same slug already existed. */
  kept: string[];
  /** References to entries that do not exist (left empty). */
  missingReferences: string[];
  /** What the publication importer did with the seed's publication files (cms/data/publications/). */
  publications?: PublicationImportReport;
}

type DocumentData = Record<string, unknown>;

export async function runSeed(strapi: Core.Strapi, mode: SeedMode, dataDir?: string): Promise<SeedReport> {
  const directory = dataDir ?? path.join(strapi.dirs.app.root, 'data');
  const report: SeedReport = { mode, created: {}, kept: [], missingReferences: [] };

  // Read and check every file before writing anything.
  const files = await Promise.all(SEED_TYPES.map(async (spec) => ({ spec, entries: await readEntries(directory, spec.file) })));
  const institute = await readInstitute(directory);

  const ledger = await SeedLedger.open(strapi);
  if (mode === 'if-empty' && !(await isUntouched(strapi, ledger))) {
    return { ...report, skipped: 'the database already has content or was seeded before' };
  }

  const media = new SeedMediaLibrary(strapi, path.join(directory, 'media'), ledger);
  const documentIds = new Map<string, Map<string, string>>();

  const slugsToIds = async (uid: string): Promise<Map<string, string>> => {
    let known = documentIds.get(uid);
    if (!known) {
      const rows = (await strapi.db.query(uid as UID.Schema).findMany({ select: ['documentId', 'slug'] })) as Array<{
        documentId: string;
        slug: string | null;
      }>;
      known = new Map(rows.filter((row) => row.slug).map((row) => [row.slug as string, row.documentId]));
      documentIds.set(uid, known);
    }
    return known;
  };

  const reference = async (owner: string, field: string, target: string, slug: string): Promise<string | null> => {
    const documentId = (await slugsToIds(target)).get(slug);
    if (documentId === undefined) {
      const missing = `${owner}.${field} -> ${target} "${slug}"`;
      if (!report.missingReferences.includes(missing)) report.missingReferences.push(missing);
      return null;
    }
    return documentId;
  };

  const references = async (owner: string, field: string, target: string, value: SeedValue): Promise<unknown> => {
    if (Array.isArray(value)) {
      const ids = await Promise.all(value.map((slug) => reference(owner, field, target, String(slug))));
      return ids.filter((id): id is string => id !== null);
    }
    return value === null ? null : reference(owner, field, target, String(value));
  };

  const entryData = async (spec: SeedTypeSpec, entry: SeedEntry, locale: SeedLocale): Promise<DocumentData> => {
    const owner = `${spec.uid} "${entry.slug}"`;
    const data: DocumentData = { slug: entry.slug };
    for (const [field, value] of Object.entries({ ...entry.shared, ...entry[locale] })) {
      if (spec.blocks?.includes(field)) data[field] = toBlocks(value as BlocksLiteItem[]);
      else if (spec.lists?.includes(field)) data[field] = (value as string[]).map((text) => ({ text }));
      else if (spec.media?.includes(field)) data[field] = value === null ? null : await media.fileId(String(value));
      else if (spec.relations?.[field]) data[field] = await references(owner, field, spec.relations[field], value);
      else data[field] = value;
    }
    return data;
  };

  const createDocument = async (
    uid: string,
    label: string,
    dataFor: (locale: SeedLocale) => Promise<DocumentData>,
  ): Promise<string> => {
    const documents = strapi.documents(uid as UID.ContentType);
    try {
      return await strapi.db.transaction(async () => {
        // The document service's params are typed per content-type UID; the seed is generic over our types.
        const created = (await documents.create({ locale: SEED_LOCALES[0], data: await dataFor(SEED_LOCALES[0]) } as never)) as {
          documentId: string;
        };
        for (const locale of SEED_LOCALES.slice(1)) {
          await documents.update({ documentId: created.documentId, locale, data: await dataFor(locale) } as never);
        }
        for (const locale of SEED_LOCALES) {
          await documents.publish({ documentId: created.documentId, locale } as never);
        }
        report.created[uid] = (report.created[uid] ?? 0) + 1;
        return created.documentId;
      });
    } catch (error) {
      const details = (error as { details?: unknown }).details;
      throw new Error(
        `Seeding ${label} failed: ${(error as Error).message}${details ? ` ${JSON.stringify(details)}` : ''}`,
        { cause: error },
      );
    }
  };

  for (const { spec, entries } of files) {
    for (const entry of entries) {
      const key = `${spec.uid}:${entry.slug}`;
      if (ledger.has(key)) continue;
      const known = await slugsToIds(spec.uid);
      if (known.has(entry.slug)) {
        report.kept.push(key);
      } else {
        const documentId = await createDocument(spec.uid, `${spec.uid} "${entry.slug}"`, (locale) =>
          entryData(spec, entry, locale),
        );
        known.set(entry.slug, documentId);
      }
      await ledger.record(key);
    }
  }

  if (!ledger.has(INSTITUTE)) {
    if ((await strapi.db.query(INSTITUTE).count()) > 0) {
      report.kept.push(INSTITUTE);
    } else {
      const instituteData = async (locale: SeedLocale): Promise<DocumentData> => {
        const texts = institute[locale];
        const owner = INSTITUTE;
        return {
          ...institute.shared,
          ...texts,
          director: await references(owner, 'director', PERSON, institute.shared.director ?? null),
          presentation: toBlocks((texts.presentation ?? []) as BlocksLiteItem[]),
          affiliations: await Promise.all(
            ((texts.affiliations ?? []) as SeedObject[]).map(async (affiliation) => ({
              ...affiliation,
              logo: affiliation.logo ? await media.fileId(String(affiliation.logo)) : null,
            })),
          ),
          managementTeam: await Promise.all(
            ((texts.managementTeam ?? []) as SeedObject[]).map(async (member) => ({
              person: await references(owner, 'managementTeam.person', PERSON, member.person ?? null),
              responsibilities: ((member.responsibilities ?? []) as string[]).map((text) => ({ text })),
            })),
          ),
        };
      };
      await createDocument(INSTITUTE, 'the institute', instituteData);
    }
    await ledger.record(INSTITUTE);
  }

  // Publications come as files saved from PubMed, HAL, ORCID and a reference manager, imported as an institute would:
  // the importer merges them, links their authors to the people above, and never overwrites an editor's edit.
  const publicationFiles = await seedPublicationFiles(directory);
  if (publicationFiles.length > 0) {
    report.publications = await importPublications(strapi, publicationFiles);
    const failed = report.publications.files.filter((file) => file.error !== null);
    if (failed.length > 0) throw new Error(`Seeding publications failed: ${failed.map((file) => file.error).join(' ')}`);
    if (report.publications.added.length > 0) report.created[PUBLICATION] = report.publications.added.length;
  }

  return report;
}

async function seedPublicationFiles(directory: string): Promise<string[]> {
  const folder = path.join(directory, 'publications');
  try {
    return (await readdir(folder)).sort().map((file) => path.join(folder, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** A database the seed may fill on its own: never seeded, and no content of any seeded type in it. */
async function isUntouched(strapi: Core.Strapi, ledger: SeedLedger): Promise<boolean> {
  if (!ledger.isEmpty) return false;
  for (const uid of [...SEED_TYPES.map((spec) => spec.uid), INSTITUTE, PUBLICATION]) {
    if ((await strapi.db.query(uid as UID.Schema).count()) > 0) return false;
  }
  return true;
}
