import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_DIR } from './helpers/cms';
import { runProcess } from './helpers/processes';

/**
 * Every operator command typed as the README says, `npm run <script> -- ...` at the repository's root: `--help` and
 * `-h` print the usage (what it does, its options, the environment it reads) and exit 0; bad input is refused with a
 * message and exit code 2. In every case before the CMS is loaded: the SQLite file the environment names is never
 * created. (Restoring bad archives is proven on both databases in db/backup.test.ts.)
 */
const ROOT = path.resolve(APP_DIR, '..');
let folder: string;
let databaseFile: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'cms-command-line-'));
  databaseFile = path.join(folder, 'data.db');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => expect(existsSync(databaseFile)).toBe(false));

const environment = (extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: databaseFile,
  BACKUP_DIR: path.join(folder, 'backups'),
  ...extra,
});
const npmRun = (script: string, args: string[]) => runProcess('npm', ['run', script, '--', ...args], { cwd: ROOT, env: environment() });
const cmsScript = (script: string, args: string[], extra: Record<string, string> = {}) =>
  runProcess(process.execPath, [path.join('scripts', script), ...args], { cwd: APP_DIR, env: environment(extra) });

const COMMANDS = [
  { script: 'seed', usage: 'Usage: npm run seed [-- --mode merge|if-empty]', reads: 'DATABASE_CLIENT' },
  { script: 'import:publications', usage: 'Usage: npm run import:publications -- <file>...', reads: 'DATABASE_CLIENT' },
  { script: 'backup', usage: 'Usage: npm run backup', reads: 'BACKUP_ENCRYPTION_KEY_FILE' },
  { script: 'restore', usage: 'Usage: npm run restore -- <archive>', reads: 'BACKUP_ENCRYPTION_KEY_FILE' },
  { script: 'bench', usage: 'Usage: npm run bench -- [--sizes seed,large]', reads: 'BENCH_POSTGRES_URL' },
  { script: 'bench:data', usage: 'Usage: npm run bench:data -- [--teams 200]', reads: 'DATABASE_CLIENT' },
];

describe.each(COMMANDS)('npm run $script', ({ script, usage, reads }) => {
  test.each(['--help', '-h'])('%s prints the usage and exits 0', async (flag) => {
    const { code, output } = await npmRun(script, [flag]);
    expect({ code, usage: output.includes(usage), options: output.includes('Options:'), environment: output.includes(reads) }).toEqual({
      code: 0,
      usage: true,
      options: true,
      environment: true,
    });
  });

  test('refuses an unknown option with the usage line, exit code 2', async () => {
    const { code, output } = await npmRun(script, ['--frobnicate']);
    expect({ code, output }).toEqual({ code: 2, output: expect.stringContaining(`Unknown option "--frobnicate".\n${usage}`) });
  });
});

test('npm run import:publications names every file it cannot read, and imports nothing', async () => {
  const { code, output } = await npmRun('import:publications', ['missing.xml', 'cms/test/fixtures/publications/pubmed.xml', 'cms/test', 'gone/orcid.json']);
  expect(code).toBe(2);
  expect(output).toContain(
    `No file at ${path.join(ROOT, 'missing.xml')}.\n${path.join(ROOT, 'cms', 'test')} is not a file.\n` +
      `No file at ${path.join(ROOT, 'gone', 'orcid.json')}.\nNothing was imported.`,
  );
});

test('npm run seed refuses a mode it does not know, and an argument it does not take', async () => {
  const mode = await npmRun('seed', ['--mode', 'force']);
  expect({ code: mode.code, output: mode.output }).toEqual({ code: 2, output: expect.stringContaining('--mode must be "merge" or "if-empty", got "force".') });
  const missing = await cmsScript('seed.js', ['--mode']);
  expect({ code: missing.code, output: missing.output }).toEqual({ code: 2, output: expect.stringContaining("Option '--mode <value>' argument missing") });
  const extra = await cmsScript('seed.js', ['if-empty']);
  expect({ code: extra.code, output: extra.output }).toEqual({ code: 2, output: expect.stringContaining('Unexpected argument "if-empty".') });
});

test('backup and restore refuse a bad key setting before anything runs', async () => {
  const keyFile = path.join(folder, 'key');
  writeFileSync(keyFile, '\n');
  const settings: Array<[Record<string, string>, string]> = [
    [{ BACKUP_ENCRYPTION_KEY: 'a-key', BACKUP_ENCRYPTION_KEY_FILE: keyFile }, 'Set BACKUP_ENCRYPTION_KEY or BACKUP_ENCRYPTION_KEY_FILE, not both.'],
    [{ BACKUP_ENCRYPTION_KEY_FILE: path.join(folder, 'no-such-key') }, `BACKUP_ENCRYPTION_KEY_FILE: cannot read ${path.join(folder, 'no-such-key')} (ENOENT).`],
    [{ BACKUP_ENCRYPTION_KEY_FILE: keyFile }, `BACKUP_ENCRYPTION_KEY_FILE: ${keyFile} is empty.`],
  ];
  const archive = path.join(folder, 'institute.tar.gz');
  writeFileSync(archive, '');
  for (const [extra, message] of settings) {
    for (const [script, args] of [['backup.js', []], ['restore.js', [archive]]] as const) {
      const { code, output } = await cmsScript(script, [...args], extra);
      expect({ script, code, output }).toEqual({ script, code: 2, output: expect.stringContaining(message) });
    }
  }
  expect(existsSync(path.join(folder, 'backups'))).toBe(false);
});

test('npm run restore refuses a file that is not an archive, or two archives', async () => {
  const notes = path.join(folder, 'notes.txt');
  writeFileSync(notes, 'not a backup');
  mkdirSync(path.join(folder, 'folder.tar.gz'));
  const cases: Array<[string[], string]> = [
    [[notes], `${notes} is not named like a backup (.tar.gz, or .tar.gz.enc when encrypted).`],
    [[path.join(folder, 'folder.tar.gz')], `${path.join(folder, 'folder.tar.gz')} is not a file.`],
    [['a.tar.gz', 'b.tar.gz'], 'Unexpected argument "b.tar.gz".'],
    [[], 'Missing: the archive to restore.\nUsage: npm run restore -- <archive>'],
  ];
  for (const [args, message] of cases) {
    const { code, output } = await cmsScript('restore.js', args);
    expect({ args, code, output }).toEqual({ args, code: 2, output: expect.stringContaining(message) });
  }
});
