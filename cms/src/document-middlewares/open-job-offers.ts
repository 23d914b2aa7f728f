import type { Core } from '@strapi/strapi';
import { isPublicRead } from './published-only';
import { useDocumentMiddleware } from './types';

const JOB_OFFER = 'api::job-offer.job-offer';
/** Where the institute is: an application deadline is a day in Marseille. */
export const INSTITUTE_TIME_ZONE = 'Europe/Paris';

/** yyyy-mm-dd of the day it is at the institute. */
export function todayAtInstitute(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: INSTITUTE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((each) => each.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * A job offer is public until the end of its application deadline (Paris time), then disappears from every public
 * read (lists, filters, by id, counts) without an editor unpublishing it; editors, the admin and API tokens still
 * find it. Job offers are reached only from their own queries (no other type links to them), so this covers them all.
 */
export function registerOpenJobOffersOnly(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi, async (call, next) => {
    if (call.uid === JOB_OFFER && isPublicRead(strapi, call)) {
      const stillOpen = { applicationDeadline: { $gte: todayAtInstitute() } };
      call.params.filters = call.params.filters ? { $and: [call.params.filters, stillOpen] } : stillOpen;
    }
    return next();
  });
}
