import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { UID } from '@strapi/strapi';
import { PUBLIC_TYPES } from '../../src/settings/public-types';
import { APP_DIR, startCms, type TestCms } from '../helpers/cms';
import { createTestDatabase, type TestDatabase } from '../helpers/databases';
import { runProcess } from '../helpers/processes';

/**
 * `npm run backup` then `npm run restore` into an empty database and media folder give back every entry, locale,
 * publication state, relation and media file.
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

let folder: string;
const databases: TestDatabase[] = [];
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'cms-backup-'));
});
afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  rmSync(folder, { recursive: true, force: true });
});

test('a backup restored into an empty database gives back everything', async () => {
  const publicA = path.join(folder, 'public-a');
  mkdirSync(path.join(publicA, 'uploads'), { recursive: true });
  const source = await startCms({ CMS_PUBLIC_DIR: publicA });
  // Editors' work that is not in the seed: a draft and a published change.
  const team = (await source.documents('api::team.team').findFirst({ locale: 'fr' })) as unknown as { documentId: string };
  await source.documents('api::team.team').update({ documentId: team.documentId, locale: 'fr', data: { summary: 'Brouillon en cours' } } as never);
  await source.documents('api::news-article.news-article').create({ locale: 'en', data: { title: 'Draft only', date: '2026-11-29' } } as never);
  const before = await snapshot(source, publicA);
  const sourceEnv = { ...source.database.env, CMS_PUBLIC_DIR: publicA };
  databases.push(source.database);
  await source.close();

  const backupDir = path.join(folder, 'backups');
  const env = (databaseEnv: Record<string, string>) => ({ ...process.env, ...databaseEnv, NODE_ENV: 'development', BACKUP_DIR: backupDir });
  const backup = await runProcess(process.execPath, ['scripts/backup.js'], { cwd: APP_DIR, env: env(sourceEnv) });
  expect(backup.code).toBe(0);
  const archive = readdirSync(backupDir).find((file) => file.endsWith('.tar.gz'));
  expect(archive).toBeDefined();

  const target = await createTestDatabase();
  databases.push(target);
  const publicB = path.join(folder, 'public-b');
  mkdirSync(path.join(publicB, 'uploads'), { recursive: true });
  const targetEnv = { ...target.env, CMS_PUBLIC_DIR: publicB };
  // The target database is created empty (its schema made by a first start), then restored into.
  await (await startCms({ ...targetEnv, SEED_ON_START: 'skip' })).close();
  const restore = await runProcess(process.execPath, ['scripts/restore.js', path.join(backupDir, archive ?? '')], { cwd: APP_DIR, env: env(targetEnv) });
  expect({ code: restore.code, output: restore.code === 0 ? '' : restore.output }).toEqual({ code: 0, output: '' });

  const restored = await startCms({ ...targetEnv, SEED_ON_START: 'skip' });
  const after = await snapshot(restored, publicB);
  await restored.close();

  expect(Object.keys(after.bytes as object).length).toBeGreaterThan(50);
  expect((after['api::team.team'] as unknown[]).length).toBe((before['api::team.team'] as unknown[]).length);
  expect(after).toEqual(before);
}, 600000);

test('restore refuses a missing archive', async () => {
  const result = await runProcess(process.execPath, ['scripts/restore.js', '/nonexistent.tar.gz'], { cwd: APP_DIR, env: process.env });
  expect(result.code).toBe(2);
  expect(result.output).toContain('No file at /nonexistent.tar.gz');
});
