import ICAL from 'ical.js';
import { escapeText, foldLine, iCalendar, type Calendar, type CalendarEvent } from '@/lib/feeds/icalendar';

/** The calendar writer's output, read back by an independent iCalendar parser (ical.js), time zones included. */
const LONG_ABSTRACT =
  'Les cellules CAR-T ont transformé le traitement de certaines hémopathies ; elles peinent encore à contrôler les tumeurs ' +
  'solides, réfractaires, hétérogènes — été, hiver, ça dépend… 🧬 Ünïcödé çà et là.';

const winter: CalendarEvent = {
  uid: 'event-abc123@crcm.example.org',
  url: 'https://crcm.example.org/fr/events/reprogrammer-le-stroma',
  title: 'Reprogrammer le stroma, une idée; un test \\ à suivre',
  start: '2027-01-21T10:00:00.000Z',
  end: '2027-01-21T11:00:00.000Z',
  updated: '2026-11-02T08:30:12.000Z',
  location: 'Salle de conférences, bâtiment IPC 3',
  description: `Dr Clara Bertolini (Université de Milan)\n\n${LONG_ABSTRACT}\r\nFin.`,
  categories: ['Séminaire'],
};

const summer: CalendarEvent = {
  uid: 'event-def456@crcm.example.org',
  url: 'https://crcm.example.org/fr/events/soutenance',
  title: 'Soutenance de thèse',
  start: '2027-07-01T12:00:00.000Z',
  end: '2027-07-01T15:30:00.000Z',
  updated: '2026-11-03T09:00:00.000Z',
  location: null,
  description: null,
  categories: ['Soutenance de thèse'],
};

/** Either side of the switch to summer time (Sunday 28 March 2027, 02:00 -> 03:00 in Paris). */
const beforeSwitch: CalendarEvent = { ...summer, uid: 'before@x', start: '2027-03-28T00:30:00.000Z', end: null };
const afterSwitch: CalendarEvent = { ...summer, uid: 'after@x', start: '2027-03-28T01:30:00.000Z', end: null };

const calendar: Calendar = {
  producer: 'CRCM, Marseille',
  name: 'Événements | CRCM',
  description: 'Séminaires, soutenances et congrès du centre',
  language: 'fr-FR',
  events: [winter, summer, beforeSwitch, afterSwitch],
};

/** Half of an emoji's UTF-16 pair: what a cut inside a 4-octet UTF-8 character leaves. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return root;
}

afterEach(() => ICAL.TimezoneService.reset());

test('every event converts back to its UTC instants through the VTIMEZONE, in winter, in summer and across the switch', () => {
  const text = iCalendar(calendar);
  const events = parse(text).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  expect(events.map((event) => event.uid)).toEqual(calendar.events.map((event) => event.uid));
  expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual(calendar.events.map((event) => event.start));
  expect(events.slice(0, 2).map((event) => event.endDate.toJSDate().toISOString())).toEqual([winter.end, summer.end]);
  // Written on the institute's wall clock: UTC+1 in January, UTC+2 in July.
  expect(text).toContain('\r\nDTSTART;TZID=Europe/Paris:20270121T110000\r\n');
  expect(text).toContain('\r\nDTEND;TZID=Europe/Paris:20270121T120000\r\n');
  expect(text).toContain('\r\nDTSTART;TZID=Europe/Paris:20270701T140000\r\n');
  expect(text).toContain('\r\nDTSTART;TZID=Europe/Paris:20270328T013000\r\n');
  expect(text).toContain('\r\nDTSTART;TZID=Europe/Paris:20270328T033000\r\n');
  expect(events[0].startDate.zone.tzid).toBe('Europe/Paris');
});

test('in the hour the clocks go back, each of the two instants behind a local time comes back right', () => {
  // Sunday 31 October 2027: 03:00 summer time becomes 02:00 winter time, so 02:30 happens at 00:30Z and at 01:30Z.
  const night: CalendarEvent = { ...summer, uid: 'night@x', start: '2027-10-31T00:30:00.000Z', end: '2027-10-31T01:30:00.000Z' };
  const morning: CalendarEvent = { ...summer, uid: 'morning@x', start: '2027-10-31T02:30:00.000Z', end: null };
  const text = iCalendar({ ...calendar, events: [night, morning] });
  expect(text).toContain('\r\nDTSTART:20271031T003000Z\r\n');
  expect(text).toContain('\r\nDTEND:20271031T013000Z\r\n');
  // An hour later, 03:30 happens once: back on the Paris clock.
  expect(text).toContain('\r\nDTSTART;TZID=Europe/Paris:20271031T033000\r\n');
  const events = parse(text).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([night.start, morning.start]);
  expect(events[0].endDate.toJSDate().toISOString()).toBe(night.end);
});

test('texts come back exactly: accents, emoji, commas, semicolons, backslashes and line breaks', () => {
  const root = parse(iCalendar(calendar));
  const [first, second] = root.getAllSubcomponents('vevent');
  expect(first.getFirstPropertyValue('summary')).toBe(winter.title);
  expect(first.getFirstPropertyValue('location')).toBe(winter.location);
  expect(first.getFirstPropertyValue('description')).toBe(winter.description?.replace(/\r\n/g, '\n'));
  expect(first.getFirstPropertyValue('categories')).toBe('Séminaire');
  expect(first.getFirstPropertyValue('url')).toBe(winter.url);
  expect(first.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-02T08:30:12Z');
  expect(second.hasProperty('location')).toBe(false);
  expect(second.hasProperty('description')).toBe(false);
  expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Événements | CRCM');
  expect(root.getFirstPropertyValue('prodid')).toBe('-//CRCM, Marseille//Events//FR-FR');
  expect(root.getFirstPropertyValue('version')).toBe('2.0');
  expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
});

test('lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character', () => {
  const text = iCalendar(calendar);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n').slice(0, -1);
  const octets = lines.map((line) => Buffer.byteLength(line, 'utf8'));
  expect(Math.max(...octets)).toBeLessThanOrEqual(75);
  // The long description was folded, and each physical line is valid UTF-8 on its own.
  expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThanOrEqual(3);
  expect(lines.filter((line) => LONE_SURROGATE.test(line))).toEqual([]);
});

test('folding cuts between characters only, and unfolding gives the line back', () => {
  const line = `DESCRIPTION:${'é'.repeat(30)}${'🧬'.repeat(20)}${'a'.repeat(80)}`;
  const folded = foldLine(line);
  const parts = folded.split('\r\n');
  expect(parts.every((part) => Buffer.byteLength(part) <= 75)).toBe(true);
  expect(parts.filter((part) => LONE_SURROGATE.test(part))).toEqual([]);
  expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
  expect(folded.replace(/\r\n /g, '')).toBe(line);
  expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
});

test('text escaping follows RFC 5545 and drops control characters', () => {
  expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h');
});

test('a calendar without events is still valid, with its time zone', () => {
  const root = parse(iCalendar({ ...calendar, events: [] }));
  expect(root.getAllSubcomponents('vevent')).toEqual([]);
  expect(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
});
