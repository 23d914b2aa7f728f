'use client';

import { useParams } from 'next/navigation';
import { ERROR_TEXTS } from '@/lib/i18n/dictionaries/error';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

/** Shown when a page fails to render (the CMS unreachable for a page never cached, say), in the visitor's language. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale: requested } = useParams<{ locale: string }>();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const texts = ERROR_TEXTS[locale];
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-20 text-center sm:px-6">
      <h1 className="text-3xl">{texts.title}</h1>
      <p className="mt-4 text-lg text-muted">{texts.text}</p>
      <p className="mt-8 flex justify-center gap-6">
        <button type="button" onClick={reset} className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900">
          {texts.retry}
        </button>
        <a href={paths.home(locale)} className="self-center">
          {texts.home}
        </a>
      </p>
    </main>
  );
}
