/**
 * Application deadlines are calendar days at the institute, in Marseille: an offer is open until the end of its
 * deadline day, Paris time (the CMS hides it from then on, cms/src/document-middlewares/open-job-offers.ts). The website
 * computes the same instant so it never shows a closed offer from a cached CMS response.
 */
export const INSTITUTE_TIME_ZONE = 'Europe/Paris';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): { year: number; month: number; date: number } | null {
  const match = DAY.exec(day.slice(0, 10));
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date ? { year, month, date } : null;
}

/** Paris's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: number): number {
  const name = new Intl.DateTimeFormat('en', { timeZone: INSTITUTE_TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * The offset in force at the end of a day. Paris changes time at 02:00/03:00 local time, never around midnight, so the
 * offset at noon is the one at 23:59:59 and at the next midnight.
 */
function offsetOfDay({ year, month, date }: { year: number; month: number; date: number }): number {
  return parisOffsetMinutes(Date.UTC(year, month - 1, date, 12));
}

/** The instant an offer closes: the midnight that ends its deadline day in Paris; null for a malformed date. */
export function closingInstant(deadline: string): Date | null {
  const day = parseDay(deadline);
  if (!day) return null;
  return new Date(Date.UTC(day.year, day.month - 1, day.date + 1) - offsetOfDay(day) * 60_000);
}

/** Whether applications are still accepted at `now`. A malformed deadline counts as closed: better hidden than wrong. */
export function isOpen(deadline: string, now: Date = new Date()): boolean {
  const closes = closingInstant(deadline);
  return closes !== null && now.getTime() < closes.getTime();
}

/** The last second of the deadline day with Paris's offset, as schema.org's validThrough: 2027-01-31T23:59:59+01:00. */
export function endOfDeadlineDay(deadline: string): string | null {
  const day = parseDay(deadline);
  if (!day) return null;
  const offset = offsetOfDay(day);
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${deadline.slice(0, 10)}T23:59:59${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
}

/** yyyy-mm-dd of the day it is in Paris at `now`. */
export function todayInParis(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: INSTITUTE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((each) => each.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Whole seconds until the next midnight in Paris, when offers whose deadline is today close: what a page showing offers
 * may be cached for at most (at least 1, Next.js's smallest revalidation time).
 */
export function secondsUntilParisMidnight(now: Date = new Date()): number {
  const closes = closingInstant(todayInParis(now));
  return closes ? Math.max(1, Math.ceil((closes.getTime() - now.getTime()) / 1000)) : 1;
}
