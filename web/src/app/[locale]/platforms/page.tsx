import type { Metadata } from 'next';
import { SiteShell } from '@/components/layout/SiteShell';
import { PlatformCard } from '@/components/platform/PlatformCard';
import { PageHeader } from '@/components/ui/PageHeader';
import { getPlatformsPage } from '@/lib/cms/platforms';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { chrome } = await getPlatformsPage(locale);
  return pageMetadata({ locale, path: paths.platforms(locale), title: dictionary.platforms.title, description: dictionary.platforms.intro, chrome });
}

export default async function PlatformsPage({ params }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { chrome, platforms } = await getPlatformsPage(locale);
  return (
    <SiteShell locale={locale} chrome={chrome} path={paths.platforms(locale)}>
      <PageHeader title={dictionary.platforms.title} intro={dictionary.platforms.intro} />
      <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {platforms.map((platform) => (
            <li key={platform.slug}>
              <PlatformCard locale={locale} platform={platform} />
            </li>
          ))}
        </ul>
      </div>
    </SiteShell>
  );
}
