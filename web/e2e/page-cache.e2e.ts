import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { announceChanges, cmsGraphql, webUrl } from './helpers/site';

/**
 * The production server's page cache in front of the real Next.js: repeated page views come from it with the same
 * bytes and headers, and what must be fresh or personal (client navigations, filtered listings, API routes) never does.
 */
async function visit(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(webUrl(path), { headers: { 'accept-encoding': 'identity', ...headers } });
  return { status: response.status, state: response.headers.get('x-page-cache'), headers: response.headers, body: await response.text() };
}

/** The raw bytes on the wire (fetch would decode them). */
function rawGzip(path: string): Promise<{ encoding: string | undefined; state: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(webUrl(path), { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          encoding: response.headers['content-encoding'],
          state: response.headers['x-page-cache'] as string | undefined,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

test('a page seen twice comes from the page cache, identical, with its security headers', async () => {
  const { teams } = await cmsGraphql<{ teams: Array<{ slug: string; name: string }> }>('{ teams(locale: "fr", pagination: { limit: 1 }) { slug name } }');
  const path = `/fr/teams/${teams[0].slug}`;
  // Rendered afresh first: a copy Next.js holds past its revalidation period (the earlier test files may take longer)
  // is answered as stale, and the page cache keeps such an answer as already expired.
  await announceChanges([{ type: 'team', slugs: [teams[0].slug] }]);
  const first = await visit(path);
  const second = await visit(path);
  expect(first.status).toBe(200);
  expect(first.body).toContain(teams[0].name);
  expect(second.state).toBe('hit');
  expect(second.body).toBe(first.body);
  for (const name of ['content-security-policy', 'cache-control', 'content-type', 'etag', 'permissions-policy']) {
    expect({ name, value: second.headers.get(name) }).toEqual({ name, value: first.headers.get(name) });
  }
  expect((await visit(path, { 'if-none-match': second.headers.get('etag') ?? '' })).status).toBe(304);

  // Browsers get the compressed copy, and it is the same page.
  await rawGzip(path);
  const gzipped = await rawGzip(path);
  expect([gzipped.encoding, gzipped.state]).toEqual(['gzip', 'hit']);
  expect(gunzipSync(gzipped.body).toString()).toBe(first.body);
});

test('client navigations, filtered listings and API routes always reach Next.js', async () => {
  await visit('/en/teams/x-unknown');
  expect((await visit('/en/teams/x-unknown')).state).toBeNull(); // 404s are not kept

  await visit('/en/people?q=a');
  expect((await visit('/en/people?q=a')).state).toBeNull(); // rendered per request

  const navigation = await visit('/en/presentation', { rsc: '1' });
  expect(navigation.headers.get('content-type')).toContain('text/x-component');
  expect((await visit('/en/presentation', { rsc: '1' })).state).toBeNull();
  expect((await visit('/en/presentation')).headers.get('content-type')).toContain('text/html');

  await visit('/api/revalidate');
  expect((await visit('/api/revalidate')).state).toBeNull();
});
