/**
 * The institute's wall clock. Event times are stored as UTC instants in the CMS; visitors, calendars and search engines
 * see them in the institute's time zone, whatever zone the server runs in.
 */
export const INSTITUTE_TIME_ZONE = 'Europe/Paris';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: INSTITUTE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** An instant (ISO date-time or Date) as a Date, or an error naming the bad value. */
export function toInstant(value: string | Date): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`not a date-time: "${String(value)}"`);
  return date;
}

/** What a clock on the institute's wall shows at that instant. */
export function instituteWallClock(value: string | Date): WallClock {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(toInstant(value)).map((part) => [part.type, part.value]),
  ) as Record<Intl.DateTimeFormatPartTypes, string>;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** ISO 8601 with the institute's offset at that instant: "2026-03-12T11:00:00+01:00" (schema.org, <time>). */
export function isoWithInstituteOffset(value: string | Date): string {
  const instant = toInstant(value);
  const clock = instituteWallClock(instant);
  const wallAsUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  const offsetMinutes = Math.round((wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}${offset}`;
}
