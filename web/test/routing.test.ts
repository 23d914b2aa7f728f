import { readSiteConfig } from '@/lib/config';
import { negotiateLocale } from '@/lib/i18n/locales';
import { paths, switchLocale, withQuery } from '@/lib/i18n/paths';
import { readChoice, readPage, readSlug, readText } from '@/lib/listing/search-params';
import { safeHref, safeImageSrc } from '@/lib/safe-url';

describe('locales and paths', () => {
  test('the browser’s preferred supported language wins, French by default', () => {
    expect(negotiateLocale('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(negotiateLocale('fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLocale('de-DE,de;q=0.9,en;q=0.5')).toBe('en');
    expect(negotiateLocale('de, it;q=0.5')).toBe('fr');
    expect(negotiateLocale('en;q=0, fr;q=0.1')).toBe('fr');
    expect(negotiateLocale('*')).toBe('fr');
    expect(negotiateLocale(null)).toBe('fr');
    expect(negotiateLocale(';;;,q=abc')).toBe('fr');
  });

  test('switching language keeps the page and its query', () => {
    expect(switchLocale('/fr/teams/x?page=2', 'en')).toBe('/en/teams/x?page=2');
    expect(switchLocale('/en', 'fr')).toBe('/fr');
    expect(switchLocale(paths.person('fr', 'a b'), 'en')).toBe('/en/people/a%20b');
  });

  test('queries keep only the values given', () => {
    expect(withQuery('/fr/people', { q: 'a&b', team: undefined, page: 2, status: '' })).toBe('/fr/people?q=a%26b&page=2');
    expect(withQuery('/fr/people', {})).toBe('/fr/people');
  });
});

describe('reading listing URLs', () => {
  test('odd values are read as not given', () => {
    expect(readPage({ page: '3' })).toBe(3);
    for (const page of ['0', '-1', 'abc', '1e3', '99999999', '', undefined]) expect(readPage({ page })).toBe(1);
    expect(readPage({ page: ['2', '5'] })).toBe(2);
    expect(readText({ q: '  a   b ' }, 'q')).toBe('a b');
    expect(readText({ q: 'x'.repeat(500) }, 'q')).toHaveLength(100);
    expect(readSlug({ team: 'Genome-Integrity' }, 'team')).toBe('genome-integrity');
    expect(readSlug({ team: '../etc/passwd' }, 'team')).toBeUndefined();
    expect(readChoice({ status: 'alumni' }, 'status', ['current', 'alumni'] as const)).toBe('alumni');
    expect(readChoice({ status: 'admin' }, 'status', ['current', 'alumni'] as const)).toBeUndefined();
  });
});

describe('links written in the CMS', () => {
  test('only web, mail, phone and site links are links', () => {
    expect(safeHref('https://inserm.fr/x')).toBe('https://inserm.fr/x');
    expect(safeHref('mailto:a@example.org')).toBe('mailto:a@example.org');
    expect(safeHref('/fr/teams')).toBe('/fr/teams');
    expect(safeHref('#section')).toBe('#section');
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '//evil.example', '', null]) {
      expect(safeHref(url)).toBeNull();
    }
    expect(safeImageSrc('/uploads/a.png', 'http://cms')).toBe('http://cms/uploads/a.png');
    expect(safeImageSrc('mailto:x', 'http://cms')).toBeNull();
  });
});

describe('settings', () => {
  test('defaults, and clear errors naming the variable', () => {
    expect(readSiteConfig({})).toEqual({
      cmsUrl: 'http://127.0.0.1:1337',
      cmsMediaUrl: 'http://127.0.0.1:1337',
      cmsPublicUrl: 'http://127.0.0.1:1337',
      siteUrl: 'http://localhost:3000',
      revalidateSeconds: 300,
    });
    expect(readSiteConfig({ CMS_URL: 'https://cms.example.org/', REVALIDATE_SECONDS: '60' })).toMatchObject({
      cmsUrl: 'https://cms.example.org',
      cmsMediaUrl: 'https://cms.example.org',
      revalidateSeconds: 60,
    });
    expect(() => readSiteConfig({ SITE_URL: 'not a url' })).toThrow(/SITE_URL must be an absolute/);
    expect(() => readSiteConfig({ CMS_URL: 'ftp://x' })).toThrow(/CMS_URL must use http/);
    expect(() => readSiteConfig({ REVALIDATE_SECONDS: '0' })).toThrow(/REVALIDATE_SECONDS/);
  });
});
