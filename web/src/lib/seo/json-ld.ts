import type { Image } from '../cms/reshape/common';
import type { SiteChrome } from '../cms/reshape/institute';
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
