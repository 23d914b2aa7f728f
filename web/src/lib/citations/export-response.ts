import { getCitationForExport, getListingCitations } from '../cms/publications';
import { isLocale } from '../i18n/locales';
import { readPublicationFilters } from '../listing/publication-filters';
import type { SearchParams } from '../listing/search-params';
import { toBibtex } from './bibtex';
import { toRis } from './ris';

/** The citation files the website serves: what writes them, and how browsers are told to save them. */
export type CitationFormat = 'bib' | 'ris';

const FORMATS: Record<CitationFormat, { contentType: string; write: typeof toBibtex }> = {
  bib: { contentType: 'application/x-bibtex; charset=utf-8', write: toBibtex },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8', write: toRis },
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const notFound = () => new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

function file(format: CitationFormat, body: string, name: string): Response {
  return new Response(body, {
    headers: { 'content-type': FORMATS[format].contentType, 'content-disposition': `attachment; filename="${name}.${format}"` },
  });
}

/** One publication as a file named after its slug, or a 404 when no published publication has that slug. */
export async function publicationExport(params: Promise<{ locale: string; slug: string }>, format: CitationFormat): Promise<Response> {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !SLUG.test(slug) || slug.length > 200) return notFound();
  const citation = await getCitationForExport(locale, slug);
  return citation ? file(format, FORMATS[format].write([citation]), slug) : notFound();
}

/** The publications of a filtered listing (its query string) as one file, at most EXPORT_LIMIT of them. */
export async function listingExport(request: Request, params: Promise<{ locale: string }>, format: CitationFormat): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return notFound();
  const query: SearchParams = {};
  for (const [key, value] of new URL(request.url).searchParams) query[key] ??= value;
  const citations = await getListingCitations(locale, readPublicationFilters(query));
  return file(format, FORMATS[format].write(citations), 'publications');
}
