import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SECRET_NAMES } from '../src/settings/secrets';

/**
 * No Docker engine runs here, so the production stack is checked statically: what docker compose would read, and
 * what the images it builds would run.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  environment?: Record<string, string | number>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] | string; interval?: string; retries?: number };
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const composeText = read('docker-compose.yml');
const compose = parse(composeText) as Compose;
const { postgres, cms, web } = compose.services;

/** `${NAME:?message}` (required), `${NAME:-default}` or `${NAME}`: the variable a value is wired from. */
const variableOf = (value: string | number | undefined): { name: string; required: boolean } | null => {
  const match = /^\$\{([A-Z0-9_]+)(:\?[^}]*|:-[^}]*)?\}$/.exec(String(value ?? ''));
  return match ? { name: match[1], required: (match[2] ?? '').startsWith(':?') } : null;
};

const dockerfileOf = (service: Service) => {
  if (!service.build) throw new Error('service has no build section');
  const file = path.join(ROOT, service.build.context, service.build.dockerfile);
  expect(existsSync(file)).toBe(true);
  return readFileSync(file, 'utf8');
};

describe('docker-compose.yml', () => {
  test('runs exactly postgres, cms and web', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'postgres', 'web']);
  });

  test('postgres: version 16, data on a named volume, a readiness healthcheck, password from .env', () => {
    expect(postgres.image).toMatch(/^postgres:16(\.|-|$)/);
    const [volume, mountPoint] = (postgres.volumes ?? [])[0].split(':');
    expect(mountPoint).toBe('/var/lib/postgresql/data');
    expect(compose.volumes).toHaveProperty(volume);
    expect(JSON.stringify(postgres.healthcheck?.test)).toContain('pg_isready');
    expect(variableOf(postgres.environment?.POSTGRES_PASSWORD)).toEqual({ name: 'POSTGRES_PASSWORD', required: true });
  });

  test('cms: multi-stage image running `strapi start`, on postgres once it is healthy, uploads on a volume', () => {
    const dockerfile = dockerfileOf(cms);
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^CMD \[.*strapi\.js", "start"\]/m);
    expect(dockerfile).toMatch(/npm run build --workspace cms/);

    expect(cms.depends_on?.postgres.condition).toBe('service_healthy');
    const env = cms.environment ?? {};
    expect(env).toMatchObject({ NODE_ENV: 'production', DATABASE_CLIENT: 'postgres', DATABASE_HOST: 'postgres' });
    expect(variableOf(env.DATABASE_PASSWORD)?.name).toBe(variableOf(postgres.environment?.POSTGRES_PASSWORD)?.name);
    expect(variableOf(env.DATABASE_NAME)?.name).toBe(variableOf(postgres.environment?.POSTGRES_DB)?.name);
    expect(variableOf(env.DATABASE_USERNAME)?.name).toBe(variableOf(postgres.environment?.POSTGRES_USER)?.name);
    for (const secret of SECRET_NAMES) {
      expect({ secret, wiring: variableOf(env[secret]) }).toEqual({ secret, wiring: { name: secret, required: true } });
    }

    const uploads = (cms.volumes ?? []).map((volume) => volume.split(':'));
    expect(uploads).toContainEqual([expect.any(String), '/app/cms/public/uploads']);
    for (const [volume] of uploads) expect(compose.volumes).toHaveProperty(volume);
    expect(cms.ports?.some((port) => port.endsWith(':1337'))).toBe(true);
    expect(JSON.stringify(cms.healthcheck?.test)).toContain('/_health');
  });

  test('web: Next.js standalone image, talking to the cms service once it is healthy', () => {
    const dockerfile = dockerfileOf(web);
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toContain('.next/standalone');
    expect(dockerfile).toMatch(/^CMD \["node", "web\/server\.mjs"\]/m);
    expect(read('web/next.config.ts')).toMatch(/output:\s*'standalone'/);

    expect(web.depends_on?.cms.condition).toBe('service_healthy');
    expect(web.environment?.CMS_URL).toBe('http://cms:1337');
    // next build reads them too (image host, URLs of pre-rendered pages).
    expect(web.build?.args).toMatchObject({ CMS_URL: 'http://cms:1337' });
    expect(variableOf(web.build?.args?.SITE_URL)?.name).toBe('SITE_URL');
    expect(dockerfile).toMatch(/^ARG CMS_URL/m);
    expect(web.ports?.some((port) => port.endsWith(':3000'))).toBe(true);
    expect(web.healthcheck?.test).toBeDefined();
  });

  test('holds no secret itself: every variable it reads is documented in .env.example and README', () => {
    const used = [...new Set([...composeText.matchAll(/\$\{([A-Z0-9_]+)/g)].map((match) => match[1]))];
    expect(used.length).toBeGreaterThan(5);
    const example = read('.env.example');
    const readme = read('README.md');
    for (const name of used) {
      expect({ name, inExample: new RegExp(`^${name}=`, 'm').test(example), inReadme: readme.includes(`\`${name}\``) }).toEqual({
        name,
        inExample: true,
        inReadme: true,
      });
    }
    const secretKeys = new Set<string>([...SECRET_NAMES, 'POSTGRES_PASSWORD', 'DATABASE_PASSWORD']);
    for (const [service, definition] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(definition.environment ?? {})) {
        if (secretKeys.has(key)) expect({ service, key, wiring: variableOf(value)?.required }).toEqual({ service, key, wiring: true });
      }
    }
  });

  test('the Dockerfiles build from the workspace lockfile and never copy .env files', () => {
    const ignore = read('.dockerignore');
    expect(ignore).toMatch(/^\*\*\/\.env$/m);
    expect(ignore).toMatch(/^\*\*\/node_modules$/m);
    for (const service of [cms, web]) {
      const dockerfile = dockerfileOf(service);
      expect(dockerfile).toContain('COPY package.json package-lock.json ./');
      expect(dockerfile).toMatch(/npm ci /);
    }
  });
});
