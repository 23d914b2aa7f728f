import Link from 'next/link';
import type { EventSummary } from '@/lib/cms/reshape/event';
import { formatEventTime, getDictionary } from '@/lib/i18n/dictionaries';
import { LOCALE_TAGS, type Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { INSTITUTE_TIME_ZONE, isoWithInstituteOffset } from '@/lib/time/institute-time';

interface EventListItemProps {
  locale: Locale;
  event: EventSummary;
  headingLevel: 3 | 4;
  /** Under way at the time of the visit. */
  ongoing?: boolean;
}

/** An event in a list: its day at a glance, then what, who, when and where. */
export function EventListItem({ locale, event, headingLevel, ongoing = false }: EventListItemProps) {
  const dictionary = getDictionary(locale);
  const Heading = `h${headingLevel}` as 'h3';
  const day = new Intl.DateTimeFormat(LOCALE_TAGS[locale].intl, { day: 'numeric', month: 'short', timeZone: INSTITUTE_TIME_ZONE }).formatToParts(
    new Date(event.start),
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => day.find((each) => each.type === type)?.value ?? '';
  return (
    <article className="flex h-full gap-4 rounded-lg border border-line bg-white p-4 sm:gap-6 sm:p-5" data-event={event.slug}>
      {/* The full date follows in words: this calendar leaf is for the eye only. */}
      <div aria-hidden="true" className="flex w-16 shrink-0 flex-col items-center self-start rounded bg-brand-50 py-2 text-brand-900 sm:w-20">
        <span className="text-2xl leading-none font-semibold sm:text-3xl">{part('day')}</span>
        <span className="mt-1 text-xs tracking-wide uppercase">{part('month')}</span>
      </div>
      <div className="min-w-0">
        <p className="text-sm font-semibold tracking-wide text-accent-600 uppercase">
          {dictionary.eventTypes[event.type]}
          {ongoing ? <span className="ml-2 rounded bg-accent-600 px-1.5 py-0.5 text-xs text-white normal-case">{dictionary.events.ongoing}</span> : null}
        </p>
        <Heading className="mt-1 font-serif text-xl leading-snug">
          <Link href={paths.event(locale, event.slug)} className="text-brand-900">
            {event.title}
          </Link>
        </Heading>
        {event.speaker ? (
          <p className="mt-2">
            {event.speaker}
            {event.speakerAffiliation ? <span className="text-muted">, {event.speakerAffiliation}</span> : null}
          </p>
        ) : null}
        <p className="mt-2 text-sm text-muted">
          <time dateTime={isoWithInstituteOffset(event.start)}>{formatEventTime(locale, event.start, event.end)}</time>
          {event.location ? <span> · {event.location}</span> : null}
        </p>
      </div>
    </article>
  );
}
