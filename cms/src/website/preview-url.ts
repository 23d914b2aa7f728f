import type { Core, UID } from '@strapi/strapi';
import { isPublicType, PUBLIC_TYPES } from '../settings/public-types';
import type { WebsiteSettings } from '../settings/website';

const WEBSITE_LOCALES = ['fr', 'en'];

/** The website page that shows an entry, as the website builds its paths (web/src/lib/i18n/paths.ts). */
export function websitePath(uid: string, locale: string, slug: string | null): string | null {
  if (!isPublicType(uid)) return null;
  const type = PUBLIC_TYPES[uid];
  if (type === 'institute') return `/${locale}/presentation`;
  if (!slug) return null;
  const encoded = encodeURIComponent(slug);
  switch (type) {
    case 'team':
      return `/${locale}/teams/${encoded}`;
    case 'platform':
      return `/${locale}/platforms/${encoded}`;
    case 'person':
      return `/${locale}/people/${encoded}`;
    case 'news-article':
      return `/${locale}/news/${encoded}`;
    case 'department':
      return `/${locale}/teams?department=${encoded}`;
    case 'news-category':
      return `/${locale}/news?category=${encoded}`;
    case 'event':
      return `/${locale}/events/${encoded}`;
    case 'job-offer':
      return `/${locale}/jobs/${encoded}`;
    case 'publication':
      return `/${locale}/publications/${encoded}`;
  }
}

/**
 * The URL the admin's preview opens: the website's preview route, which checks the secret, switches the browser to
 * draft mode (or out of it, for the published version) and redirects to the entry's page.
 */
export async function previewUrl(
  strapi: Core.Strapi,
  website: Pick<WebsiteSettings, 'publicUrl' | 'previewSecret'>,
  uid: string,
  params: { documentId?: string; locale?: string; status?: string },
): Promise<string | null> {
  const locale = params.locale && WEBSITE_LOCALES.includes(params.locale) ? params.locale : WEBSITE_LOCALES[0];
  const status = params.status === 'published' ? 'published' : 'draft';
  let slug: string | null = null;
  if (params.documentId && 'slug' in strapi.getModel(uid as UID.Schema).attributes) {
    const row = (await strapi.db.query(uid as UID.Schema).findOne({
      where: { documentId: params.documentId },
      select: ['slug'],
    })) as { slug: string | null } | null;
    slug = row?.slug ?? null;
  }
  const path = websitePath(uid, locale, slug);
  if (!path) return null;
  const url = new URL('/api/preview', website.publicUrl);
  url.searchParams.set('secret', website.previewSecret);
  url.searchParams.set('path', path);
  url.searchParams.set('status', status);
  return url.toString();
}
