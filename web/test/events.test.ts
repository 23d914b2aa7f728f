import { eventFilters } from '@/lib/cms/filters';
import { isEventOver, toEventSummary, toUpcomingEvents, upcomingEventsCutoff } from '@/lib/cms/reshape/event';
import type { EventCardFragment } from '@/lib/cms/generated/graphql';
import { formatEventTime } from '@/lib/i18n/dictionaries';
import { isoWithInstituteOffset } from '@/lib/time/institute-time';

/** Events as the website reads them: types, what is upcoming, and times on the institute's clock. */
const card = (overrides: Partial<EventCardFragment>): EventCardFragment => ({
  documentId: 'doc1',
  slug: 'a-seminar',
  title: 'A seminar',
  type: 'seminar',
  speaker: '  ',
  speakerAffiliation: null,
  start: '2027-01-21T10:00:00.000Z',
  end: '2027-01-21T11:00:00.000Z',
  location: 'Room 1',
  ...overrides,
});

test('GraphQL’s underscored types come back as the CMS’s own values, blank texts as null', () => {
  expect(toEventSummary(card({ type: 'thesis_defence' })).type).toBe('thesis-defence');
  expect(toEventSummary(card({ type: 'hdr_defence' })).type).toBe('hdr-defence');
  expect(toEventSummary(card({})).speaker).toBeNull();
  expect(toEventSummary(card({})).id).toBe('doc1');
});

test('an event is over once it has ended, or once it has started when it has no end', () => {
  const now = new Date('2027-01-21T10:30:00.000Z');
  expect(isEventOver(card({}), now)).toBe(false);
  expect(isEventOver(card({ end: null }), now)).toBe(true);
  expect(isEventOver(card({ end: '2027-01-21T10:29:59.000Z' }), now)).toBe(true);
  const upcoming = toUpcomingEvents(
    [card({ slug: 'ended', end: '2027-01-21T10:00:00.000Z' }), null, ...['a', 'b', 'c', 'd'].map((slug) => card({ slug }))],
    now,
  );
  expect(upcoming.map((event) => event.slug)).toEqual(['a', 'b', 'c']);
});

test('the CMS is asked for upcoming events from midnight UTC, so its answer serves the whole day', () => {
  expect(upcomingEventsCutoff(new Date('2026-11-30T23:59:59.999Z'))).toBe('2026-11-30T00:00:00.000Z');
  expect(upcomingEventsCutoff(new Date('2026-11-30T00:00:00.000Z'))).toBe('2026-11-30T00:00:00.000Z');
  expect(eventFilters({ type: 'thesis-defence', team: 'x' }, 'past', '2026-11-30T00:00:00.000Z')).toEqual({
    and: [
      { or: [{ end: { lt: '2026-11-30T00:00:00.000Z' } }, { and: [{ end: { null: true } }, { start: { lt: '2026-11-30T00:00:00.000Z' } }] }] },
      { type: { eq: 'thesis-defence' } },
      { organisingTeams: { slug: { eq: 'x' } } },
    ],
  });
});

test('times are shown on the Paris clock, with its offset of the season, whatever the server’s zone', () => {
  expect(isoWithInstituteOffset('2027-01-21T10:00:00.000Z')).toBe('2027-01-21T11:00:00+01:00');
  expect(isoWithInstituteOffset('2027-07-01T22:30:00.000Z')).toBe('2027-07-02T00:30:00+02:00');
  expect(formatEventTime('en', '2027-01-21T10:00:00.000Z', '2027-01-21T11:00:00.000Z')).toBe('Thursday, 21 January 2027, 11:00–12:00');
  expect(formatEventTime('fr', '2027-06-10T07:00:00.000Z', '2027-06-11T15:30:00.000Z')).toMatch(
    /^jeudi 10 juin 2027 à 09:00\s–\svendredi 11 juin 2027 à 17:30$/,
  );
  expect(formatEventTime('fr', '2027-06-10T07:00:00.000Z', null)).toBe('jeudi 10 juin 2027 à 09:00');
});
