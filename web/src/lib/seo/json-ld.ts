import type { Image } from '../cms/reshape/common';
import type { SiteChrome } from '../cms/reshape/institute';
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
