import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './locales';

/** The locale of a route, or a 404 for any other first path segment (/de/..., /xx/...). */
export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
