import Link from 'next/link';
import { JsonLd } from '@/components/seo/JsonLd';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';
import { breadcrumbListJsonLd, type Crumb } from '@/lib/seo/json-ld';

/** Where a detail page sits in the site, for visitors and (as BreadcrumbList) for search engines. */
export function Breadcrumbs({ locale, items }: { locale: Locale; items: Crumb[] }) {
  const dictionary = getDictionary(locale);
  return (
    <nav aria-label={dictionary.breadcrumb} className="bg-white text-sm">
      <ol className="mx-auto flex max-w-6xl flex-wrap gap-x-2 gap-y-1 px-4 pt-6 text-muted sm:px-6">
        {items.map((item, index) => (
          <li key={item.path} className="flex items-center gap-2">
            {index > 0 ? <span aria-hidden="true">/</span> : null}
            {index === items.length - 1 ? (
              <span aria-current="page">{item.name}</span>
            ) : (
              <Link href={item.path}>{item.name}</Link>
            )}
          </li>
        ))}
      </ol>
      <JsonLd data={breadcrumbListJsonLd(items)} />
    </nav>
  );
}
