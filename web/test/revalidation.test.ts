import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidRevalidationRequest, parseRevalidationRequest, tagsToRevalidate } from '@/lib/cms/revalidation';
import { CMS_TYPES } from '@/lib/cms/tags';
import { toSitePath } from '@/lib/i18n/paths';
import { assertProductionSecrets, readSecret, secretMatches } from '@/lib/secrets';

describe('what the CMS asks to refresh', () => {
  test('the website knows every type the CMS notifies it about (an unknown one would make the whole batch a 400)', () => {
    const source = readFileSync(path.join(__dirname, '..', '..', 'cms', 'src', 'settings', 'public-types.ts'), 'utf8');
    const block = /PUBLIC_TYPES = \{([^}]*)\}/.exec(source)?.[1] ?? '';
    const notified = [...block.matchAll(/'api::[^']+':\s*'([^']+)'/g)].map((match) => match[1]);
    expect(notified.length).toBeGreaterThan(5);
    expect([...CMS_TYPES].sort()).toEqual(notified.sort());
  });

  test('each changed type and entry, old and new slugs; media changes refresh every type', () => {
    const request = parseRevalidationRequest({
      changes: [
        { type: 'person', slugs: ['claire-vasseur'] },
        { type: 'team', slugs: ['old-name', 'new-name'] },
      ],
    });
    expect(tagsToRevalidate(request)).toEqual([
      'cms:person',
      'cms:person:claire-vasseur',
      'cms:team',
      'cms:team:new-name',
      'cms:team:old-name',
    ]);
    expect(tagsToRevalidate(parseRevalidationRequest({ changes: [{ type: 'media', slugs: [] }] }))).toEqual([
      'cms:department',
      'cms:event',
      'cms:institute',
      'cms:job-offer',
      'cms:news-article',
      'cms:news-category',
      'cms:person',
      'cms:platform',
      'cms:publication',
      'cms:team',
    ]);
  });

  test.each([
    [null],
    ['text'],
    [{}],
    [{ changes: [] }],
    [{ changes: 'team' }],
    [{ changes: [{ type: 'user', slugs: [] }] }],
    [{ changes: [{ type: 'team' }] }],
    [{ changes: [{ type: 'team', slugs: ['../../etc'] }] }],
    [{ changes: [{ type: 'team', slugs: [42] }] }],
    [{ changes: Array.from({ length: 51 }, () => ({ type: 'team', slugs: [] })) }],
  ])('refuses a malformed request: %j', (body) => {
    expect(() => parseRevalidationRequest(body)).toThrow(InvalidRevalidationRequest);
  });
});

describe('secrets shared with the CMS', () => {
  test('compared whole, whatever their length', () => {
    expect(secretMatches('abc', 'abc')).toBe(true);
    expect(secretMatches('abd', 'abc')).toBe(false);
    expect(secretMatches('abcd', 'abc')).toBe(false);
    expect(secretMatches('', 'abc')).toBe(false);
    expect(secretMatches(null, 'abc')).toBe(false);
  });

  test('development defaults; production refuses missing and placeholder values, naming them', () => {
    expect(readSecret('PREVIEW_SECRET', {})).toMatch(/^dev-only-/);
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
    expect(() =>
      assertProductionSecrets({ NODE_ENV: 'production', REVALIDATE_SECRET: 'change-me-please-123', PREVIEW_SECRET: 'p4Xq9v0Zc8LmN2rT6yWb1s' }),
    ).toThrow(/REVALIDATE_SECRET is a placeholder.*CMS_PREVIEW_TOKEN is missing/);
    expect(() =>
      assertProductionSecrets({
        NODE_ENV: 'production',
        REVALIDATE_SECRET: 'p4Xq9v0Zc8LmN2rT6yWb1a',
        PREVIEW_SECRET: 'p4Xq9v0Zc8LmN2rT6yWb1b',
        CMS_PREVIEW_TOKEN: 'p4Xq9v0Zc8LmN2rT6yWb1c',
      }),
    ).not.toThrow();
  });
});

test('preview redirects stay on this site', () => {
  expect(toSitePath('/fr/teams/x?page=2')).toBe('/fr/teams/x?page=2');
  expect(toSitePath('/en')).toBe('/en');
  for (const path of ['https://evil.example/fr', '//evil.example/fr', '/\\evil.example', '/de/teams', 'fr/teams', '/fr/te ams', '', null]) {
    expect(toSitePath(path)).toBeNull();
  }
});
