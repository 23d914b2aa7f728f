/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The job offers' data layer when the CMS's answer predates a deadline (a cached response): a closed offer is never
 * given to a page, whichever query brought it. Real HTTP and a real Apollo client; only the CMS is a stand-in, answering
 * what the CMS answered the day before.
 */
let server: Server;
let offers: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { chrome: null, jobOffers: offers } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const parisDay = (offsetDays: number) => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offsetDays);
  return day.toISOString().slice(0, 10);
};

const offer = (slug: string, applicationDeadline: string) => ({
  __typename: 'JobOffer',
  slug,
  title: slug,
  contractType: 'fixed_term',
  startDate: null,
  applicationDeadline,
  team: null,
  platform: null,
  description: [],
  howToApply: [],
  contactEmail: ' jobs@example.org ',
  publishedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
});

test('an offer whose deadline was yesterday in Paris is a 404 even when the CMS still sends it; today’s is shown', async () => {
  const { getJobOfferPage } = await import('@/lib/cms/job-offers');
  offers = [offer('closed-yesterday', parisDay(-1))];
  expect((await getJobOfferPage('fr', 'closed-yesterday')).offer).toBeNull();
  offers = [offer('closes-tonight', parisDay(0))];
  expect((await getJobOfferPage('en', 'closes-tonight')).offer).toMatchObject({
    slug: 'closes-tonight',
    contractType: 'fixed-term',
    deadline: parisDay(0),
    contactEmail: 'jobs@example.org',
  });
});

test('the listing leaves out closed offers the CMS sent', async () => {
  const { getJobsPage } = await import('@/lib/cms/job-offers');
  offers = [offer('closed-yesterday', parisDay(-1)), offer('closes-tonight', parisDay(0)), offer('next-month', parisDay(30))];
  expect((await getJobsPage('fr')).offers.map((each) => each.slug)).toEqual(['closes-tonight', 'next-month']);
});
