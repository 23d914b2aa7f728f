import { detailStaticParams } from '@/lib/cms/detail-params';
import { getEventPage } from '@/lib/cms/events';
import { CALENDAR_CONTENT_TYPE, eventsCalendar } from '@/lib/feeds/events-calendar';
import { isLocale } from '@/lib/i18n/locales';

/**
 * One event as an iCalendar file, for "add to my calendar": downloaded, then opened by the visitor's calendar app.
 * Cached like the event's page and refreshed with it.
 */
export const dynamic = 'force-static';

export const generateStaticParams = detailStaticParams('events');

const notFound = () => new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return notFound();
  const { chrome, event } = await getEventPage(locale, slug);
  if (!event) return notFound();
  return new Response(eventsCalendar(locale, chrome, [event]), {
    headers: { 'content-type': CALENDAR_CONTENT_TYPE, 'content-disposition': `attachment; filename="${event.slug}.ics"` },
  });
}
