import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

export interface NavItem {
  href: string;
  label: string;
}

export function mainNavigation(locale: Locale, dictionary: Dictionary): NavItem[] {
  return [
    { href: paths.presentation(locale), label: dictionary.nav.presentation },
    { href: paths.organigram(locale), label: dictionary.nav.organigram },
    { href: paths.teams(locale), label: dictionary.nav.teams },
    { href: paths.platforms(locale), label: dictionary.nav.platforms },
    { href: paths.people(locale), label: dictionary.nav.people },
    { href: paths.publications(locale), label: dictionary.nav.publications },
    { href: paths.news(locale), label: dictionary.nav.news },
    { href: paths.events(locale), label: dictionary.nav.events },
    { href: paths.jobs(locale), label: dictionary.nav.jobs },
    { href: paths.contact(locale), label: dictionary.nav.contact },
  ];
}

/** The navigation entry the current page belongs to (a team page belongs to "Teams"). */
export function isCurrentSection(itemHref: string, currentPath: string): boolean {
  const path = currentPath.split('?')[0];
  return path === itemHref || path.startsWith(`${itemHref}/`);
}
