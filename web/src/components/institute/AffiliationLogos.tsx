import { CmsImage } from '@/components/ui/CmsImage';
import type { Affiliation } from '@/lib/cms/reshape/institute';

export function AffiliationLogos({ affiliations, unitCodeLabel }: { affiliations: Affiliation[]; unitCodeLabel: string }) {
  return (
    <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
      {affiliations.map((affiliation) => {
        const content = (
          <>
            {affiliation.logo ? (
              <CmsImage image={affiliation.logo} sizes="200px" className="mx-auto h-14 w-auto object-contain" />
            ) : null}
            <span className="mt-3 block text-sm font-medium text-ink">{affiliation.name}</span>
            {affiliation.unitCode ? (
              <span className="block text-xs text-muted">
                <span className="sr-only">{unitCodeLabel} </span>
                {affiliation.unitCode}
              </span>
            ) : null}
          </>
        );
        return (
          <li key={affiliation.name} className="rounded-lg border border-line bg-white p-4 text-center">
            {affiliation.url ? (
              <a href={affiliation.url} rel="noopener noreferrer" className="block no-underline">
                {content}
              </a>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}
