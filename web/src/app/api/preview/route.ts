import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { toSitePath } from '@/lib/i18n/paths';
import { readSecret, secretMatches } from '@/lib/secrets';

/**
 * Opened by the CMS admin's preview: with the right secret, switches this browser to draft mode (pages then show
 * drafts, uncached) or out of it for the published version, and goes to the page.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  if (!secretMatches(params.get('secret'), readSecret('PREVIEW_SECRET'))) {
    return Response.json({ error: 'Missing or wrong preview secret' }, { status: 401 });
  }
  const path = toSitePath(params.get('path'));
  if (!path) return Response.json({ error: 'path must be a page of this site, such as /fr/teams/x' }, { status: 400 });
  const draft = await draftMode();
  if (params.get('status') === 'published') draft.disable();
  else draft.enable();
  redirect(path);
}
