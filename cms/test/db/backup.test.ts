import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { UID } from '@strapi/strapi';
import { PUBLIC_TYPES } from '../../src/settings/public-types';
import { foreignArchive, randomFile, truncatedCopy, withEntityLine } from '../helpers/bad-archives';
import { APP_DIR, startCms, type TestCms } from '../helpers/cms';
import { watchCommandLines } from '../helpers/command-line-watch';
import { readEveryRow } from '../helpers/database-rows';
import { createTestDatabase, type TestDatabase } from '../helpers/databases';
import { runProcess } from '../helpers/processes';

/**
 * `npm run backup` then `npm run restore` into an empty database and media folder give back every entry, locale,
 * publication state, relation and media file; encrypted too, the key never on a command line. A bad archive is
 * refused before anything changes, and an import that fails midway is undone.
 */
type Snapshot = Record<string, unknown>;

async function snapshot(cms: TestCms, publicDir: string): Promise<Snapshot> {
  const content: Snapshot = {};
  for (const uid of Object.keys(PUBLIC_TYPES) as UID.Schema[]) {
    const model = cms.strapi.getModel(uid);
    const relations = Object.entries(model.attributes)
      .filter(([, attribute]) => attribute.type === 'relation')
      .map(([name]) => name);
    const rows = (await cms.strapi.db.query(uid).findMany({
      populate: Object.fromEntries(relations.map((name) => [name, { select: ['documentId'] }])),
    })) as Array<Record<string, unknown>>;
    content[uid] = rows
      .map((row) => {
        const { id, createdAt, updatedAt, publishedAt, ...fields } = row;
        void id;
        void createdAt;
        void updatedAt;
        for (const name of relations) {
          const value = fields[name];
          fields[name] = (Array.isArray(value) ? value : value ? [value] : []).map((entry) => (entry as { documentId: string }).documentId).sort();
        }
        return { ...fields, published: publishedAt !== null } as Record<string, unknown>;
      })
      .sort((a, b) => JSON.stringify([a.documentId, a.locale, a.published]).localeCompare(JSON.stringify([b.documentId, b.locale, b.published])));
  }
  const files = (await cms.strapi.db.query('plugin::upload.file').findMany({})) as Array<Record<string, unknown>>;
  content.files = files.map(({ name, hash, ext, mime, size, width, height, formats }) => ({ name, hash, ext, mime, size, width, height, formats })).sort(
    (a, b) => String(a.hash).localeCompare(String(b.hash)),
  );
  const uploads = path.join(publicDir, 'uploads');
  content.bytes = Object.fromEntries(
    readdirSync(uploads)
      .filter((file) => !file.startsWith('.'))
      .sort()
      .map((file) => [file, createHash('sha256').update(readFileSync(path.join(uploads, file))).digest('hex')]),
  );
  return content;
}

/** Every file and folder under a folder (hidden ones and leftovers included), files with their SHA-256. */
function readFolder(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(folder, name);
    entries[name] = statSync(file).isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return entries;
}

let folder: string;
let backupDir: string;
const databases: TestDatabase[] = [];
/** The source CMS: seeded, edited, then backed up. */
let sourceEnv: Record<string, string>;
let sourceDatabase: TestDatabase;
let publicA: string;
let before: Snapshot;
/** The target CMS, restored into. */
let targetEnv: Record<string, string>;
let publicB: string;
const archives = { plain: '', encrypted: '' };
const key = `backup-key-${randomBytes(12).toString('hex')}`;

const env = (databaseEnv: Record<string, string>, extra: Record<string, string> = {}) => ({
  ...process.env,
  ...databaseEnv,
  NODE_ENV: 'development',
  BACKUP_DIR: backupDir,
  ...extra,
});
const backup = (extra: Record<string, string> = {}) => runProcess(process.execPath, ['scripts/backup.js'], { cwd: APP_DIR, env: env(sourceEnv, extra) });
const restore = (databaseEnv: Record<string, string>, archive: string, extra: Record<string, string> = {}) =>
  runProcess(process.execPath, ['scripts/restore.js', archive], { cwd: APP_DIR, env: env(databaseEnv, extra), timeoutMs: 600000 });
const archivesIn = (directory: string) => readdirSync(directory).sort();

