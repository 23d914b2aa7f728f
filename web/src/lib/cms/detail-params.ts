import { isLocale } from '../i18n/locales';
import { getPublishedSlugs, type PublishedSlugs } from './slugs';
import { staticParamsWhenCmsIsUp } from './static-params';

/** generateStaticParams of a detail route: every published slug of its type in the locale, when the CMS is up. */
export function detailStaticParams(type: keyof PublishedSlugs) {
  return async ({ params }: { params: { locale: string } }): Promise<Array<{ slug: string }>> => {
    const { locale } = params;
    if (!isLocale(locale)) return [];
    return staticParamsWhenCmsIsUp(async () => (await getPublishedSlugs(locale))[type].map((entry) => ({ slug: entry.slug })));
  };
}
