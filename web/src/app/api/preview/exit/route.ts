import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { toSitePath } from '@/lib/i18n/paths';

/** Leaves preview: the browser sees published content again, from the cache. */
export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  redirect(toSitePath(new URL(request.url).searchParams.get('path')) ?? '/');
}
