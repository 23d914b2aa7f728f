import { INSTITUTE_TIME_ZONE, instituteWallClock, toInstant } from '../time/institute-time';

/**
 * An iCalendar document (RFC 5545), written by hand like the Atom feed: the format is small, and what matters is done
 * here once: times on the institute's wall clock with the zone's rules included (a VTIMEZONE, so calendars convert
 * them right on both sides of a daylight-saving change), text escaping, CRLF line ends and lines folded at 75 octets
 * without cutting a UTF-8 character in two.
 */
export interface CalendarEvent {
  /** Stays the same for the event's whole life (slugs and titles may change), so calendars update it in place. */
  uid: string;
  /** Absolute URL of the event's page. */
  url: string;
  title: string;
  /** ISO date-times (instants). */
  start: string;
  end: string | null;
  /** The entry's last change: DTSTAMP and LAST-MODIFIED. */
  updated: string;
  location: string | null;
  description: string | null;
  categories: string[];
}

export interface Calendar {
  /** Who publishes the calendar (the institute): part of its PRODID. */
  producer: string;
  /** Shown by calendar apps as the subscribed calendar's name. */
  name: string;
  description: string | null;
  /** BCP 47 language tag of the texts. */
  language: string;
  events: CalendarEvent[];
}

/** How often subscribed calendar apps should fetch the calendar again. */
const REFRESH_INTERVAL = 'PT6H';

/**
 * The rules of Europe/Paris since 1996 (the European Union's): summer time from the last Sunday of March at 02:00 to
 * the last Sunday of October at 03:00. Holds for every event the site can show; a change of zone means new rules here.
 */
const TIME_ZONE_RULES: Record<string, string[]> = {
  'Europe/Paris': [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Paris',
    'X-LIC-LOCATION:Europe/Paris',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ],
};

// Control characters other than tab and line ends have no place in iCalendar text, nor do lone surrogates.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A TEXT value (RFC 5545 3.3.11): backslashes, semicolons, commas and line ends escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * A content line folded as RFC 5545 3.1 asks: at most 75 octets per line, continuation lines starting with a space
 * (which counts in their 75), cut only between characters.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** A UTC instant as iCalendar writes it: 20260312T100000Z. */
export function utcDateTime(value: string): string {
  const date = toInstant(value);
  const day = `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
  return `${day}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** The institute's wall-clock time of an instant, to go with TZID: 20260312T110000. */
export function localDateTime(value: string): string {
  const clock = instituteWallClock(value);
  return `${pad(clock.year, 4)}${pad(clock.month)}${pad(clock.day)}T${pad(clock.hour)}${pad(clock.minute)}${pad(clock.second)}`;
}

/** A URI value: no escaping in iCalendar, but nothing that would break the line either. */
// eslint-disable-next-line no-control-regex
const uri = (value: string): string => value.replace(/[\s\u0000-\u001F\u007F]/g, encodeURIComponent);

/**
 * A date-time property on the institute's clock. In the hour the clocks go back, local times happen twice, and
 * calendar apps disagree on which one is meant (RFC 5545 says the first, ical.js reads the second): such an instant is
 * written in UTC instead, which no app can misread.
 */
function zoned(name: string, value: string): string {
  const local = localDateTime(value);
  const shifted = (hours: number) => localDateTime(new Date(toInstant(value).getTime() + hours * 3600000).toISOString());
  const ambiguous = shifted(-1) === local || shifted(1) === local;
  return ambiguous ? `${name}:${utcDateTime(value)}` : `${name};TZID=${INSTITUTE_TIME_ZONE}:${local}`;
}

function eventLines(event: CalendarEvent): string[] {
  const categories = event.categories.map(escapeText).filter(Boolean);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(event.updated)}`,
    `LAST-MODIFIED:${utcDateTime(event.updated)}`,
    zoned('DTSTART', event.start),
    ...(event.end ? [zoned('DTEND', event.end)] : []),
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(categories.length > 0 ? [`CATEGORIES:${categories.join(',')}`] : []),
    `URL:${uri(event.url)}`,
    'END:VEVENT',
  ];
}

export function iCalendar(calendar: Calendar): string {
  const rules = TIME_ZONE_RULES[INSTITUTE_TIME_ZONE];
  if (!rules) throw new Error(`no VTIMEZONE rules written for ${INSTITUTE_TIME_ZONE}`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(calendar.producer)}//Events//${calendar.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    `X-WR-TIMEZONE:${INSTITUTE_TIME_ZONE}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH_INTERVAL}`,
    `X-PUBLISHED-TTL:${REFRESH_INTERVAL}`,
    ...rules,
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
