import type { Metadata } from 'next';
import { Organigram } from '@/components/institute/Organigram';
import { SiteShell } from '@/components/layout/SiteShell';
import { PageHeader } from '@/components/ui/PageHeader';
import { getOrganigramPage } from '@/lib/cms/institute';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { paths } from '@/lib/i18n/paths';
import { routeLocale } from '@/lib/i18n/route-params';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const { chrome } = await getOrganigramPage(locale);
  return pageMetadata({ locale, path: paths.organigram(locale), title: dictionary.organigram.title, description: dictionary.organigram.intro, chrome });
}

export default async function OrganigramPage({ params }: Props) {
  const locale = await routeLocale(params);
  const dictionary = getDictionary(locale);
  const data = await getOrganigramPage(locale);
  return (
    <SiteShell locale={locale} chrome={data.chrome} path={paths.organigram(locale)}>
      <PageHeader title={dictionary.organigram.title} eyebrow={data.institute?.name} intro={dictionary.organigram.intro} />
      <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <Organigram locale={locale} data={data} />
      </div>
    </SiteShell>
  );
}
