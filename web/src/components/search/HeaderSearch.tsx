import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

/**
 * The header's search box: a plain GET form to the results page, so it works without JavaScript. Its button is named
 * differently from the pages' own "Search" buttons (filters), so that each is found by its name alone.
 */
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
        <button type="submit" title={dictionary.search.go} className="rounded-r bg-brand-800 px-3 py-1.5 text-white hover:bg-brand-900">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2.2">
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="m13 13 5 5" strokeLinecap="round" />
          </svg>
          <span className="sr-only">{dictionary.search.go}</span>
        </button>
      </div>
    </form>
  );
}
