import type { CalendarEntry } from '../cms/events';
import { blocksToParagraphs } from '../cms/reshape/common';
import type { SiteChrome } from '../cms/reshape/institute';
import { siteConfig } from '../config';
import { getDictionary } from '../i18n/dictionaries';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import { paths } from '../i18n/paths';
import { absoluteUrl } from '../seo/metadata';
import { iCalendar, type CalendarEvent } from './icalendar';

/** The institute's events as an iCalendar file: the whole calendar of a language, or a single event's. */
export function eventsCalendar(locale: Locale, chrome: SiteChrome | null, events: CalendarEntry[]): string {
  const dictionary = getDictionary(locale);
  const host = new URL(siteConfig.siteUrl).hostname;
  const toCalendarEvent = (event: CalendarEntry): CalendarEvent => {
    const url = absoluteUrl(paths.event(locale, event.slug));
    const speaker = event.speaker
      ? `${dictionary.events.speaker}${dictionary.colon}${event.speaker}${event.speakerAffiliation ? ` (${event.speakerAffiliation})` : ''}`
      : null;
    return {
      // The CMS's document id is shared by the languages and outlives slug changes: calendars update the event in place.
      uid: `event-${event.id}@${host}`,
      url,
      title: event.title,
      start: event.start,
      end: event.end,
      updated: event.updatedAt,
      location: event.location,
      description: [speaker, ...blocksToParagraphs(event.abstract), url].filter(Boolean).join('\n\n'),
      categories: [dictionary.eventTypes[event.type]],
    };
  };
  return iCalendar({
    producer: chrome?.acronym ?? host,
    name: chrome ? `${dictionary.events.calendarName} | ${chrome.acronym}` : dictionary.events.calendarName,
    description: dictionary.events.intro,
    language: LOCALE_TAGS[locale].intl,
    events: events.map(toCalendarEvent),
  });
}

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
