import { securityHeaders } from '@/lib/security-headers';

const header = (headers: Array<{ key: string; value: string }>, key: string) => headers.find((entry) => entry.key === key)?.value;

test('a strict policy: no plugins, no base, frames only from the CMS admin, HSTS only in production over https', () => {
  const production = securityHeaders(
    { siteUrl: 'https://www.example.org', cmsMediaUrl: 'https://cms.example.org', cmsPublicUrl: 'https://cms.example.org/' },
    true,
  );
  const csp = header(production, 'Content-Security-Policy') ?? '';
  expect(csp.split('; ')).toEqual(
    expect.arrayContaining([
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self' https://cms.example.org",
      "img-src 'self' data: blob: https://cms.example.org",
      'upgrade-insecure-requests',
    ]),
  );
  expect(csp).not.toContain('unsafe-eval');
  expect(header(production, 'Strict-Transport-Security')).toMatch(/max-age=\d{8}/);
  expect(header(production, 'X-Content-Type-Options')).toBe('nosniff');
  expect(header(production, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  expect(header(production, 'Permissions-Policy')).toContain('camera=()');

  const local = securityHeaders({ siteUrl: 'http://localhost:3000', cmsMediaUrl: 'http://127.0.0.1:1337', cmsPublicUrl: 'http://127.0.0.1:1337' }, false);
  expect(header(local, 'Strict-Transport-Security')).toBeUndefined();
  expect(header(local, 'Content-Security-Policy')).not.toContain('upgrade-insecure-requests');
});
