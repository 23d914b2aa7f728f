import Link from 'next/link';
import { locale as rootLocale } from 'next/root-params';
import { SiteShell } from '@/components/layout/SiteShell';
import { getNotFoundChrome } from '@/lib/cms/institute';
import type { SiteChrome } from '@/lib/cms/reshape/institute';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

export default async function NotFound() {
  const requested = await rootLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const dictionary = getDictionary(locale);
  let chrome: SiteChrome | null = null;
  try {
    chrome = await getNotFoundChrome(locale);
  } catch {
    // A 404 stays a 404 when the CMS is down: the page is shown without the institute's name and contact.
  }
  return (
    <SiteShell locale={locale} chrome={chrome} path={paths.home(locale)}>
      <div className="mx-auto max-w-3xl px-4 py-20 text-center sm:px-6">
        <p className="font-serif text-6xl text-brand-100" aria-hidden="true">
          404
        </p>
        <h1 className="mt-4 text-3xl">{dictionary.notFound.title}</h1>
        <p className="mt-4 text-lg text-muted">{dictionary.notFound.text}</p>
        <p className="mt-8">
          <Link href={paths.home(locale)}>{dictionary.notFound.home}</Link>
        </p>
      </div>
    </SiteShell>
  );
}
