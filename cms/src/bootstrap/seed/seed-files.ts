import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BlocksLiteItem } from './blocks';

/** The shape of the seed files in cms/data/: one entry per document, shared fields plus one object per locale. */
export const SEED_LOCALES = ['fr', 'en'] as const;
export type SeedLocale = (typeof SEED_LOCALES)[number];

export type SeedValue = string | number | boolean | null | BlocksLiteItem[] | SeedObject | SeedValue[];
export interface SeedObject {
  [field: string]: SeedValue;
}

export interface SeedEntry {
  slug: string;
  shared?: SeedObject;
  fr: SeedObject;
  en: SeedObject;
}

export interface InstituteSeed {
  shared: SeedObject;
  fr: SeedObject;
  en: SeedObject;
}

export class SeedFileError extends Error {}

async function readJson(dataDir: string, file: string): Promise<unknown> {
  const location = path.join(dataDir, file);
  let text: string;
  try {
    text = await readFile(location, 'utf8');
  } catch (error) {
    throw new SeedFileError(`Seed file ${location} cannot be read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SeedFileError(`Seed file ${location} is not valid JSON: ${(error as Error).message}`);
  }
}

const isObject = (value: unknown): value is SeedObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export async function readEntries(dataDir: string, file: string): Promise<SeedEntry[]> {
  const content = await readJson(dataDir, file);
  if (!Array.isArray(content)) throw new SeedFileError(`Seed file ${file} must hold an array of entries`);
  const seen = new Set<string>();
  return content.map((entry: unknown, index) => {
    const where = `${file}[${index}]`;
    if (!isObject(entry) || typeof entry.slug !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.slug)) {
      throw new SeedFileError(`${where} needs a lowercase "slug"`);
    }
    if (seen.has(entry.slug)) throw new SeedFileError(`${where}: slug "${entry.slug}" appears twice`);
    seen.add(entry.slug);
    for (const locale of SEED_LOCALES) {
      if (!isObject(entry[locale])) throw new SeedFileError(`${where} ("${entry.slug}") has no "${locale}" object`);
    }
    if (entry.shared !== undefined && !isObject(entry.shared)) {
      throw new SeedFileError(`${where} ("${entry.slug}"): "shared" must be an object`);
    }
    return entry as unknown as SeedEntry;
  });
}

export async function readInstitute(dataDir: string): Promise<InstituteSeed> {
  const content = await readJson(dataDir, 'institute.json');
  if (!isObject(content) || !isObject(content.shared) || !isObject(content.fr) || !isObject(content.en)) {
    throw new SeedFileError('institute.json must hold an object with "shared", "fr" and "en" objects');
  }
  return content as unknown as InstituteSeed;
}
