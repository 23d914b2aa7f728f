import Link from 'next/link';
import { HeaderSearch } from '@/components/search/HeaderSearch';
import type { SiteChrome } from '@/lib/cms/reshape/institute';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { LanguageSwitch } from './LanguageSwitch';
import { isCurrentSection, mainNavigation } from './navigation';

/**
 * Desktop: the institute, the search box and the language switch on a first row, the ten sections on a second row of
 * their own. Phones: the institute, the language switch and the menu (a <details>, which opens without JavaScript),
 * then the search box across the width. The search box is rendered once and moved by CSS order, so the page has one
 * search landmark.
 */
export function SiteHeader({ locale, chrome, path }: { locale: Locale; chrome: SiteChrome | null; path: string }) {
  const dictionary = getDictionary(locale);
  const items = mainNavigation(locale, dictionary);
  const links = (className: string) =>
    items.map((item) => {
      const current = isCurrentSection(item.href, path);
      return (
        <li key={item.href}>
          <Link href={item.href} aria-current={current ? 'page' : undefined} className={className}>
            {item.label}
          </Link>
        </li>
      );
    });

  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3 sm:px-6">
        <Link href={paths.home(locale)} className="order-1 flex min-w-0 items-center gap-3 text-brand-900 no-underline">
          <span className="rounded bg-brand-800 px-2 py-1 font-serif text-lg font-bold tracking-wide text-white">
            {chrome?.acronym ?? dictionary.nav.home}
          </span>
          {chrome ? <span className="hidden text-xs leading-tight font-medium md:line-clamp-2 md:max-w-64">{chrome.name}</span> : null}
        </Link>
        <HeaderSearch locale={locale} className="order-3 w-full lg:order-2 lg:ml-auto lg:w-auto" />
        <div className="order-2 ml-auto flex items-center gap-2 lg:order-3 lg:ml-0">
          <LanguageSwitch locale={locale} path={path} />
          <details className="group relative lg:hidden">
            <summary className="cursor-pointer list-none rounded border border-line px-3 py-1.5 text-sm font-medium [&::-webkit-details-marker]:hidden">
              {dictionary.nav.menu}
            </summary>
            <nav
              aria-label={dictionary.nav.label}
              className="absolute right-0 z-20 mt-2 w-64 rounded border border-line bg-white p-2 shadow-lg"
            >
              <ul>
                {links(
                  'block rounded px-3 py-2 text-ink no-underline hover:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-800',
                )}
              </ul>
            </nav>
          </details>
        </div>
      </div>
      <nav aria-label={dictionary.nav.label} className="hidden border-t border-line lg:block">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-1.5 py-1 sm:px-3.5">
          {links(
            'block rounded px-2.5 py-2 text-sm font-medium text-ink no-underline hover:bg-brand-50 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800',
          )}
        </ul>
      </nav>
    </header>
  );
}
