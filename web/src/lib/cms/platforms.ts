import { cache } from 'react';
import type { Locale } from '../i18n/locales';
import { PlatformPageDocument, PlatformsPageDocument } from './generated/graphql';
import { untilOffersMayClose } from './job-offers';
import { cmsQuery } from './query';
import { compact, listTexts, toBlocks, toSeo, type Seo } from './reshape/common';
import { toSiteChrome, type SiteChrome } from './reshape/institute';
import { toOpenJobOffers, type JobOfferSummary } from './reshape/job-offer';
import { toNewsSummaries, type NewsSummary } from './reshape/news';
import { toPeopleSummaries } from './reshape/person';
import { toPlatformSummary, type PlatformDetail, type PlatformSummary } from './reshape/platform';
import { entryTag } from './tags';

export interface PlatformsPage {
  chrome: SiteChrome | null;
  platforms: PlatformSummary[];
}

export const getPlatformsPage = cache(async (locale: Locale): Promise<PlatformsPage> => {
  const data = await cmsQuery(PlatformsPageDocument, { locale }, { types: ['institute', 'platform'] });
  return { chrome: toSiteChrome(data), platforms: compact(data.platforms).map(toPlatformSummary) };
});

export interface PlatformPage {
  chrome: SiteChrome | null;
  platform: (PlatformDetail & { seo: Seo }) | null;
  relatedNews: NewsSummary[];
  openPositions: JobOfferSummary[];
}

export const getPlatformPage = cache(async (locale: Locale, slug: string): Promise<PlatformPage> => {
  const data = await cmsQuery(PlatformPageDocument, { locale, slug }, {
    types: ['institute', 'person', 'news-article', 'job-offer'],
    tags: [entryTag('platform', slug)],
    // It lists the open positions: cached no later than the next time an offer may close.
    maxAge: untilOffersMayClose(),
  });
  const platform = compact(data.platforms)[0];
  return {
    chrome: toSiteChrome(data),
    platform: platform
      ? {
          ...toPlatformSummary(platform),
          mission: toBlocks(platform.mission),
          services: listTexts(platform.services),
          howItWorks: toBlocks(platform.howItWorks),
          equipment: compact(platform.equipment).map((item) => ({ name: item.name, description: item.description?.trim() || null })),
          coordinators: toPeopleSummaries(platform.coordinators),
          staff: toPeopleSummaries(platform.staff),
          contactEmail: platform.contactEmail?.trim() || null,
          bookingUrl: platform.bookingUrl?.trim() || null,
          links: compact(platform.links).map((link) => ({ label: link.label, url: link.url })),
          seo: toSeo(platform.seo),
        }
      : null,
    relatedNews: toNewsSummaries(data.relatedNews),
    openPositions: toOpenJobOffers(data.openPositions),
  };
});
