import { startCms, type TestCms } from '../helpers/cms';

/** The public API under abuse: what Strapi's own limits leave open is refused or bounded. */
let cms: TestCms;
beforeAll(async () => {
  cms = await startCms({ SEED_ON_START: 'skip', WEBSITE_URL: 'https://www.example.org' });
});
afterAll(async () => cms?.stop());

test('hundreds of aliases and costly nested lists are refused before they run', async () => {
  const aliases = Array.from({ length: 300 }, (_, index) => `a${index}: teams { name }`).join(' ');
  const wide = await cms.graphql(`{ ${aliases} }`);
  expect(wide.status).toBe(400);
  expect(wide.errors?.[0].message).toMatch(/at most 500 are allowed/);

  const deep = await cms.graphql(
    '{ teams(pagination: { limit: 100 }) { members(pagination: { limit: 100 }) { teams(pagination: { limit: 100 }) { name } } } }',
  );
  expect(deep.status).toBe(400);
  expect(deep.errors?.[0].message).toMatch(/could return up to/);
});

test('request bodies over 64 KB are refused with 413', async () => {
  const padding = ' '.repeat(70 * 1024);
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ teams { name } }${padding}` }),
  });
  expect(response.status).toBe(413);
  const small = await cms.graphql('{ teams { name } }');
  expect(small.status).toBe(200);
});

test('browsers may call the API from the website only, and responses carry security headers', async () => {
  const preflight = (origin: string) =>
    fetch(`${cms.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
  expect((await preflight('https://www.example.org')).headers.get('access-control-allow-origin')).toBe('https://www.example.org');
  expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');

  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
    body: JSON.stringify({ query: '{ teams { name } }' }),
  });
  expect(response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-powered-by')).toBeNull();
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/frame-src[^;]*https:\/\/www\.example\.org/);
  expect(csp).toMatch(/object-src 'none'/);
});
