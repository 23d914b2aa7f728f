import { endOfDeadlineDay } from '@/lib/jobs/deadline';
import { formatDate, getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';

/** An application deadline: its day and the time it ends, in Paris, whatever the visitor's time zone. */
export function JobOfferDeadline({ locale, deadline }: { locale: Locale; deadline: string }) {
  return (
    <time dateTime={endOfDeadlineDay(deadline) ?? deadline}>{getDictionary(locale).jobs.deadlineAt(formatDate(locale, deadline))}</time>
  );
}
