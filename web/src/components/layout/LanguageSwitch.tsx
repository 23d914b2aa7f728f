import Link from 'next/link';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { switchLocale } from '@/lib/i18n/paths';

/** Links to the same page in every language; the current one is marked, the others say where they lead. */
export function LanguageSwitch({ locale, path }: { locale: Locale; path: string }) {
  const dictionary = getDictionary(locale);
  return (
    <nav aria-label={dictionary.languageSwitch.label}>
      <ul className="flex gap-1 text-sm">
        {LOCALES.map((target) => (
          <li key={target}>
            {target === locale ? (
              <span aria-current="true" className="block rounded px-2 py-1 font-semibold text-brand-900 uppercase">
                <abbr title={getDictionary(target).languageName} className="no-underline">
                  {target}
                </abbr>
              </span>
            ) : (
              <Link
                href={switchLocale(path, target)}
                hrefLang={target}
                lang={target}
                title={getDictionary(target).languageSwitch.switchTo}
                className="block rounded px-2 py-1 uppercase no-underline hover:bg-brand-50"
              >
                <span className="sr-only">{getDictionary(target).languageSwitch.switchTo}</span>
                <span aria-hidden="true">{target}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
