import type { Core, UID } from '@strapi/strapi';
import { INSTITUTE_TIME_ZONE, todayAtInstitute } from '../document-middlewares/open-job-offers';
import type { RevalidationNotifier } from './revalidation-notifier';

const JOB_OFFER = 'api::job-offer.job-offer' as UID.Schema;
/** The name of the nightly task in Strapi's cron (strapi.cron.jobs). */
export const JOB_OFFER_CLOSINGS_TASK = 'announce-closed-job-offers';

/** yyyy-mm-dd of the calendar day before another. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Slugs of the published offers whose deadline was the day that ended at the last midnight in Paris. */
export async function offersClosedLastMidnight(strapi: Core.Strapi, now: Date = new Date()): Promise<string[]> {
  const rows = (await strapi.db.query(JOB_OFFER).findMany({
    where: { applicationDeadline: dayBefore(todayAtInstitute(now)), publishedAt: { $notNull: true } },
    select: ['slug'],
  })) as Array<{ slug: string | null }>;
  return [...new Set(rows.flatMap((row) => (row.slug ? [row.slug] : [])))];
}

/**
 * An offer closes at midnight in Paris without anyone editing it, so the change notices sent on edits never tell the
 * website. This nightly task does, right after midnight, for the offers that just closed: the website expires their
 * pages, its listing and the team and platform pages that list them, and the next visitor gets a page without them
 * instead of one last cached copy. (If the CMS is down at midnight, the website still drops closed offers on its own
 * when it next renders those pages: it never caches them past a Paris midnight.)
 */
export function scheduleJobOfferClosings(strapi: Core.Strapi, notifier: Pick<RevalidationNotifier, 'queue'>): void {
  strapi.cron.add({
    [JOB_OFFER_CLOSINGS_TASK]: {
      task: async () => {
        const slugs = await offersClosedLastMidnight(strapi);
        if (slugs.length > 0) notifier.queue({ type: 'job-offer', slugs });
      },
      options: { rule: '0 0 * * *', tz: INSTITUTE_TIME_ZONE },
    },
  });
}
