import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

/** The header's search box: a plain GET form to the results page, so it works without JavaScript. */
export function HeaderSearch({ locale, className }: { locale: Locale; className?: string }) {
  const dictionary = getDictionary(locale);
  return (
    <form action={paths.search(locale)} method="get" role="search" aria-label={dictionary.search.label} className={className}>
      <div className="flex">
        <label htmlFor="site-search" className="sr-only">
          {dictionary.search.label}
        </label>
        <input
          id="site-search"
          type="search"
          name="q"
          maxLength={100}
          placeholder={dictionary.search.placeholder}
          className="min-w-0 flex-1 rounded-l border border-r-0 border-line bg-white px-3 py-1.5 text-sm text-ink lg:w-56 lg:flex-none"
        />
        <button type="submit" className="rounded-r bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900">
          {dictionary.search.submit}
        </button>
      </div>
    </form>
  );
}
