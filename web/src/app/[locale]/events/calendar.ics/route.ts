import { getEventsCalendar } from '@/lib/cms/events';
import { staticParamsWhenCmsIsUp } from '@/lib/cms/static-params';
import { CALENDAR_CONTENT_TYPE, eventsCalendar } from '@/lib/feeds/events-calendar';
import { LOCALES, isLocale } from '@/lib/i18n/locales';

/**
 * Every event of one language as an iCalendar feed, for calendar apps to subscribe to: cached like the pages
 * (regenerated when an event is published, served from the page cache). A CMS failure throws, so the last good
 * calendar keeps being served.
 */
export const dynamic = 'force-static';

export async function generateStaticParams() {
  return staticParamsWhenCmsIsUp(async () => LOCALES.map((locale) => ({ locale })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const { chrome, events } = await getEventsCalendar(locale);
  return new Response(eventsCalendar(locale, chrome, events), { headers: { 'content-type': CALENDAR_CONTENT_TYPE } });
}
