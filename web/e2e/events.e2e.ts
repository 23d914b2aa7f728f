import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { AdminApi } from './helpers/admin';
import { LOCALES, type Locale } from './helpers/page-types';
import { cmsGraphql, launchBrowser, webUrl } from './helpers/site';

/**
 * The events pages (/{locale}/events and /{locale}/events/{slug}) and their iCalendar files, read as visitors and
 * calendar apps read them: the listing against the CMS's published events, the files through an independent iCalendar
 * parser (ical.js) that converts their Paris times back to instants with the VTIMEZONE they carry.
 */
interface CmsEvent {
  documentId: string;
  slug: string;
  title: string;
  type: string;
  start: string;
  end: string | null;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
afterEach(() => ICAL.TimezoneService.reset());

async function cmsEvents(locale: Locale): Promise<CmsEvent[]> {
  const { events } = await cmsGraphql<{ events: CmsEvent[] }>(
    'query($locale: I18NLocaleCode) { events(locale: $locale, sort: "start:asc", pagination: { limit: 100 }) { documentId slug title type start end } }',
    { locale },
  );
  return events;
}

const isOver = (event: CmsEvent, now: number) => new Date(event.end ?? event.start).getTime() < now;
const parisYear = (instant: string) =>
  Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date(instant)));

/** The listing as its markup orders it: upcoming slugs, then past ones under their year headings. */
async function readListing(locale: Locale, query = '') {
  const response = await fetch(webUrl(`/${locale}/events${query}`));
  expect(response.status).toBe(200);
  const html = await response.text();
  const upcoming: string[] = [];
  const past: Array<{ year: number; slugs: string[] }> = [];
  let section = '';
  for (const [, kind, value] of html.matchAll(/data-(events|year|event)="([^"]+)"/g)) {
    if (kind === 'events') section = value;
    else if (kind === 'year') past.push({ year: Number(value), slugs: [] });
    else if (section === 'upcoming') upcoming.push(value);
    else past.at(-1)?.slugs.push(value);
  }
  return { upcoming, past, html };
}

/** What the listing should show, worked out from the CMS's events and the clock. */
function expectedListing(events: CmsEvent[], now: number) {
  const upcoming = events.filter((event) => !isOver(event, now)).map((event) => event.slug);
  const past: Array<{ year: number; slugs: string[] }> = [];
  for (const event of events.filter((each) => isOver(each, now)).reverse()) {
    const year = parisYear(event.start);
    if (past.at(-1)?.year !== year) past.push({ year, slugs: [] });
    past.at(-1)?.slugs.push(event.slug);
  }
  return { upcoming, past };
}

/** An iCalendar file parsed by ical.js, its time zones registered so TZID times convert to instants. */
function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return {
    root,
    events: root.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        url: String(component.getFirstPropertyValue('url')),
        start: event.startDate.toJSDate().toISOString(),
        end: component.hasProperty('dtend') ? event.endDate.toJSDate().toISOString() : null,
        zone: event.startDate.zone?.tzid,
      };
    }),
  };
}

