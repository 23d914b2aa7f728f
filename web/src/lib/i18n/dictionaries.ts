import { en } from './dictionaries/en';
import { fr, type Dictionary } from './dictionaries/fr';
import { LOCALE_TAGS, type Locale } from './locales';

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
