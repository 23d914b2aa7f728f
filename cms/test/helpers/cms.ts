import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createStrapi, type Core, type UID } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './databases';

export const APP_DIR = path.resolve(__dirname, '..', '..');

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export interface TestCms {
  strapi: Core.Strapi;
  url: string;
  database: TestDatabase;
  /** The document service of a type named by a plain string (the tests are generic over our types). */
  documents(uid: string): ReturnType<Core.Strapi['documents']>;
  /** Stops the CMS and gives the environment back, keeping the database (to reopen it, or back it up). */
  close(): Promise<void>;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Stops the CMS, drops its database and gives the environment back. */
  stop(): Promise<void>;
}

/**
 * Boots the real CMS (compiled by the global setup) on a fresh database of the client under test, seeded on start
 * unless `SEED_ON_START` says otherwise, and serves it over HTTP on a free port.
 */
export async function startCms(env: Record<string, string> = {}): Promise<TestCms> {
  const database = await createTestDatabase();
  const settings: Record<string, string> = {
    SEED_ON_START: 'if-empty',
    LOG_LEVEL: 'warn',
    // No website runs beside the tests: revalidation requests go nowhere unless a test listens for them.
    WEBSITE_INTERNAL_URL: 'http://127.0.0.1:9',
    ...database.env,
    ...env,
  };
  // Test files share one process (--runInBand): what this CMS sets is given back when it stops.
  const previous = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]));
  Object.assign(process.env, settings);
  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  const close = async () => {
    await strapi.destroy();
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  const url = `http://127.0.0.1:${port}`;

  return {
    strapi,
    url,
    database,
    documents: (uid: string) => strapi.documents(uid as UID.ContentType),
    async graphql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
      return { status: response.status, ...body };
    },
    close,
    async stop() {
      await close();
      await database.drop();
    },
  };
}
