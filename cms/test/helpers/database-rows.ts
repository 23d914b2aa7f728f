import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { TestDatabase } from './databases';

/**
 * Every row of every table of a test database, read straight from the database (not through Strapi), each table's
 * rows as sorted JSON: two reads are equal only if nothing at all was written in between.
 */
export type DatabaseRows = Record<string, string[]>;

export async function readEveryRow(database: TestDatabase): Promise<DatabaseRows> {
  if (database.client === 'sqlite') {
    const sqlite = new Database(database.env.DATABASE_FILENAME, { readonly: true, fileMustExist: true });
    try {
      const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
      return Object.fromEntries(
        tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort()]),
      );
    } finally {
      sqlite.close();
    }
  }
  const schema = database.env.DATABASE_SCHEMA;
  const client = new Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name",
      [schema],
    );
    const content: DatabaseRows = {};
    for (const { table_name: table } of tables) {
      const { rows } = await client.query(`SELECT * FROM "${schema}"."${table}"`);
      content[table] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return content;
  } finally {
    await client.end();
  }
}
