import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { SECRET_NAMES } from '../../src/settings/secrets';
import { APP_DIR, startCms, type TestCms } from '../helpers/cms';
import { createTestDatabase } from '../helpers/databases';
import { runProcess, type ProcessResult } from '../helpers/processes';

const STRAPI_BIN = path.resolve(APP_DIR, '..', 'node_modules', '.bin', 'strapi');
const randomSecret = () => randomBytes(24).toString('base64');
const realSecrets = (): Record<string, string> =>
  Object.fromEntries(SECRET_NAMES.map((name) => [name, name === 'APP_KEYS' ? `${randomSecret()},${randomSecret()}` : randomSecret()]));

/** Runs `strapi start` as production does, on a fresh database. */
async function strapiStart(env: Record<string, string>): Promise<ProcessResult> {
  const database = await createTestDatabase();
  try {
    return await runProcess(STRAPI_BIN, ['start'], {
      cwd: APP_DIR,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        STRAPI_TELEMETRY_DISABLED: 'true',
        NODE_ENV: 'production',
        ...database.env,
        PORT: '0',
        ...env,
      },
    });
  } finally {
    await database.drop();
  }
}

describe('production start', () => {
  test.each([
    ['APP_KEYS', 'toBeModified1,toBeModified2'],
    ['JWT_SECRET', 'tobemodified'],
    ['ENCRYPTION_KEY', ''],
    ['ADMIN_JWT_SECRET', 'change-me-please-0000'],
  ])('refuses a placeholder %s and names it', async (name, value) => {
    const { code, output } = await strapiStart({ ...realSecrets(), [name]: value });
    expect(code).not.toBe(0);
    expect(output).toContain('Refusing to start in production');
    expect(output).toContain(name);
    for (const other of SECRET_NAMES.filter((secret) => secret !== name)) {
      expect(output).not.toMatch(new RegExp(`\\b${other} is`));
    }
  });

  test('refuses to start with no secrets at all, naming each', async () => {
    const { code, output } = await strapiStart({});
    expect(code).not.toBe(0);
    for (const name of SECRET_NAMES) expect(output).toContain(`${name} is missing`);
  });
});

describe('GraphQL in production', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startCms({ NODE_ENV: 'production', SEED_ON_START: 'skip', ...realSecrets() });
  });
  afterAll(async () => cms?.stop());

  test('has no introspection and no landing page, and still answers queries', async () => {
    const introspection = await cms.graphql('{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const typeProbe = await cms.graphql('{ __type(name: "Team") { fields { name } } }');
    expect(typeProbe.errors?.length).toBeGreaterThan(0);

    const landing = await fetch(`${cms.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toMatch(/<html|sandbox|playground/i);

    const query = await cms.graphql<{ teams: unknown[] }>('{ teams { name } }');
    expect(query.errors).toBeUndefined();
    expect(query.data?.teams).toEqual([]);
  });

  test('does not create the local admin account', async () => {
    expect(await cms.strapi.service('admin::user').exists()).toBe(false);
  });
});