async function readCalendar(path: string) {
  const response = await fetch(webUrl(path));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const text = await response.text();
  // RFC 5545: CRLF line ends, lines of at most 75 octets.
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(text.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
  return { response, text, ...parseCalendar(text) };
}

const uidOf = (event: CmsEvent) => `event-${event.documentId}@${new URL(webUrl()).hostname}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() - started > 20000) throw new Error(`${what} within 20 s`);
    await sleep(250);
  }
}

test.each(LOCALES)('the %s listing shows upcoming events soonest first, then past events by year, newest first', async (locale) => {
  const events = await cmsEvents(locale);
  expect(events.length).toBeGreaterThanOrEqual(8);
  const listing = await readListing(locale);
  const expected = expectedListing(events, Date.now());
  // The seed has events on both sides of today.
  expect(expected.upcoming.length).toBeGreaterThan(0);
  expect(expected.past.length).toBeGreaterThan(0);
  expect({ upcoming: listing.upcoming, past: listing.past }).toEqual(expected);
  expect(listing.past.map((group) => group.year)).toEqual([...listing.past.map((group) => group.year)].sort((a, b) => b - a));
});

test('the listing filters by type, and ignores what it does not understand', async () => {
  const events = await cmsEvents('fr');
  const defences = events.filter((event) => event.type === 'thesis_defence').map((event) => event.slug);
  expect(defences.length).toBeGreaterThan(0);
  const filtered = await readListing('fr', '?type=thesis-defence');
  expect([...filtered.upcoming, ...filtered.past.flatMap((group) => group.slugs)].sort()).toEqual([...defences].sort());
  expect(filtered.html).toMatch(/<a[^>]*aria-current="page"[^>]*>Soutenance de thèse<\/a>/);
  const all = await readListing('fr');
  for (const query of ['?type=nonsense', '?type=thesis_defence&page=abc', '?page=0', '?type[]=seminar&page=-3']) {
    const listing = await readListing('fr', query);
    expect({ query, upcoming: listing.upcoming, past: listing.past }).toEqual({ query, upcoming: all.upcoming, past: all.past });
  }
});

test('the listing offers its calendar to visitors and, in the head, to calendar apps', async () => {
  for (const locale of LOCALES) {
    const { html } = await readListing(locale);
    const links = [...html.matchAll(/<link [^>]*type="text\/calendar"[^>]*>/g)].map((match) => match[0]);
    expect(links).toHaveLength(1);
    expect(links[0]).toContain('rel="alternate"');
    expect(links[0]).toContain(`href="${webUrl(`/${locale}/events/calendar.ics`)}"`);
    expect(html).toMatch(new RegExp(`<a href="/${locale}/events/calendar.ics" type="text/calendar"[^>]*>(S’abonner|Subscribe)`));
  }
});

describe.each([
  ['fr' as const, 'jeudi 10 décembre 2026'],
  ['en' as const, 'Thursday, 10 December 2026'],
])('the %s page of an event', (locale, day) => {
  const slug = 'replication-stress-a-double-edged-sword';

  test('shows when (in Paris time), where, who and the organising teams, with Event structured data', async () => {
    const event = (await cmsEvents(locale)).find((each) => each.slug === slug);
    expect(event).toMatchObject({ start: '2026-12-10T10:00:00.000Z', end: '2026-12-10T11:00:00.000Z' });
    const page = await browser.newPage();
    const response = await page.goto(webUrl(`/${locale}/events/${slug}`));
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe(event?.title);
    const time = page.locator('main time').first();
    expect(await time.getAttribute('datetime')).toBe('2026-12-10T11:00:00+01:00');
    expect(await time.innerText()).toMatch(new RegExp(`^${day}, 11:00\\s?–\\s?12:00$`));
    const teams = await page.$$eval('a[href*="/teams/"]', (links) => links.map((link) => link.getAttribute('href')));
    expect(teams).toEqual(
      expect.arrayContaining([`/${locale}/teams/dna-repair-and-replication-stress`, `/${locale}/teams/genome-instability-and-carcinogenesis`]),
    );
    expect(await page.getAttribute('a[type="text/calendar"]', 'href')).toBe(`/${locale}/events/${slug}/calendar.ics`);
    const crumbs = await page.$$eval('nav ol a', (links) => links.map((link) => link.getAttribute('href')));
    expect(crumbs).toEqual([`/${locale}`, `/${locale}/events`]);
    const jsonLd = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
      scripts.map((script) => JSON.parse(script.textContent ?? '{}') as Record<string, unknown>),
    );
    const { institute } = await cmsGraphql<{ institute: { name: string } }>(
      'query($locale: I18NLocaleCode) { institute(locale: $locale) { name } }',
      { locale },
    );
    expect(jsonLd.find((data) => data['@type'] === 'Event')).toMatchObject({
      name: event?.title,
      url: webUrl(`/${locale}/events/${slug}`),
      startDate: '2026-12-10T11:00:00+01:00',
      endDate: '2026-12-10T12:00:00+01:00',
      location: { '@type': 'Place', name: locale === 'fr' ? 'Salle de conférences, bâtiment IPC 3' : 'Conference room, Building IPC 3' },
      performer: { '@type': 'Person', name: 'Dr Samuel Okafor' },
      organizer: { name: institute.name },
    });
    await page.close();
  });

  test('gives the event as an iCalendar file to add to a calendar', async () => {
    const event = (await cmsEvents(locale)).find((each) => each.slug === slug) as CmsEvent;
    const file = await readCalendar(`/${locale}/events/${slug}/calendar.ics`);
    expect(file.response.headers.get('content-disposition')).toBe(`attachment; filename="${slug}.ics"`);
    expect(file.text).toContain('\r\nDTSTART;TZID=Europe/Paris:20261210T110000\r\n');
    expect(file.events).toEqual([
      { uid: uidOf(event), summary: event.title, url: webUrl(`/${locale}/events/${slug}`), start: event.start, end: event.end, zone: 'Europe/Paris' },
    ]);
  });
});

test('a summer event is written at Paris summer time and converts back to its instant', async () => {
  const file = await readCalendar('/en/events/thesis-defence-marie-pages/calendar.ics');
  expect(file.text).toContain('\r\nDTSTART;TZID=Europe/Paris:20260619T140000\r\n');
  expect(file.text).toContain('\r\nDTEND;TZID=Europe/Paris:20260619T170000\r\n');
  expect(file.events.map(({ start, end }) => ({ start, end }))).toEqual([{ start: '2026-06-19T12:00:00.000Z', end: '2026-06-19T15:00:00.000Z' }]);
});

test.each(LOCALES)('the %s calendar feed holds every published event of the language, at the right instants', async (locale) => {
  const events = await cmsEvents(locale);
  const calendar = await readCalendar(`/${locale}/events/calendar.ics`);
  expect(calendar.root.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
  expect(String(calendar.root.getFirstPropertyValue('prodid'))).toMatch(/^-\/\/.+\/\/Events\/\/(FR-FR|EN-GB)$/);
  expect(calendar.root.getFirstPropertyValue('x-wr-calname')).toBe(locale === 'fr' ? 'Événements | CRCM' : 'Events | CRCM');
  expect(calendar.root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
  const byUid = (list: Array<{ uid: string }>) => [...list].sort((a, b) => a.uid.localeCompare(b.uid));
  expect(byUid(calendar.events)).toEqual(
    byUid(
      events.map((event) => ({
        uid: uidOf(event),
        summary: event.title,
        url: webUrl(`/${locale}/events/${event.slug}`),
        start: event.start,
        end: event.end,
        zone: 'Europe/Paris',
      })),
    ),
  );
});

test('an event an editor publishes shows in the listing and the calendar within seconds, and leaves them when deleted', async () => {
  const api = await AdminApi.login();
  const stamp = Date.now();
  const create = (data: Record<string, unknown>) =>
    api.call<{ data: { documentId: string; slug: string } }>('POST', '/content-manager/collection-types/api::event.event/actions/publish?locale=en', {
      locale: 'en',
      type: 'seminar',
      abstract: [{ type: 'paragraph', children: [{ type: 'text', text: 'Checking the calendar; again, and again.' }] }],
      ...data,
    });
  // One far ahead in summer time, one in a past year of its own, in winter time.
  const future = await create({
    title: `Calendar check, summer ${stamp}`,
    start: '2099-07-08T12:30:00.000Z',
    end: '2099-07-08T14:00:00.000Z',
    location: 'Salle Léa, bâtiment 2; étage 3',
    speaker: 'Dr Zoë Ünal',
    registrationUrl: 'https://events.example.org/calendar-check',
  });
  const past = await create({ title: `Calendar check, winter ${stamp}`, start: '2025-01-15T09:00:00.000Z', end: null });
  const slugs = [future.data.slug, past.data.slug];
  const shown = (listing: Awaited<ReturnType<typeof readListing>>) => [...listing.upcoming, ...listing.past.flatMap((group) => group.slugs)];
  try {
    const listing = await until(
      () => readListing('en'),
      (read) => slugs.every((slug) => shown(read).includes(slug)),
      'the English listing did not show the new events',
    );
    expect(listing.upcoming.at(-1)).toBe(future.data.slug);
    expect(listing.past.at(-1)).toEqual({ year: 2025, slugs: [past.data.slug] });
    expect(shown(await readListing('fr'))).not.toContain(slugs[0]);

    const calendar = await until(
      () => readCalendar('/en/events/calendar.ics'),
      (read) => read.events.filter((event) => event.summary.includes(String(stamp))).length === 2,
      'the English calendar did not hold the new events',
    );
    const added = calendar.events.filter((event) => event.summary.includes(String(stamp)));
    expect(added.map(({ start, end }) => ({ start, end }))).toEqual([
      { start: '2025-01-15T09:00:00.000Z', end: null },
      { start: '2099-07-08T12:30:00.000Z', end: '2099-07-08T14:00:00.000Z' },
    ]);
    expect(calendar.text).toContain('\r\nDTSTART;TZID=Europe/Paris:20990708T143000\r\n');
    expect(calendar.text).toContain('\r\nDTSTART;TZID=Europe/Paris:20250115T100000\r\n');

    const single = await readCalendar(`/en/events/${future.data.slug}/calendar.ics`);
    const vevent = single.root.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('location')).toBe('Salle Léa, bâtiment 2; étage 3');
    expect(String(vevent?.getFirstPropertyValue('description'))).toContain('Speaker: Dr Zoë Ünal\n\nChecking the calendar; again, and again.');

    const page = await (await fetch(webUrl(`/en/events/${future.data.slug}`))).text();
    expect(page).toContain('href="https://events.example.org/calendar-check"');
  } finally {
    for (const created of [future, past]) {
      await api.call('DELETE', `/content-manager/collection-types/api::event.event/${created.data.documentId}?locale=en`);
    }
  }
  await until(
    () => readListing('en'),
    (read) => !slugs.some((slug) => shown(read).includes(slug)),
    'the English listing still showed the deleted events',
  );
  await until(
    () => fetch(webUrl(`/en/events/${future.data.slug}/calendar.ics`)).then((response) => response.status),
    (status) => status === 404,
    'the deleted event’s calendar file was still served',
  );
});

test('unknown events and languages are 404s, for pages and calendar files', async () => {
  const paths = [
    '/fr/events/no-such-event',
    '/en/events/no-such-event/calendar.ics',
    '/de/events',
    '/de/events/calendar.ics',
    '/xx/events/replication-stress-a-double-edged-sword/calendar.ics',
  ];
  for (const path of paths) {
    expect({ path, status: (await fetch(webUrl(path))).status }).toEqual({ path, status: 404 });
  }
});

test('the sitemap lists the events listing and every event, in both languages', async () => {
  const sitemap = await (await fetch(webUrl('/sitemap.xml'))).text();
  for (const locale of LOCALES) {
    expect(sitemap).toContain(`<loc>${webUrl(`/${locale}/events`)}</loc>`);
    for (const event of await cmsEvents(locale)) expect(sitemap).toContain(`<loc>${webUrl(`/${locale}/events/${event.slug}`)}</loc>`);
  }
});

test.each(LOCALES)('the %s home page and team pages show their next events', async (locale) => {
  const now = Date.now();
  const slugsOn = async (path: string) => {
    const response = await fetch(webUrl(path));
    expect(response.status).toBe(200);
    return [...(await response.text()).matchAll(/data-event="([^"]+)"/g)].map((match) => match[1]);
  };
  const upcoming = (await cmsEvents(locale)).filter((event) => !isOver(event, now)).map((event) => event.slug);
  expect(await slugsOn(`/${locale}`)).toEqual(upcoming.slice(0, 3));
  const team = 'dna-repair-and-replication-stress';
  const { events } = await cmsGraphql<{ events: CmsEvent[] }>(
    `query($locale: I18NLocaleCode, $team: String) {
      events(locale: $locale, filters: { organisingTeams: { slug: { eq: $team } } }, sort: "start:asc") { documentId slug title type start end }
    }`,
    { locale, team },
  );
  expect(await slugsOn(`/${locale}/teams/${team}`)).toEqual(events.filter((event) => !isOver(event, now)).map((event) => event.slug).slice(0, 3));
});
