import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { publicationSlugBase } from '../validation/publication';
import { slugify } from '../validation/slug';
import { callLocale, findDraftLocales } from './draft-locales';
import { useDocumentMiddleware } from './types';

/**
 * What a type's slug is made from when an editor (or the seed) leaves it empty: the fields named, joined, or a
 * function of the entry's data (null while the data lacks what the slug needs).
 */
type SlugSource = readonly string[] | ((data: Record<string, unknown>) => string | null);

export const SLUG_SOURCES: Record<string, SlugSource> = {
  'api::department.department': ['name'],
  'api::team.team': ['name'],
  'api::platform.platform': ['name'],
  'api::person.person': ['firstName', 'lastName'],
  'api::news-category.news-category': ['name'],
  'api::news-article.news-article': ['title'],
  'api::event.event': ['title'],
  'api::job-offer.job-offer': ['title'],
  'api::publication.publication': publicationSlugBase,
};

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === '';

const slugBase = (source: SlugSource, data: Record<string, unknown>): string | null => {
  if (typeof source === 'function') return source(data);
  if (source.some((field) => isBlank(data[field]))) return null;
  return slugify(source.map((field) => String(data[field])).join(' '));
};

/**
 * Slugs are the public identifier of a document: the same in every locale (so /fr/teams/x and /en/teams/x are one
 * team), unique across the type, and generated from the name when left empty.
 */
export function registerSlugs(strapi: Core.Strapi): void {
  const isTakenByAnotherDocument = async (uid: string, slug: string, documentId?: string): Promise<boolean> => {
    const where: Record<string, unknown> = { slug };
    if (documentId) where.documentId = { $ne: documentId };
    return (await strapi.db.query(uid as UID.Schema).count({ where })) > 0;
  };

  const uniqueSlug = async (uid: string, base: string, documentId?: string): Promise<string> => {
    const root = base === '' ? 'entry' : base;
    for (let suffix = 1; ; suffix += 1) {
      const candidate = suffix === 1 ? root : `${root}-${suffix}`;
      if (!(await isTakenByAnotherDocument(uid, candidate, documentId))) return candidate;
    }
  };

  useDocumentMiddleware(strapi, async (call, next) => {
    const sources = SLUG_SOURCES[call.uid];
    const data = call.params.data;
    if (!sources || !data || (call.action !== 'create' && call.action !== 'update')) return next();

    const documentId = call.action === 'update' ? call.params.documentId : undefined;
    const locale = await callLocale(strapi, call.params.locale);
    const locales = documentId ? await findDraftLocales(strapi, call.uid, documentId, ['slug']) : [];
    const sharedSlug = locales.find((row) => !isBlank(row.slug))?.slug as string | undefined;
    const isNewLocale = documentId !== undefined && !locales.some((row) => row.locale === locale);

    if (isNewLocale && sharedSlug) {
      data.slug = sharedSlug;
    } else if (!isBlank(data.slug)) {
      if (await isTakenByAnotherDocument(call.uid, String(data.slug), documentId)) {
        throw new errors.ValidationError(`The slug "${String(data.slug)}" is already used by another entry of this type.`);
      }
    } else if (sharedSlug) {
      data.slug = sharedSlug;
    } else {
      const base = slugBase(sources, data);
      if (base !== null) data.slug = await uniqueSlug(call.uid, base, documentId);
    }

    const result = await next();

    const changed = documentId !== undefined && sharedSlug !== undefined && data.slug !== sharedSlug;
    if (changed) {
      await strapi.db.query(call.uid as UID.Schema).updateMany({
        where: { documentId, publishedAt: null, locale: { $ne: locale } },
        data: { slug: data.slug },
      });
    }
    return result;
  });
}
