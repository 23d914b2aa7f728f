export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export const otherLocales = (locale: Locale): Locale[] => LOCALES.filter((candidate) => candidate !== locale);

/** BCP 47 tags for Intl and Open Graph. */
export const LOCALE_TAGS: Record<Locale, { intl: string; openGraph: string }> = {
  fr: { intl: 'fr-FR', openGraph: 'fr_FR' },
  en: { intl: 'en-GB', openGraph: 'en_GB' },
};

/**
 * The best locale for an Accept-Language header: the supported language with the highest quality, French when the
 * header names neither.
 */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...parameters] = part.trim().split(';');
      const q = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0], quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.quality > 0 && !Number.isNaN(entry.quality))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}
