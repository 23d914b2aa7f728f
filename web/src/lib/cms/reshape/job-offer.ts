import type { Blocks } from './blocks';
import type { Enum_Joboffer_Contracttype, JobOfferCardFragment } from '../generated/graphql';
import { isOpen } from '../../jobs/deadline';
import { compact } from './common';
import type { Link } from './team';

/** The contract types of the CMS (cms/src/api/job-offer), as they appear in the website's URLs (?contract=fixed-term). */
export const CONTRACT_TYPES = ['permanent', 'fixed-term', 'phd', 'postdoc', 'internship', 'other'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** GraphQL spells enum values with underscores (fixed_term): back to the CMS's own values. */
export function toContractType(value: Enum_Joboffer_Contracttype | string): ContractType {
  const hyphenated = value.replace(/_/g, '-');
  return CONTRACT_TYPES.find((type) => type === hyphenated) ?? 'other';
}

export interface JobOfferSummary {
  slug: string;
  title: string;
  contractType: ContractType;
  startDate: string | null;
  /** The last day applications are accepted (yyyy-mm-dd, a day in Paris). */
  deadline: string;
  /** The team or the platform that hires (an offer names one, or none for the institute's own services). */
  unit: ({ kind: 'team' | 'platform' } & Link) | null;
}

export interface JobOfferDetail extends JobOfferSummary {
  description: Blocks;
  howToApply: Blocks;
  contactEmail: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
}

export function toJobOfferSummary(offer: JobOfferCardFragment): JobOfferSummary {
  const unit = offer.team
    ? { kind: 'team' as const, slug: offer.team.slug, name: offer.team.name }
    : offer.platform
      ? { kind: 'platform' as const, slug: offer.platform.slug, name: offer.platform.name }
      : null;
  return {
    slug: offer.slug,
    title: offer.title,
    contractType: toContractType(offer.contractType),
    startDate: offer.startDate ?? null,
    deadline: offer.applicationDeadline,
    unit,
  };
}

/**
 * The open offers among those the CMS sent. The CMS hides closed offers itself, but its response may have been cached
 * before a deadline passed: dropping them again here keeps a closed offer off every page rendered after its deadline.
 */
export function toOpenJobOffers(offers: ReadonlyArray<JobOfferCardFragment | null> | null | undefined, now: Date = new Date()): JobOfferSummary[] {
  return compact(offers)
    .filter((offer) => isOpen(offer.applicationDeadline, now))
    .map(toJobOfferSummary);
}

export interface JobFilters {
  contract?: ContractType;
  team?: string;
  platform?: string;
}

export function filterJobOffers(offers: JobOfferSummary[], { contract, team, platform }: JobFilters): JobOfferSummary[] {
  return offers.filter(
    (offer) =>
      (!contract || offer.contractType === contract) &&
      (!team || (offer.unit?.kind === 'team' && offer.unit.slug === team)) &&
      (!platform || (offer.unit?.kind === 'platform' && offer.unit.slug === platform)),
  );
}

/** The teams and the platforms that have open offers, by name: the choices of the listing's filters. */
export function hiringUnits(offers: JobOfferSummary[]): { teams: Link[]; platforms: Link[] } {
  const units = (kind: 'team' | 'platform') => {
    const bySlug = new Map<string, Link>();
    for (const offer of offers) if (offer.unit?.kind === kind) bySlug.set(offer.unit.slug, { slug: offer.unit.slug, name: offer.unit.name });
    return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
  };
  return { teams: units('team'), platforms: units('platform') };
}
