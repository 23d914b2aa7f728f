import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { SiteShell } from '@/components/layout/SiteShell';
import { RichText } from '@/components/rich-text/RichText';
import { JsonLd } from '@/components/seo/JsonLd';
import { AsideBlock, DetailLayout } from '@/components/ui/DetailLayout';
import { PageHeader } from '@/components/ui/PageHeader';
import { Section } from '@/components/ui/Section';
import { detailStaticParams } from '@/lib/cms/detail-params';
import { getEventPage } from '@/lib/cms/events';
import { blocksToText, excerpt } from '@/lib/cms/reshape/common';
import { eventEnd } from '@/lib/cms/reshape/event';
import { siteConfig } from '@/lib/config';
import { formatEventTime, getDictionary } from '@/lib/i18n/dictionaries';
import { paths, withQuery } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { safeHref } from '@/lib/safe-url';
import { eventJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { isoWithInstituteOffset } from '@/lib/time/institute-time';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = detailStaticParams('events');

async function load(params: Props['params']) {
  const locale = await routeLocale(params);
  const { slug } = await params;
  const page = await getEventPage(locale, slug);
  if (!page.event) notFound();
  return { locale, ...page, event: page.event };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, chrome, event } = await load(params);
  const dictionary = getDictionary(locale);
  const when = formatEventTime(locale, event.start, event.end);
  return pageMetadata({
    locale,
    path: paths.event(locale, event.slug),
    title: event.title,
    description: excerpt([when, event.speaker, blocksToText(event.abstract)].filter(Boolean).join(' · ')),
    chrome,
    calendar: { path: paths.eventCalendar(locale, event.slug), title: dictionary.events.addToCalendar },
  });
}

export default async function EventPage({ params }: Props) {
  const { locale, chrome, event } = await load(params);
  const dictionary = getDictionary(locale);
  const path = paths.event(locale, event.slug);
  // The page is regenerated every few minutes: registration closes from the first regeneration after the event ends.
  const over = new Date(eventEnd(event)).getTime() < Date.now();
  const registrationUrl = event.registrationUrl ? safeHref(event.registrationUrl) : null;
  const buttonClass =
    'inline-block rounded bg-brand-800 px-4 py-2 font-medium text-white no-underline hover:bg-brand-900 hover:text-white';

  return (
    <SiteShell locale={locale} chrome={chrome} path={path}>
      <Breadcrumbs
        locale={locale}
        items={[
          { name: dictionary.nav.home, path: paths.home(locale) },
          { name: dictionary.nav.events, path: paths.events(locale) },
          { name: event.title, path },
        ]}
      />
      <PageHeader
        title={event.title}
        eyebrow={
          <Link href={withQuery(paths.events(locale), { type: event.type })} className="text-accent-600">
            {dictionary.eventTypes[event.type]}
          </Link>
        }
        intro={
          event.speaker ? (
            <p>
              <span className="font-medium text-ink">{event.speaker}</span>
              {event.speakerAffiliation ? `, ${event.speakerAffiliation}` : null}
            </p>
          ) : null
        }
      />
      <DetailLayout
        aside={
          <>
            <AsideBlock title={dictionary.events.when}>
              <p>
                <time dateTime={isoWithInstituteOffset(event.start)}>{formatEventTime(locale, event.start, event.end)}</time>
                <span className="block text-sm text-muted">({dictionary.events.instituteTime})</span>
              </p>
              <p className="mt-3">
                {/* A plain link: the file is for the visitor's calendar app. */}
                <a href={paths.eventCalendar(locale, event.slug)} type="text/calendar" download={`${event.slug}.ics`}>
                  {dictionary.events.addToCalendar}
                </a>
              </p>
            </AsideBlock>
            {event.location ? (
              <AsideBlock title={dictionary.events.where}>
                <p>{event.location}</p>
              </AsideBlock>
            ) : null}
            {event.organisingTeams.length > 0 ? (
              <AsideBlock title={dictionary.events.organisers}>
                <ul className="space-y-1">
                  {event.organisingTeams.map((team) => (
                    <li key={team.slug}>
                      <Link href={paths.team(locale, team.slug)}>{team.name}</Link>
                    </li>
                  ))}
                </ul>
              </AsideBlock>
            ) : null}
            {registrationUrl && !over ? (
              <AsideBlock title={dictionary.events.registration}>
                <a href={registrationUrl} className={buttonClass}>
                  {dictionary.events.register}
                </a>
              </AsideBlock>
            ) : null}
          </>
        }
      >
        {event.abstract.length > 0 ? (
          <Section id="abstract" title={dictionary.events.abstract}>
            <RichText content={event.abstract} mediaOrigin={siteConfig.cmsMediaUrl} topHeadingLevel={3} />
          </Section>
        ) : null}
      </DetailLayout>
      <JsonLd
        data={eventJsonLd({
          title: event.title,
          path,
          start: event.start,
          end: event.end,
          description: excerpt(blocksToText(event.abstract), 300) || null,
          location: event.location,
          speaker: event.speaker,
          speakerAffiliation: event.speakerAffiliation,
          organizer: chrome,
          homePath: paths.home(locale),
        })}
      />
    </SiteShell>
  );
}
