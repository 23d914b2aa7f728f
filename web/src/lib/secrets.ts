import { timingSafeEqual, createHash } from 'node:crypto';

/**
 * The secrets the website shares with the CMS. Development gets the same fixed defaults as the CMS, so both work out
 * of the box; in production each must be set to a real value (checked when the server starts, see instrumentation.ts).
 */
export const SECRET_NAMES = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'CMS_PREVIEW_TOKEN'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

const DEVELOPMENT_DEFAULTS: Record<SecretName, string> = {
  REVALIDATE_SECRET: 'dev-only-revalidate-secret-0000',
  PREVIEW_SECRET: 'dev-only-preview-secret-0000',
  CMS_PREVIEW_TOKEN: 'dev-only-preview-token-0000',
};
const MIN_LENGTH = 16;
const PLACEHOLDER = /tobemodified|change-?me|placeholder|^dev-only-|^example/i;

type Environment = Record<string, string | undefined>;

export function readSecret(name: SecretName, env: Environment = process.env): string {
  return env[name]?.trim() || DEVELOPMENT_DEFAULTS[name];
}

export function assertProductionSecrets(env: Environment = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = SECRET_NAMES.flatMap((name) => {
    const value = env[name]?.trim();
    if (!value) return [`${name} is missing`];
    return value.length < MIN_LENGTH || PLACEHOLDER.test(value) ? [`${name} is a placeholder or shorter than ${MIN_LENGTH} characters`] : [];
  });
  if (problems.length > 0) {
    throw new Error(`Refusing to start in production: ${problems.join('; ')}. Set the same values as the CMS's (see README, "Configuration").`);
  }
}

/** Compares a secret a caller sent with the expected one in constant time (hashing first makes lengths equal). */
export function secretMatches(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
