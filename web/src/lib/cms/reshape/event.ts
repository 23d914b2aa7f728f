import type { Blocks } from './blocks';
import type { Enum_Event_Type, EventCardFragment } from '../generated/graphql';
import { compact } from './common';
import type { Link } from './team';

/** The CMS's event types, as editors and URLs (`?type=thesis-defence`) know them. */
export const EVENT_TYPES = ['seminar', 'thesis-defence', 'hdr-defence', 'conference', 'workshop', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** GraphQL writes enumeration values with underscores (thesis_defence): back to the CMS's own values. */
const FROM_GRAPHQL: Record<Enum_Event_Type, EventType> = {
  seminar: 'seminar',
  thesis_defence: 'thesis-defence',
  hdr_defence: 'hdr-defence',
  conference: 'conference',
  workshop: 'workshop',
  other: 'other',
};

export interface EventSummary {
  /** The CMS's document id: the same in every locale and for the event's whole life (calendar UIDs). */
  id: string;
  slug: string;
  title: string;
  type: EventType;
  speaker: string | null;
  speakerAffiliation: string | null;
  /** ISO instants (UTC). */
  start: string;
  end: string | null;
  location: string | null;
}

export interface EventDetail extends EventSummary {
  abstract: Blocks;
  registrationUrl: string | null;
  updatedAt: string;
  organisingTeams: Link[];
}

const text = (value: string | null | undefined): string | null => value?.trim() || null;

export function toEventSummary(event: EventCardFragment): EventSummary {
  return {
    id: event.documentId,
    slug: event.slug,
    title: event.title,
    type: FROM_GRAPHQL[event.type] ?? 'other',
    speaker: text(event.speaker),
    speakerAffiliation: text(event.speakerAffiliation),
    start: event.start,
    end: event.end ?? null,
    location: text(event.location),
  };
}

export const toEventSummaries = (events: ReadonlyArray<EventCardFragment | null> | null | undefined): EventSummary[] =>
  compact(events).map(toEventSummary);

/** When an event is over: its end, or its start when it has no end. */
export const eventEnd = (event: Pick<EventSummary, 'start' | 'end'>): string => event.end ?? event.start;

export const isEventOver = (event: Pick<EventSummary, 'start' | 'end'>, now: Date): boolean =>
  new Date(eventEnd(event)).getTime() < now.getTime();

/**
 * The instant the CMS is asked for upcoming events from: midnight UTC of the day, so a cached CMS response serves the
 * whole day (asking from the current minute would make every request a new one). The few events that ended since are
 * dropped, or moved to the past, when the page renders.
 */
export const upcomingEventsCutoff = (now: Date): string =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString();

/** How many upcoming events the home and team pages show. */
export const UPCOMING_EVENTS_PREVIEW = 3;

/** The first events of a list asked from upcomingEventsCutoff that are not over yet. */
export const toUpcomingEvents = (events: ReadonlyArray<EventCardFragment | null> | null | undefined, now: Date): EventSummary[] =>
  toEventSummaries(events).filter((event) => !isEventOver(event, now)).slice(0, UPCOMING_EVENTS_PREVIEW);
