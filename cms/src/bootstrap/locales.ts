import type { Core } from '@strapi/strapi';

export const LOCALES = [
  { code: 'fr', name: 'French (fr)' },
  { code: 'en', name: 'English (en)' },
] as const;
export const DEFAULT_LOCALE = 'fr';

/**
 * Strapi's i18n starts a fresh database with English alone; the institute writes French first. Done once: after that
 * the locales belong to the administrators.
 */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'app', name: 'institute', key: 'locales-initialised' });
  if (await store.get({})) return;
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create({ ...locale });
  }
  await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  await store.set({ value: true });
}
