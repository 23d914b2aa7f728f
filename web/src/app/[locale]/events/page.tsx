import type { Metadata } from 'next';
import Link from 'next/link';
import { EventListItem } from '@/components/event/EventListItem';
import { SiteShell } from '@/components/layout/SiteShell';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { Section } from '@/components/ui/Section';
import { getEventsPage } from '@/lib/cms/events';
import { EVENT_TYPES, type EventSummary } from '@/lib/cms/reshape/event';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { readChoice, readPage, type SearchParams } from '@/lib/listing/search-params';
import { pageMetadata } from '@/lib/seo/metadata';
import { instituteWallClock } from '@/lib/time/institute-time';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

async function readQuery(searchParams: Promise<SearchParams>) {
  const query = await searchParams;
  return { type: readChoice(query, 'type', EVENT_TYPES), page: readPage(query) };
}

/** Past events by year of their start (on the institute's calendar), newest year first as they come. */
function byYear(events: EventSummary[]): Array<{ year: number; events: EventSummary[] }> {
  const groups: Array<{ year: number; events: EventSummary[] }> = [];
  for (const event of events) {
    const year = instituteWallClock(event.start).year;
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { type, page } = await readQuery(searchParams);
  const { chrome } = await getEventsPage(locale, { type }, page);
  return pageMetadata({
    locale,
    path: paths.events(locale),
    title: dictionary.events.title,
    description: dictionary.events.intro,
    chrome,
    calendar: { path: paths.eventsCalendar(locale), title: dictionary.events.subscribe },
  });
}

export default async function EventsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { type, page } = await readQuery(searchParams);
  const data = await getEventsPage(locale, { type }, page);
  const now = Date.now();
  const tabs = [{ type: undefined, name: dictionary.events.allTypes }, ...EVENT_TYPES.map((each) => ({ type: each, name: dictionary.eventTypes[each] }))];

  return (
    <SiteShell locale={locale} chrome={data.chrome} path={withQuery(paths.events(locale), { type, page: page > 1 ? page : undefined })}>
      <PageHeader title={dictionary.events.title} intro={dictionary.events.intro}>
        <nav aria-label={dictionary.events.type} className="mt-8">
          <ul className="flex flex-wrap gap-2">
            {tabs.map((tab) => (
              <li key={tab.type ?? 'all'}>
                <Link
                  href={withQuery(paths.events(locale), { type: tab.type })}
                  aria-current={tab.type === type ? 'page' : undefined}
                  className="block rounded-full border border-line bg-white px-4 py-1.5 text-sm no-underline hover:border-brand-600 aria-[current=page]:border-brand-800 aria-[current=page]:bg-brand-800 aria-[current=page]:text-white"
                >
                  {tab.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-6 text-sm">
          {/* A plain link: a calendar is a file for calendar apps, not a page to prefetch. */}
          <a href={paths.eventsCalendar(locale)} type="text/calendar" className="font-medium">
            {dictionary.events.subscribe}
          </a>
          <span className="mt-1 block text-muted">{dictionary.events.subscribeHelp}</span>
        </p>
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <div className="max-w-4xl">
          {page === 1 ? (
            <Section id="upcoming-events" title={dictionary.events.upcoming}>
              {data.upcoming.length > 0 ? (
                <ul className="space-y-4" data-events="upcoming">
                  {data.upcoming.map((event) => (
                    <li key={event.slug}>
                      <EventListItem locale={locale} event={event} headingLevel={3} ongoing={new Date(event.start).getTime() <= now} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{dictionary.events.noUpcoming}</p>
              )}
            </Section>
          ) : null}
          <Section id="past-events" title={dictionary.events.past}>
            {data.past.length > 0 ? (
              <div className="space-y-8" data-events="past">
                {byYear(data.past).map((group) => (
                  <section key={group.year} aria-labelledby={`past-events-${group.year}`} data-year={group.year}>
                    <h3 id={`past-events-${group.year}`} className="mb-4 border-b border-line pb-1 text-xl text-muted">
                      {group.year}
                    </h3>
                    <ul className="space-y-4">
                      {group.events.map((event) => (
                        <li key={event.slug}>
                          <EventListItem locale={locale} event={event} headingLevel={4} />
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            ) : (
              <p>{dictionary.events.noPast}</p>
            )}
          </Section>
          <Pagination path={paths.events(locale)} query={{ type }} page={data.page} pageCount={data.pageCount} dictionary={dictionary} />
        </div>
      </div>
    </SiteShell>
  );
}
