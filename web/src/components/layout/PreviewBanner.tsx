import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { withQuery } from '@/lib/i18n/paths';

/** Shown to editors in draft mode, on every page, with the way out (back to what visitors see). */
export function PreviewBanner({ locale, path }: { locale: Locale; path: string }) {
  const { preview } = getDictionary(locale);
  return (
    <div role="region" aria-label={preview.label} className="sticky top-0 z-40 bg-amber-300 text-amber-950">
      <p className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2 text-sm sm:px-6">
        <span>
          <strong className="mr-2 uppercase">{preview.label}</strong>
          {preview.text}
        </span>
        {/* A plain link: leaving preview must reload the page from the server, with published content. */}
        <a href={withQuery('/api/preview/exit', { path })} className="font-semibold text-amber-950">
          {preview.exit}
        </a>
      </p>
    </div>
  );
}
