import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Archives a restore must refuse (or fail on), made from good ones with the tar library Strapi's data-transfer reads
 * and writes them with.
 */
const strapiDirectory = path.dirname(require.resolve('@strapi/strapi/package.json'));
const dataTransferEntry = require.resolve('@strapi/data-transfer', { paths: [strapiDirectory] });
const tar: typeof import('tar') = require(require.resolve('tar', { paths: [dataTransferEntry] }));

/** The first half of the file, as a copy interrupted midway leaves it. */
export function truncatedCopy(file: string, target: string): string {
  const bytes = readFileSync(file);
  writeFileSync(target, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return target;
}

export function randomFile(target: string): string {
  writeFileSync(target, randomBytes(64 * 1024));
  return target;
}

/** A well-formed .tar.gz that holds something else than a Strapi export. */
export function foreignArchive(target: string): string {
  const folder = mkdtempSync(`${target}-`);
  writeFileSync(path.join(folder, 'notes.txt'), 'Minutes of the board meeting\n');
  mkdirSync(path.join(folder, 'photos'));
  writeFileSync(path.join(folder, 'photos', 'team.jpg'), randomBytes(1024));
  tar.c({ gzip: true, file: target, cwd: folder, sync: true }, readdirSync(folder));
  rmSync(folder, { recursive: true, force: true });
  return target;
}

/**
 * A copy of an unencrypted export with one line of its (last) entities file rewritten: the archive stays a
 * well-formed tar.gz.
 */
export function withEntityLine(archive: string, target: string, rewrite: (lines: string[]) => void): string {
  const folder = mkdtempSync(`${target}-`);
  tar.x({ file: archive, cwd: folder, sync: true });
  const entities = path.join(folder, 'entities');
  const file = path.join(entities, readdirSync(entities).sort().at(-1) ?? 'entities_00001.jsonl');
  const lines = readFileSync(file, 'utf8').split('\n');
  rewrite(lines);
  writeFileSync(file, lines.join('\n'));
  tar.c({ gzip: true, file: target, cwd: folder, sync: true }, readdirSync(folder));
  rmSync(folder, { recursive: true, force: true });
  return target;
}
