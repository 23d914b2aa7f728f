import type { Core, UID } from '@strapi/strapi';

export interface DraftLocaleRow {
  id: number;
  locale: string;
  [attribute: string]: unknown;
}

/** The draft row of each locale a document exists in (the rows editors work on). */
export async function findDraftLocales(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  select: string[] = [],
): Promise<DraftLocaleRow[]> {
  const rows = await strapi.db.query(uid as UID.Schema).findMany({
    where: { documentId, publishedAt: null },
    select: ['id', 'locale', ...select],
  });
  return rows as DraftLocaleRow[];
}

/** The locale a document-service call works on: the one it names, or the default locale (as Strapi applies it). */
export async function callLocale(strapi: Core.Strapi, locale: string | undefined): Promise<string> {
  if (locale) return locale;
  return (await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string;
}
