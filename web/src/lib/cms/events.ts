import { cache } from 'react';
import type { Locale } from '../i18n/locales';
import { eventFilters, type EventFilters } from './filters';
import { EventPageDocument, EventsCalendarDocument, EventsPageDocument } from './generated/graphql';
import { cmsQuery } from './query';
import { compact, toBlocks } from './reshape/common';
import { isEventOver, toEventSummaries, toEventSummary, upcomingEventsCutoff, type EventDetail, type EventSummary } from './reshape/event';
import { toSiteChrome, type SiteChrome } from './reshape/institute';
import { toLinks } from './reshape/team';
import { entryTag } from './tags';

/** Past events per listing page (upcoming ones are all on the first page, up to the CMS's ceiling of 100). */
export const PAST_EVENTS_PAGE_SIZE = 20;
const UPCOMING_EVENTS_LIMIT = 100;

export interface EventsPage {
  chrome: SiteChrome | null;
  /** Not over yet (including those under way), soonest first. */
  upcoming: EventSummary[];
  /** This page of the past events, newest first. */
  past: EventSummary[];
  page: number;
  pageCount: number;
}

// React's cache() compares arguments by identity: the filters travel as their JSON text so the page and its metadata
// share one request.
const eventsPage = cache(async (locale: Locale, filtersJson: string, page: number): Promise<EventsPage> => {
  const filters = JSON.parse(filtersJson) as EventFilters;
  const now = new Date();
  const cutoff = upcomingEventsCutoff(now);
  const data = await cmsQuery(
    EventsPageDocument,
    {
      locale,
      upcoming: eventFilters(filters, 'upcoming', cutoff),
      past: eventFilters(filters, 'past', cutoff),
      upcomingLimit: UPCOMING_EVENTS_LIMIT,
      page,
      pageSize: PAST_EVENTS_PAGE_SIZE,
    },
    { types: ['institute', 'event'] },
  );
  // The CMS split the events at midnight; those that ended since then are past already.
  const sinceCutoff = toEventSummaries(data.upcomingEvents);
  const endedToday = sinceCutoff.filter((event) => isEventOver(event, now)).reverse();
  const connection = data.pastEvents;
  const pastPageCount = connection?.pageInfo.pageCount ?? 0;
  return {
    chrome: toSiteChrome(data),
    upcoming: sinceCutoff.filter((event) => !isEventOver(event, now)),
    past: [...(page === 1 ? endedToday : []), ...toEventSummaries(connection?.nodes)],
    page: connection?.pageInfo.page ?? page,
    pageCount: Math.max(pastPageCount, endedToday.length > 0 ? 1 : 0),
  };
});

export const getEventsPage = (locale: Locale, filters: EventFilters, page: number): Promise<EventsPage> =>
  eventsPage(locale, JSON.stringify(filters), page);

export interface EventPage {
  chrome: SiteChrome | null;
  event: EventDetail | null;
}

export const getEventPage = cache(async (locale: Locale, slug: string): Promise<EventPage> => {
  const data = await cmsQuery(EventPageDocument, { locale, slug }, { types: ['institute', 'team'], tags: [entryTag('event', slug)] });
  const event = compact(data.events)[0];
  return {
    chrome: toSiteChrome(data),
    event: event
      ? {
          ...toEventSummary(event),
          abstract: toBlocks(event.abstract),
          registrationUrl: event.registrationUrl?.trim() || null,
          updatedAt: event.updatedAt ?? event.start,
          organisingTeams: toLinks(event.organisingTeams),
        }
      : null,
  };
});

export type CalendarEntry = Omit<EventDetail, 'registrationUrl' | 'organisingTeams'>;

/** Every published event of a locale, for the calendar feed: never drafts, even in an editor's preview (feeds are shared). */
export const getEventsCalendar = cache(async (locale: Locale): Promise<{ chrome: SiteChrome | null; events: CalendarEntry[] }> => {
  let chrome: SiteChrome | null = null;
  const events: CalendarEntry[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const data = await cmsQuery(EventsCalendarDocument, { locale, page }, { types: ['institute', 'event'], previewable: false });
    chrome ??= toSiteChrome(data);
    for (const event of compact(data.events_connection?.nodes)) {
      events.push({ ...toEventSummary(event), abstract: toBlocks(event.abstract), updatedAt: event.updatedAt ?? event.start });
    }
    pageCount = data.events_connection?.pageInfo.pageCount ?? 0;
  }
  return { chrome, events };
});
