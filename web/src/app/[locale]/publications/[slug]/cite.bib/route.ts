import { publicationExport } from '@/lib/citations/export-response';

/**
 * A publication as a BibTeX file, cached like the pages (regenerated when the publication changes); unknown slugs are 404s.
 * A CMS failure throws, so the last good file keeps being served.
 */
export const dynamic = 'force-static';

export function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  return publicationExport(params, 'bib');
}
