import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * A fresh, empty database for one test file. SQLite gets a file in a temporary folder; PostgreSQL gets a schema of its
 * own in TEST_DATABASE_URL's database (the one .ci/run creates), dropped with everything in it afterwards.
 */
export type DatabaseClient = 'sqlite' | 'postgres';

export interface TestDatabase {
  client: DatabaseClient;
  /** The environment the CMS reads its database settings from (config/database.ts). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function testDatabaseClient(): DatabaseClient {
  const client = process.env.TEST_DATABASE_CLIENT ?? 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres') {
    throw new Error(`TEST_DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
  }
  return client;
}

export async function createTestDatabase(client: DatabaseClient = testDatabaseClient()): Promise<TestDatabase> {
  if (client === 'sqlite') {
    const folder = mkdtempSync(path.join(tmpdir(), 'cms-test-'));
    return {
      client,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(folder, 'data.db') },
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }

  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: url });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL tests need a server at TEST_DATABASE_URL (${url}): ${(error as Error).message}`);
  }
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  return {
    client,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url, DATABASE_SCHEMA: schema, DATABASE_POOL_MIN: '0' },
    drop: async () => {
      const cleaner = new Client({ connectionString: url });
      await cleaner.connect();
      await cleaner.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await cleaner.end();
    },
  };
}
