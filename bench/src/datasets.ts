import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { runTimed } from './processes';
import { LARGE_SIZES, type ScaleSizes } from './scale/generate';
import { BIN, CMS_DIR, ROOT, SECRETS } from './stack';

/**
 * The databases the benchmarks run on: the institute's seed, and the seed grown by the scale generator to
 * LARGE_SIZES, each on SQLite and on PostgreSQL. The seed is imported afresh on every run (its import time is a figure);
 * the large data takes long to generate, so it is kept in bench/.data/ (PostgreSQL: database bench_large) and reused
 * while it holds the sizes asked for, its generation time read back from the marker the generator leaves.
 */
export type DatabaseClient = 'sqlite' | 'postgres';
export type Size = 'seed' | 'large';

export interface Dataset {
  size: Size;
  client: DatabaseClient;
  label: string;
  /** The CMS's database and media settings for this dataset. */
  env: Record<string, string>;
  /** How it came to be: seconds to import or generate it, and whether that happened in this run. */
  preparation: { seconds: number; inThisRun: boolean; what: string };
}

const DATA_DIR = path.join(ROOT, 'bench', '.data');
export const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MARKER_KEY = 'core_bench_scale-data';

function datasetEnv(size: Size, client: DatabaseClient): { env: Record<string, string>; folder: string } {
  const folder = path.join(DATA_DIR, `${size}-${client}`);
  const media = { CMS_PUBLIC_DIR: path.join(folder, 'public') };
  if (client === 'sqlite') return { folder, env: { ...media, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(folder, 'data.db') } };
  const url = new URL(POSTGRES_URL);
  url.pathname = `/bench_${size}`;
  return { folder, env: { ...media, DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_SSL: 'false' } };
}

async function withPostgres<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function recreate(size: Size, client: DatabaseClient, folder: string) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(path.join(folder, 'public', 'uploads'), { recursive: true });
  if (client === 'postgres') {
    await withPostgres(async (pg) => {
      await pg.query(`DROP DATABASE IF EXISTS bench_${size} WITH (FORCE)`);
      await pg.query(`CREATE DATABASE bench_${size}`);
    });
  }
}

/** What the generator recorded in a database it filled, if it did. */
async function generatedMarker(client: DatabaseClient, env: Record<string, string>): Promise<{ sizes: ScaleSizes; seconds: number } | null> {
  try {
    if (client === 'sqlite') {
      if (!existsSync(env.DATABASE_FILENAME)) return null;
      const db = new Database(env.DATABASE_FILENAME, { readonly: true });
      try {
        const row = db.prepare('SELECT value FROM strapi_core_store_settings WHERE key = ?').get(MARKER_KEY) as { value: string } | undefined;
        return row ? (JSON.parse(row.value) as { sizes: ScaleSizes; seconds: number }) : null;
      } finally {
        db.close();
      }
    }
    const pg = new Client({ connectionString: env.DATABASE_URL });
    await pg.connect();
    try {
      const result = await pg.query('SELECT value FROM strapi_core_store_settings WHERE key = $1', [MARKER_KEY]);
      return result.rows[0] ? (JSON.parse(result.rows[0].value as string) as { sizes: ScaleSizes; seconds: number }) : null;
    } finally {
      await pg.end();
    }
  } catch {
    // No such database or table yet.
    return null;
  }
}

const sameSizes = (a: ScaleSizes, b: ScaleSizes) => (Object.keys(b) as Array<keyof ScaleSizes>).every((key) => a[key] === b[key]);

export async function prepareDataset(size: Size, client: DatabaseClient, log: (message: string) => void): Promise<Dataset> {
  const { env, folder } = datasetEnv(size, client);
  const label = `${size}/${client}`;
  const environment = { ...process.env, ...SECRETS, ...env, STRAPI_TELEMETRY_DISABLED: 'true', LOG_LEVEL: 'warn' };
  if (size === 'seed') {
    log(`${label}: importing the seed into a fresh database`);
    await recreate(size, client, folder);
    const run = await runTimed(process.execPath, ['scripts/seed.js', '--mode', 'if-empty'], {
      cwd: CMS_DIR,
      env: { ...environment, NODE_ENV: 'production' },
    });
    return { size, client, label, env, preparation: { seconds: run.seconds, inThisRun: true, what: 'seed import (npm run seed, CMS boot included)' } };
  }
  const marker = await generatedMarker(client, env);
  if (marker && sameSizes(marker.sizes, LARGE_SIZES)) {
    log(`${label}: reusing the generated data in ${client === 'sqlite' ? folder : 'database bench_large'}`);
    return { size, client, label, env, preparation: { seconds: marker.seconds, inThisRun: false, what: 'scale generation' } };
  }
  log(`${label}: generating ${JSON.stringify(LARGE_SIZES)} (this takes a while; the data is kept for later runs)`);
  await recreate(size, client, folder);
  const sizes = Object.entries(LARGE_SIZES).flatMap(([name, value]) => [`--${name}`, String(value)]);
  await runTimed(path.join(BIN, 'tsx'), [path.join(ROOT, 'bench', 'src', 'scale', 'cli.ts'), ...sizes], {
    cwd: path.join(ROOT, 'bench'),
    env: { ...environment, NODE_ENV: 'development' },
  });
  const generated = await generatedMarker(client, env);
  if (!generated) throw new Error(`${label}: the generator finished but left no marker`);
  return { size, client, label, env, preparation: { seconds: generated.seconds, inThisRun: true, what: 'scale generation' } };
}
