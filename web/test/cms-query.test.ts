/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The data layer against a CMS that is down, broken or answering errors: every case throws (an ISR page then keeps its
 * last good version), none returns empty data. Real HTTP, a real Apollo client: only the CMS is a stand-in.
 */
let server: Server;
let answer: (body: string) => { status: number; body: string };

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const { status, body: payload } = answer(body);
      response.writeHead(status, { 'content-type': 'application/json' }).end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function loadDataLayer(cmsUrl: string) {
  jest.resetModules();
  process.env.CMS_URL = cmsUrl;
  const { getSiteChrome } = await import('@/lib/cms/institute');
  return { getSiteChrome };
}

const serverUrl = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

test('a CMS that does not answer makes the query throw, naming the query', async () => {
  const { getSiteChrome } = await loadDataLayer('http://127.0.0.1:9');
  await expect(getSiteChrome('fr')).rejects.toThrow(/CMS query SiteChromeOnly \{"locale":"fr"\} failed/);
});

test('a CMS answering 500 or GraphQL errors makes the query throw', async () => {
  const { getSiteChrome } = await loadDataLayer(serverUrl());
  answer = () => ({ status: 500, body: '{"errors":[{"message":"database is down"}]}' });
  await expect(getSiteChrome('fr')).rejects.toThrow(/SiteChromeOnly/);
  answer = () => ({ status: 200, body: '{"errors":[{"message":"Forbidden access"}],"data":null}' });
  await expect(getSiteChrome('en')).rejects.toThrow(/Forbidden access/);
  answer = () => ({ status: 200, body: 'not json' });
  await expect(getSiteChrome('fr')).rejects.toThrow(/SiteChromeOnly/);
});

test('a CMS answering data gives the reshaped view', async () => {
  const { getSiteChrome } = await loadDataLayer(serverUrl());
  let received = '';
  answer = (body) => {
    received = body;
    return {
      status: 200,
      body: JSON.stringify({
        data: { chrome: { __typename: 'Institute', name: 'Institute', acronym: 'INS', contact: null, affiliations: [] } },
      }),
    };
  };
  await expect(getSiteChrome('en')).resolves.toEqual({
    name: 'Institute',
    acronym: 'INS',
    contact: { address: null, phone: null, email: null },
    affiliations: [],
  });
  expect(JSON.parse(received)).toMatchObject({ operationName: 'SiteChromeOnly', variables: { locale: 'en' } });
});
