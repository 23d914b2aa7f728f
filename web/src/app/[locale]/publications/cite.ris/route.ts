import { listingExport } from '@/lib/citations/export-response';

/** The publications of a filtered listing (the listing's query string) as a RIS file; its CMS query is cached. */
export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return listingExport(request, params, 'ris');
}
