/**
 * The six secrets Strapi needs. Development gets fixed, clearly named defaults so `npm run dev` works on a fresh clone;
 * a production start refuses to go on when one is missing or a placeholder. The refusal happens when the CMS starts
 * (assertProductionSecrets, called first in register), not when config is read: `strapi build` reads the config too,
 * and building an image must not need the secrets it will run with.
 */
export const SECRET_NAMES = [
  'APP_KEYS',
  'ADMIN_JWT_SECRET',
  'API_TOKEN_SALT',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  // Shared with the website: its revalidation webhook, its preview route, and the API token it reads drafts with.
  'REVALIDATE_SECRET',
  'PREVIEW_SECRET',
  'CMS_PREVIEW_TOKEN',
] as const;

export type SecretName = (typeof SECRET_NAMES)[number];
export type Secrets = { appKeys: string[] } & Record<Exclude<SecretName, 'APP_KEYS'>, string>;

const MIN_LENGTH = 16;

const DEVELOPMENT_DEFAULTS: Record<SecretName, string> = {
  APP_KEYS: 'dev-only-app-key-one-0000,dev-only-app-key-two-0000',
  ADMIN_JWT_SECRET: 'dev-only-admin-jwt-secret-0000',
  API_TOKEN_SALT: 'dev-only-api-token-salt-0000',
  TRANSFER_TOKEN_SALT: 'dev-only-transfer-token-salt-0000',
  JWT_SECRET: 'dev-only-jwt-secret-0000',
  ENCRYPTION_KEY: 'dev-only-encryption-key-0000',
  REVALIDATE_SECRET: 'dev-only-revalidate-secret-0000',
  PREVIEW_SECRET: 'dev-only-preview-secret-0000',
  CMS_PREVIEW_TOKEN: 'dev-only-preview-token-0000',
};

/** Values shipped in templates and examples (ours and Strapi's): never acceptable in production. */
const PLACEHOLDER_PATTERNS = [/tobemodified/i, /change-?me/i, /placeholder/i, /^dev-only-/i, /^example/i];

export function isPlaceholderSecret(value: string): boolean {
  return value.length < MIN_LENGTH || PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(value));
}

function problemWith(name: SecretName, raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return `${name} is missing`;
  const values = name === 'APP_KEYS' ? raw.split(',').map((key) => key.trim()) : [raw];
  if (values.some(isPlaceholderSecret)) {
    return `${name} is a placeholder or shorter than ${MIN_LENGTH} characters`;
  }
  return null;
}

export function assertProductionSecrets(source: NodeJS.ProcessEnv = process.env): void {
  if (source.NODE_ENV !== 'production') return;
  const problems = SECRET_NAMES.map((name) => problemWith(name, source[name])).filter(
    (problem): problem is string => problem !== null,
  );
  if (problems.length > 0) {
    throw new Error(
      `Refusing to start in production: ${problems.join('; ')}. ` +
        'Set each to its own random value, e.g. `node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'base64\'))"` ' +
        '(APP_KEYS takes a comma-separated list of such values). See README, "Configuration".',
    );
  }
}

export function readSecrets(source: NodeJS.ProcessEnv = process.env): Secrets {
  const value = (name: SecretName): string => {
    const raw = source[name];
    return raw !== undefined && raw.trim() !== '' ? raw.trim() : DEVELOPMENT_DEFAULTS[name];
  };
  return {
    appKeys: value('APP_KEYS').split(',').map((key) => key.trim()),
    ADMIN_JWT_SECRET: value('ADMIN_JWT_SECRET'),
    API_TOKEN_SALT: value('API_TOKEN_SALT'),
    TRANSFER_TOKEN_SALT: value('TRANSFER_TOKEN_SALT'),
    JWT_SECRET: value('JWT_SECRET'),
    ENCRYPTION_KEY: value('ENCRYPTION_KEY'),
    REVALIDATE_SECRET: value('REVALIDATE_SECRET'),
    PREVIEW_SECRET: value('PREVIEW_SECRET'),
    CMS_PREVIEW_TOKEN: value('CMS_PREVIEW_TOKEN'),
  };
}
