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
 * Offers close at midnight in Paris without anyone publishing anything, so no webhook tells the website. A page that
 * shows offers therefore keeps its CMS response (and, through it, its ISR render: Next.js revalidates a page as soon as
 * its shortest-lived fetch) no later than the next Paris midnight, and drops closed offers again when it renders in case
 * the response is older than a deadline. See also README "Job offers".
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
