import { cache } from 'react';
import type { Locale } from '../i18n/locales';
import { isOpen, secondsUntilParisMidnight } from '../jobs/deadline';
import { JobOfferPageDocument, JobsPageDocument } from './generated/graphql';
import { cmsQuery } from './query';
import { compact, toBlocks } from './reshape/common';
import { toSiteChrome, type SiteChrome } from './reshape/institute';
import { toJobOfferSummary, toOpenJobOffers, type JobOfferDetail, type JobOfferSummary } from './reshape/job-offer';
import { entryTag } from './tags';

/**
 * Offers close at midnight in Paris with no edit in the CMS, so the usual change notices do not cover it. Three things
 * keep a closed offer off the pages:
 * 1. the CMS tells the website, right after each Paris midnight, which offers just closed
 *    (cms/src/website/job-offer-closings.ts): their cache tags expire and the next visitor waits for a fresh render;
 * 2. every render drops offers whose deadline has passed (toOpenJobOffers, and getJobOfferPage gives null), because the
 *    CMS response may come from Next.js's data cache, which serves entries stale while it refreshes them;
 * 3. pages that show offers are regenerated (ISR) no later than the next Paris midnight, as a fetch's revalidate bounds
 *    its page's: if the CMS's notice is lost, the first visit after midnight regenerates the page (that visit may still
 *    get the old copy: ISR serves stale while it regenerates), instead of up to REVALIDATE_SECONDS later.
 */
export const untilOffersMayClose = (): number => secondsUntilParisMidnight();

export interface JobsPage {
  chrome: SiteChrome | null;
  /** Open offers, the soonest deadline first: what a candidate must act on first. */
  offers: JobOfferSummary[];
}

export const getJobsPage = cache(async (locale: Locale): Promise<JobsPage> => {
  const data = await cmsQuery(JobsPageDocument, { locale }, { types: ['institute', 'job-offer', 'team', 'platform'], maxAge: untilOffersMayClose() });
  return { chrome: toSiteChrome(data), offers: toOpenJobOffers(data.jobOffers) };
});

export interface JobOfferPage {
  chrome: SiteChrome | null;
  /** Null when there is no such offer or it has closed. */
  offer: JobOfferDetail | null;
}

export const getJobOfferPage = cache(async (locale: Locale, slug: string): Promise<JobOfferPage> => {
  const data = await cmsQuery(JobOfferPageDocument, { locale, slug }, {
    types: ['institute', 'team', 'platform'],
    tags: [entryTag('job-offer', slug)],
    maxAge: untilOffersMayClose(),
  });
  const offer = compact(data.jobOffers)[0];
  return {
    chrome: toSiteChrome(data),
    offer:
      offer && isOpen(offer.applicationDeadline)
        ? {
            ...toJobOfferSummary(offer),
            description: toBlocks(offer.description),
            howToApply: toBlocks(offer.howToApply),
            contactEmail: offer.contactEmail?.trim() || null,
            publishedAt: offer.publishedAt ?? null,
            updatedAt: offer.updatedAt ?? null,
          }
        : null,
  };
});
