import { revalidateTag } from 'next/cache';
import { InvalidRevalidationRequest, parseRevalidationRequest, tagsToRevalidate } from '@/lib/cms/revalidation';
import { purgePageCache } from '@/lib/page-cache';
import { readSecret, secretMatches } from '@/lib/secrets';

const MAX_BODY_BYTES = 64 * 1024;

const problem = (status: number, message: string) => Response.json({ error: message }, { status });

/**
 * Called by the CMS when content changes: invalidates exactly the cache tags of what changed, so the next visit of an
 * affected page renders it afresh. The time-based revalidation stays as a safety net.
 */
export async function POST(request: Request): Promise<Response> {
  if (!secretMatches(request.headers.get('x-revalidate-secret'), readSecret('REVALIDATE_SECRET'))) {
    return problem(401, 'Missing or wrong x-revalidate-secret header');
  }
  const declaredLength = Number(request.headers.get('content-length') ?? 0);
  if (declaredLength > MAX_BODY_BYTES) return problem(413, `The body must be under ${MAX_BODY_BYTES} bytes`);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return problem(413, `The body must be under ${MAX_BODY_BYTES} bytes`);

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem(400, 'The body is not JSON');
  }
  try {
    const tags = tagsToRevalidate(parseRevalidationRequest(body));
    // Expire at once: the next visitor waits for the fresh page rather than getting the stale one.
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    // Then the copies the production server keeps in front of Next.js.
    purgePageCache();
    return Response.json({ revalidated: tags });
  } catch (error) {
    if (error instanceof InvalidRevalidationRequest) return problem(400, error.message);
    throw error;
  }
}