async function restoredContent(): Promise<Snapshot> {
  const restored = await startCms({ ...targetEnv, SEED_ON_START: 'skip' });
  try {
    return await snapshot(restored, publicB);
  } finally {
    await restored.close();
  }
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'cms-backup-'));
  backupDir = path.join(folder, 'backups');
  publicA = path.join(folder, 'public-a');
  mkdirSync(path.join(publicA, 'uploads'), { recursive: true });
  const source = await startCms({ CMS_PUBLIC_DIR: publicA });
  // Editors' work that is not in the seed: a draft and a published change.
  const team = (await source.documents('api::team.team').findFirst({ locale: 'fr' })) as unknown as { documentId: string };
  await source.documents('api::team.team').update({ documentId: team.documentId, locale: 'fr', data: { summary: 'Brouillon en cours' } } as never);
  await source.documents('api::news-article.news-article').create({ locale: 'en', data: { title: 'Draft only', date: '2026-11-29' } } as never);
  before = await snapshot(source, publicA);
  sourceEnv = { ...source.database.env, CMS_PUBLIC_DIR: publicA };
  sourceDatabase = source.database;
  databases.push(source.database);
  await source.close();
}, 600000);
afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  rmSync(folder, { recursive: true, force: true });
});

test('npm run backup writes an archive, and an encrypted one whose key no command line shows', async () => {
  const plain = await backup();
  archives.plain = path.join(backupDir, archivesIn(backupDir).find((file) => file.endsWith('.tar.gz')) ?? '');
  expect({ code: plain.code, output: plain.code === 0 ? '' : plain.output }).toEqual({ code: 0, output: '' });

  // The watcher sees a key on a command line when there is one.
  const check = watchCommandLines(key);
  await runProcess(process.execPath, ['-e', 'setTimeout(() => {}, 500)', key], { cwd: APP_DIR, env: process.env });
  expect(check.stop()).toHaveLength(1);

  const watch = watchCommandLines(key);
  const encrypted = await backup({ BACKUP_ENCRYPTION_KEY: key });
  archives.encrypted = path.join(backupDir, archivesIn(backupDir).find((file) => file.endsWith('.tar.gz.enc')) ?? '');
  expect(watch.stop()).toEqual([]);
  expect({ code: encrypted.code, output: encrypted.code === 0 ? '' : encrypted.output }).toEqual({ code: 0, output: '' });
  expect(plain.output).toContain(`Backup written to ${archives.plain}: `);
  expect(encrypted.output).toContain(`Backup written to ${archives.encrypted} (encrypted): `);
  // Encrypted means unreadable without the key: not even gzip's signature shows.
  expect(readFileSync(archives.encrypted).subarray(0, 2)).not.toEqual(Buffer.from([0x1f, 0x8b]));
}, 600000);

test('restore refuses a bad archive, and the database and media folder stay exactly as they were', async () => {
  const bad = path.join(folder, 'bad');
  mkdirSync(bad);
  const cases: Array<{ name: string; archive: string; env?: Record<string, string>; code: number; message: RegExp }> = [
    { name: 'encrypted, no key', archive: archives.encrypted, code: 2, message: /is encrypted: give its key in BACKUP_ENCRYPTION_KEY or BACKUP_ENCRYPTION_KEY_FILE/ },
    { name: 'encrypted, wrong key', archive: archives.encrypted, env: { BACKUP_ENCRYPTION_KEY: 'not-the-key' }, code: 1, message: /the key is wrong/ },
    { name: 'truncated', archive: truncatedCopy(archives.plain, path.join(bad, 'truncated.tar.gz')), code: 1, message: /is truncated/ },
    {
      name: 'encrypted, truncated',
      archive: truncatedCopy(archives.encrypted, path.join(bad, 'truncated.tar.gz.enc')),
      env: { BACKUP_ENCRYPTION_KEY: key },
      code: 1,
      message: /damaged or truncated/,
    },
    { name: 'a tar.gz of other files', archive: foreignArchive(path.join(bad, 'foreign.tar.gz')), code: 1, message: /is not a Strapi export: it holds no metadata\.json/ },
    { name: 'random bytes', archive: randomFile(path.join(bad, 'random.tar.gz')), code: 1, message: /is not a gzip-compressed archive/ },
    { name: 'empty', archive: (writeFileSync(path.join(bad, 'empty.tar.gz'), ''), path.join(bad, 'empty.tar.gz')), code: 1, message: /is empty/ },
    {
      name: 'a damaged entities file',
      archive: withEntityLine(archives.plain, path.join(bad, 'damaged-entities.tar.gz'), (lines) => {
        lines[1] = lines[1].slice(0, 40);
      }),
      code: 1,
      message: /entities_\d+\.jsonl line 2 is not valid JSON/,
    },
  ];
  // Every table, every file of the media folder (leftover folders included), and no safety copy written.
  const exactly = async (): Promise<Record<string, unknown>> => ({
    ...(await readEveryRow(sourceDatabase)),
    ...Object.fromEntries(Object.entries(readFolder(publicA)).map(([file, hash]) => [`media/${file}`, hash])),
    backups: archivesIn(backupDir),
  });
  const original = await exactly();
  expect(Object.keys(original).filter((name) => name.startsWith('media/uploads/')).length).toBeGreaterThan(50);
  const outcomes = [];
  for (const { name, archive, env: extra, code, message } of cases) {
    const result = await restore(sourceEnv, archive, extra);
    const now = await exactly();
    const changed = [...new Set([...Object.keys(original), ...Object.keys(now)])].filter((part) => !isDeepStrictEqual(original[part], now[part]));
    outcomes.push({ name, code: result.code, refused: message.test(result.output), saysUnchanged: /Nothing was changed/.test(result.output), changed });
  }
  expect(outcomes).toEqual(cases.map(({ name, code }) => ({ name, code, refused: true, saysUnchanged: true, changed: [] })));
}, 900000);

