import { assertProductionSecrets, isPlaceholderSecret, readSecrets, SECRET_NAMES } from '../src/settings/secrets';

const strong = 'p4Xq9v0Zc8LmN2rT6yWb1s==';
const allStrong = (): NodeJS.ProcessEnv =>
  Object.fromEntries(SECRET_NAMES.map((name) => [name, name === 'APP_KEYS' ? `${strong},${strong}x` : strong]));

describe('secrets', () => {
  test('recognises the placeholders of templates and examples', () => {
    for (const value of ['toBeModified1', 'tobemodified', 'change-me-to-a-random-value', 'changeme', 'dev-only-jwt-secret-0000', 'short']) {
      expect(isPlaceholderSecret(value)).toBe(true);
    }
    expect(isPlaceholderSecret(strong)).toBe(false);
  });

  test('development falls back to clearly named defaults', () => {
    const secrets = readSecrets({ NODE_ENV: 'development' });
    expect(secrets.appKeys.length).toBe(2);
    expect(secrets.JWT_SECRET).toMatch(/^dev-only-/);
  });

  test('production accepts real values and refuses one placeholder app key among good ones', () => {
    expect(() => assertProductionSecrets({ ...allStrong(), NODE_ENV: 'production' })).not.toThrow();
    expect(readSecrets({ ...allStrong(), NODE_ENV: 'production' }).JWT_SECRET).toBe(strong);
    expect(() => assertProductionSecrets({ ...allStrong(), NODE_ENV: 'production', APP_KEYS: `${strong},toBeModified2` })).toThrow(
      /APP_KEYS is a placeholder/,
    );
  });
});
