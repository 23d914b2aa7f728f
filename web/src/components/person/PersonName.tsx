import { fullName, type PersonName as PersonNameModel } from '@/lib/cms/reshape/person';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/locales';

/** "Dr Claire Vasseur" / "Pr Claire Vasseur": the honorific in the visitor's language. */
export function personDisplayName(locale: Locale, person: Pick<PersonNameModel, 'firstName' | 'lastName' | 'honorific'>): string {
  const honorific = person.honorific ? getDictionary(locale).honorifics[person.honorific] : null;
  return honorific ? `${honorific} ${fullName(person)}` : fullName(person);
}