test('a backup restored into an empty database gives back everything', async () => {
  const target = await createTestDatabase();
  databases.push(target);
  publicB = path.join(folder, 'public-b');
  mkdirSync(path.join(publicB, 'uploads'), { recursive: true });
  targetEnv = { ...target.env, CMS_PUBLIC_DIR: publicB };
  // The target database is created empty (its schema made by a first start), then restored into.
  await (await startCms({ ...targetEnv, SEED_ON_START: 'skip' })).close();
  const result = await restore(targetEnv, archives.plain);
  expect({ code: result.code, output: result.code === 0 ? '' : result.output }).toEqual({ code: 0, output: '' });

  const after = await restoredContent();
  expect(Object.keys(after.bytes as object).length).toBeGreaterThan(50);
  expect((after['api::team.team'] as unknown[]).length).toBe((before['api::team.team'] as unknown[]).length);
  expect(after).toEqual(before);
}, 600000);

test('an encrypted backup restored over a database replaces it, its key read from a file no command line shows', async () => {
  const keyFile = path.join(folder, 'backup-key');
  writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
  const watch = watchCommandLines(key);
  const result = await restore(targetEnv, archives.encrypted, { BACKUP_ENCRYPTION_KEY_FILE: keyFile });
  expect(watch.stop()).toEqual([]);
  expect({ code: result.code, output: result.code === 0 ? '' : result.output }).toEqual({ code: 0, output: '' });
  // What was there before is kept, encrypted with the same key: a restore can be undone.
  const safety = archivesIn(backupDir).filter((file) => /-before-restore\.tar\.gz\.enc$/.test(file));
  expect(safety).toHaveLength(1);
  expect(result.output).toContain(`To undo: npm run restore -- ${path.join(backupDir, safety[0])}`);
  expect(await restoredContent()).toEqual(before);
}, 600000);

test('a restore whose import fails midway puts back what was there, media included', async () => {
  // Well-formed, so it passes the checks; its last entry has a date the database layer refuses, after Strapi's import
  // has deleted everything and moved the media folder aside.
  const failing = withEntityLine(archives.plain, path.join(folder, 'fails-midway.tar.gz'), (lines) => {
    const last = lines.length - 1 - [...lines].reverse().findIndex((line) => line.trim() !== '');
    const entity = JSON.parse(lines[last]) as { data: Record<string, unknown> };
    entity.data.createdAt = 'not a date';
    lines[last] = JSON.stringify(entity);
  });
  const result = await restore(targetEnv, failing);
  expect({ publicFolder: readdirSync(publicB).sort(), content: await restoredContent() }).toEqual({ publicFolder: ['uploads'], content: before });
  expect(result.code).toBe(1);
  expect(result.output).toMatch(/failed midway: .*\n/);
  expect(result.output).toMatch(/The content from before the restore was put back \(from .*-before-restore\.tar\.gz\): nothing was lost\./);
}, 900000);

test('restore refuses a missing archive', async () => {
  const result = await runProcess(process.execPath, ['scripts/restore.js', '/nonexistent.tar.gz'], { cwd: APP_DIR, env: process.env });
  expect(result.code).toBe(2);
  expect(result.output).toContain('No file at /nonexistent.tar.gz');
});
