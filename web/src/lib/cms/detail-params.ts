import { isLocale } from '../i18n/locales';
import { getBuildSlugs, type PublishedSlugs } from './slugs';
import { staticParamsWhenCmsIsUp } from './static-params';

/** generateStaticParams of a detail route: the pages of its type built ahead of visits (see getBuildSlugs), when the CMS is up. */
export function detailStaticParams(type: keyof PublishedSlugs) {
  return async ({ params }: { params: { locale: string } }): Promise<Array<{ slug: string }>> => {
    const { locale } = params;
    if (!isLocale(locale)) return [];
    return staticParamsWhenCmsIsUp(async () => (await getBuildSlugs(locale))[type].map((slug) => ({ slug })));
  };
}
