import path from 'node:path';
import { APP_DIR } from '../helpers/cms';
import { createTestDatabase, type TestDatabase } from '../helpers/databases';
import { runProcess, type ProcessResult } from '../helpers/processes';
import { seedFile } from '../helpers/seed-data';

/** `npm run seed` as an operator runs it, against a database of its own. */
const seedCommand = (database: TestDatabase, args: string[]): Promise<ProcessResult> =>
  runProcess(process.execPath, [path.join(APP_DIR, 'scripts', 'seed.js'), ...args], {
    cwd: APP_DIR,
    env: { ...process.env, ...database.env, LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    // Compiling and loading the CMS, then seeding it, takes minutes on a loaded machine (PostgreSQL especially).
    timeoutMs: 600000,
  });

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

test('npm run seed fills an empty database once, then finds nothing to add', async () => {
  const first = await seedCommand(database, ['--mode', 'if-empty']);
  expect(first.code).toBe(0);
  const count = (file: string) => seedFile(file).length;
  expect(first.output).toContain(
    `Seed (if-empty): created ${count('people.json')} person, ${count('departments.json')} department, ` +
      `${count('teams.json')} team, ${count('platforms.json')} platform, ${count('news-categories.json')} news-category, ` +
      `${count('news-articles.json')} news-article, ${count('events.json')} event, ${count('job-offers.json')} job-offer, ` +
      // The publication files' 53 records are 36 works (see cms/data/publications/).
      '1 institute, 36 publication; publications: 11 merged from several source files, 0 skipped, ',
  );

  const again = await seedCommand(database, ['--mode=if-empty']);
  expect(again.output).toContain('Seed (if-empty) skipped');

  const merge = await seedCommand(database, []);
  expect(merge.code).toBe(0);
  expect(merge.output).toContain('Seed (merge): created nothing.');
}, 1200000);

test('npm run import:publications imports the good files, and names the bad one and the place, importing nothing of it', async () => {
  const fixtures = path.join(APP_DIR, 'test', 'fixtures', 'publications');
  const importCommand = (files: string[]) =>
    runProcess(process.execPath, [path.join(APP_DIR, 'scripts', 'import-publications.js'), ...files], {
      cwd: APP_DIR,
      env: { ...process.env, ...database.env, LOG_LEVEL: 'warn', NODE_ENV: 'development', INIT_CWD: fixtures },
      timeoutMs: 600000,
    });
  const first = await importCommand(['broken/truncated.json', 'pubmed.xml']);
  expect(first.code).toBe(1);
  expect(first.output).toMatch(new RegExp(`ERROR .*${path.join(fixtures, 'broken', 'truncated.json')}.*(line|position|docs).* Nothing was imported from this file\\.`));
  expect(first.output).toContain(`Read ${path.join(fixtures, 'pubmed.xml')}: 5 records (pubmed).`);
  expect(first.output).toContain('Added 5, updated 0, unchanged 0, skipped 0');

  const again = await importCommand(['pubmed.xml']);
  expect(again.code).toBe(0);
  expect(again.output).toContain('Added 0, updated 0, unchanged 5, skipped 0');

  const usage = await importCommand([]);
  expect(usage.code).toBe(2);
  expect(usage.output).toContain('Usage: npm run import:publications -- <file>...');
}, 1200000);

test('npm run seed refuses an unknown mode as a bad command line, before it opens the database', async () => {
  const { code, output } = await seedCommand(database, ['--mode', 'force']);
  expect(code).toBe(2);
  expect(output).toContain('--mode must be "merge" or "if-empty", got "force".\nUsage: npm run seed');
});
