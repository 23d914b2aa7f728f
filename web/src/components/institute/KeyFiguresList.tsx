import type { KeyFigures } from '@/lib/cms/reshape/institute';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { LOCALE_TAGS, type Locale } from '@/lib/i18n/locales';

/**
 * The key figures. Counts come from the published content (data-figure names them for tests); the number of people and
 * of nationalities are the institute's own editorial figures.
 */
export function KeyFiguresList({ locale, figures }: { locale: Locale; figures: KeyFigures }) {
  const dictionary = getDictionary(locale);
  const number = new Intl.NumberFormat(LOCALE_TAGS[locale].intl);
  const items: Array<{ key: string; value: number | null; label: string; prefix?: string }> = [
    { key: 'staff', value: figures.staff, label: dictionary.figures.staff, prefix: dictionary.figures.approximately },
    { key: 'teams', value: figures.teams, label: dictionary.figures.teams },
    { key: 'platforms', value: figures.platforms, label: dictionary.figures.platforms },
    { key: 'departments', value: figures.departments, label: dictionary.figures.departments },
    { key: 'people', value: figures.people, label: dictionary.figures.people },
    { key: 'nationalities', value: figures.nationalities, label: dictionary.figures.nationalities, prefix: dictionary.figures.moreThan },
  ];
  return (
    <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
      {items
        .filter((item) => item.value !== null)
        .map((item) => (
          <div key={item.key} className="flex flex-col-reverse rounded-lg border border-line bg-white p-4">
            <dt className="text-sm text-muted">{item.label}</dt>
            <dd className="font-serif text-3xl text-brand-800">
              {item.prefix ? <span className="block font-sans text-xs text-muted">{item.prefix}</span> : null}
              <span data-figure={item.key}>{number.format(item.value ?? 0)}</span>
            </dd>
          </div>
        ))}
    </dl>
  );
}
