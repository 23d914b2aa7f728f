import { en } from './dictionaries/en';
import { fr, type Dictionary } from './dictionaries/fr';
import { LOCALE_TAGS, type Locale } from './locales';
import { INSTITUTE_TIME_ZONE } from '../time/institute-time';

export type { Dictionary };

const DICTIONARIES: Record<Locale, Dictionary> = { fr, en };

export function getDictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}

/** "14 octobre 2026" / "14 October 2026" from an ISO date (YYYY-MM-DD), read as a calendar day. */
export function formatDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale].intl, { ...getDictionary(locale).dates.long, timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

const EVENT_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: INSTITUTE_TIME_ZONE,
};

/**
 * When an event takes place, on the institute's clock whatever the server's zone: "jeudi 12 mars 2026, 11:00 – 12:00",
 * "Thursday, 10 June 2027 at 09:00 – Friday, 11 June 2027 at 17:30".
 */
export function formatEventTime(locale: Locale, start: string, end: string | null): string {
  const format = new Intl.DateTimeFormat(LOCALE_TAGS[locale].intl, EVENT_TIME);
  return end && new Date(end) > new Date(start) ? format.formatRange(new Date(start), new Date(end)) : format.format(new Date(start));
}
