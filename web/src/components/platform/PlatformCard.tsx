import { CmsImage } from '@/components/ui/CmsImage';
import Link from 'next/link';
import type { PlatformSummary } from '@/lib/cms/reshape/platform';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

export function PlatformCard({ locale, platform }: { locale: Locale; platform: PlatformSummary }) {
  return (
    <article className="flex h-full flex-col overflow-hidden rounded-lg border border-line bg-white" data-platform={platform.slug}>
      {platform.image ? (
        <CmsImage image={platform.image} sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw" className="aspect-[3/2] w-full object-cover" />
      ) : null}
      <div className="flex flex-1 flex-col p-5">
        <h3 className="text-xl leading-snug">
          <Link href={paths.platform(locale, platform.slug)} className="text-brand-900">
            {platform.name}
          </Link>
        </h3>
        {platform.location ? (
          <p className="mt-1 text-sm text-muted">{[platform.location.building, platform.location.campus].filter(Boolean).join(', ')}</p>
        ) : null}
        {platform.summary ? <p className="mt-3 text-[0.95rem]">{platform.summary}</p> : null}
        {platform.certifications.length > 0 ? (
          <p className="mt-auto pt-4 text-xs font-semibold tracking-wide text-accent-600 uppercase">
            {platform.certifications.join(' · ')}
          </p>
        ) : null}
      </div>
    </article>
  );
}
