import type { Image } from '../cms/reshape/common';
import type { SiteChrome } from '../cms/reshape/institute';
import type { ContractType } from '../cms/reshape/job-offer';
import { isoWithInstituteOffset } from '../time/institute-time';
import { absoluteUrl } from './metadata';

/** Structured data (schema.org) describing the pages for search engines. */
export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbListJsonLd(items: Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

export function researchOrganizationJsonLd(
  chrome: SiteChrome,
  homePath: string,
  description: string | null,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ResearchOrganization',
    name: chrome.name,
    alternateName: chrome.acronym,
    url: absoluteUrl(homePath),
    description: description ?? undefined,
    email: chrome.contact.email ?? undefined,
    telephone: chrome.contact.phone ?? undefined,
    address: chrome.contact.address ? { '@type': 'PostalAddress', streetAddress: chrome.contact.address } : undefined,
    parentOrganization: chrome.affiliations.map((affiliation) => ({
      '@type': 'Organization',
      name: affiliation.name,
      url: affiliation.url ?? undefined,
    })),
  };
}

export function personJsonLd(person: {
  name: string;
  path: string;
  jobTitle: string | null;
  email: string | null;
  orcid: string | null;
  image: Image | null;
  organization: SiteChrome | null;
  homePath: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name,
    url: absoluteUrl(person.path),
    jobTitle: person.jobTitle ?? undefined,
    email: person.email ?? undefined,
    image: person.image?.src,
    sameAs: person.orcid ? [`https://orcid.org/${person.orcid}`] : undefined,
    affiliation: person.organization
      ? { '@type': 'ResearchOrganization', name: person.organization.name, url: absoluteUrl(person.homePath) }
      : undefined,
  };
}

export function newsArticleJsonLd(article: {
  title: string;
  path: string;
  date: string;
  updatedAt: string | null;
  summary: string | null;
  image: Image | null;
  publisher: SiteChrome | null;
  homePath: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    url: absoluteUrl(article.path),
    mainEntityOfPage: absoluteUrl(article.path),
    datePublished: article.date,
    dateModified: article.updatedAt ?? article.date,
    description: article.summary ?? undefined,
    image: article.image ? [article.image.src] : undefined,
    publisher: article.publisher
      ? { '@type': 'ResearchOrganization', name: article.publisher.name, url: absoluteUrl(article.homePath) }
      : undefined,
  };
}

/** A publication for search engines and Google Scholar-like indexers: authors, journal, date, DOI. */
export function scholarlyArticleJsonLd(publication: {
  title: string;
  path: string;
  authors: Array<{ name: string; path: string | null }>;
  journal: string | null;
  date: string | null;
  year: number;
  abstract: string | null;
  doi: string | null;
  url: string | null;
}): Record<string, unknown> {
  const doiUrl = publication.doi ? `https://doi.org/${publication.doi}` : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: publication.title,
    name: publication.title,
    url: absoluteUrl(publication.path),
    author: publication.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: author.path ? absoluteUrl(author.path) : undefined,
    })),
    datePublished: publication.date ?? String(publication.year),
    isPartOf: publication.journal ? { '@type': 'Periodical', name: publication.journal } : undefined,
    abstract: publication.abstract ?? undefined,
    identifier: publication.doi ? { '@type': 'PropertyValue', propertyID: 'DOI', value: publication.doi } : undefined,
    sameAs: [doiUrl, publication.url].filter((value): value is string => value !== null),
  };
}

/**
 * The institute's address (one free text in the CMS, a line per part, French style: street lines, "13273 Marseille
 * Cedex 09", country) as a schema.org PostalAddress. Lines it cannot place stay in streetAddress.
 */
export function postalAddressJsonLd(address: string): Record<string, unknown> {
  const lines = address.split('\n').map((line) => line.trim()).filter(Boolean);
  const cityIndex = lines.findIndex((line) => /^\d{5}\s+\S/.test(line));
  if (cityIndex < 0) return { '@type': 'PostalAddress', streetAddress: lines.join(', ') };
  const [, postalCode, city] = /^(\d{5})\s+(.+)$/.exec(lines[cityIndex]) ?? [];
  const country = lines.slice(cityIndex + 1).join(', ');
  return {
    '@type': 'PostalAddress',
    streetAddress: lines.slice(0, cityIndex).join(', ') || undefined,
    postalCode,
    // "Cedex 09" routes mail; the town is what a candidate looks for.
    addressLocality: city.replace(/\s+cedex(\s+\d+)?$/i, ''),
    addressCountry: /^(france|fr)$/i.test(country) ? 'FR' : country || 'FR',
  };
}

/** schema.org employmentType (Google's values) of each contract type. */
const EMPLOYMENT_TYPES: Record<ContractType, string[]> = {
  permanent: ['FULL_TIME'],
  'fixed-term': ['FULL_TIME', 'TEMPORARY'],
  phd: ['FULL_TIME', 'TEMPORARY'],
  postdoc: ['FULL_TIME', 'TEMPORARY'],
  internship: ['INTERN'],
  other: ['OTHER'],
};

/** A job offer as Google's job search reads it (its required and recommended JobPosting properties). */
export function jobPostingJsonLd(offer: {
  title: string;
  path: string;
  description: string;
  datePosted: string;
  validThrough: string;
  contractType: ContractType;
  startDate: string | null;
  organization: SiteChrome | null;
  homePath: string;
  slug: string;
}): Record<string, unknown> {
  const organization = offer.organization;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: offer.title,
    description: offer.description,
    url: absoluteUrl(offer.path),
    identifier: organization ? { '@type': 'PropertyValue', name: organization.acronym, value: offer.slug } : undefined,
    datePosted: offer.datePosted,
    validThrough: offer.validThrough,
    employmentType: EMPLOYMENT_TYPES[offer.contractType],
    jobStartDate: offer.startDate ?? undefined,
    hiringOrganization: organization
      ? { '@type': 'Organization', name: organization.name, sameAs: absoluteUrl(offer.homePath), logo: absoluteUrl('/icon.svg') }
      : undefined,
    jobLocation: organization?.contact.address
      ? { '@type': 'Place', address: postalAddressJsonLd(organization.contact.address) }
      : undefined,
  };
}

export function eventJsonLd(event: {
  title: string;
  path: string;
  /** ISO instants: written with the institute's offset, as search engines show them. */
  start: string;
  end: string | null;
  description: string | null;
  location: string | null;
  speaker: string | null;
  speakerAffiliation: string | null;
  organizer: SiteChrome | null;
  homePath: string;
}): Record<string, unknown> {
  const organizer = event.organizer;
  // Without a location of its own, an event is at the institute.
  const place = event.location ?? organizer?.contact.address ?? null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    url: absoluteUrl(event.path),
    startDate: isoWithInstituteOffset(event.start),
    endDate: event.end ? isoWithInstituteOffset(event.end) : undefined,
    description: event.description ?? undefined,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place ? { '@type': 'Place', name: place, address: place } : undefined,
    performer: event.speaker
      ? {
          '@type': 'Person',
          name: event.speaker,
          affiliation: event.speakerAffiliation ? { '@type': 'Organization', name: event.speakerAffiliation } : undefined,
        }
      : undefined,
    organizer: organizer ? { '@type': 'ResearchOrganization', name: organizer.name, url: absoluteUrl(event.homePath) } : undefined,
  };
}
