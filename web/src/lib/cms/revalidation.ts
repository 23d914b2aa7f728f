import { CMS_TYPES, entryTag, typeTag, type CmsType } from './tags';

/**
 * What the CMS sends when editors change content (cms/src/website/revalidation-notifier.ts), and the cache tags it
 * invalidates: each changed type's tag (the listings, home page, key figures and every page that shows that type through
 * a relation) and each changed entry's tag (its own page, in every locale, under its old and new slug). A media change
 * may show anywhere: it invalidates every type.
 */
export interface RevalidationRequest {
  changes: Array<{ type: CmsType | 'media'; slugs: string[] }>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_CHANGES = 50;
const MAX_SLUGS = 200;

export class InvalidRevalidationRequest extends Error {}

export function parseRevalidationRequest(body: unknown): RevalidationRequest {
  const fail = (message: string): never => {
    throw new InvalidRevalidationRequest(message);
  };
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { changes?: unknown }).changes)) {
    fail('expected {"changes": [{"type": "...", "slugs": [...]}]}');
  }
  const changes = (body as { changes: unknown[] }).changes;
  if (changes.length === 0 || changes.length > MAX_CHANGES) fail(`"changes" must hold 1 to ${MAX_CHANGES} entries`);
  return {
    changes: changes.map((change, index) => {
      const { type, slugs } = (change ?? {}) as { type?: unknown; slugs?: unknown };
      if (type !== 'media' && !(CMS_TYPES as readonly unknown[]).includes(type)) fail(`changes[${index}].type is not a content type`);
      if (!Array.isArray(slugs) || slugs.length > MAX_SLUGS || !slugs.every((slug) => typeof slug === 'string' && SLUG.test(slug))) {
        fail(`changes[${index}].slugs must be a list of slugs`);
      }
      return { type: type as CmsType | 'media', slugs: slugs as string[] };
    }),
  };
}

export function tagsToRevalidate({ changes }: RevalidationRequest): string[] {
  const tags = new Set<string>();
  for (const { type, slugs } of changes) {
    if (type === 'media') CMS_TYPES.forEach((each) => tags.add(typeTag(each)));
    else {
      tags.add(typeTag(type));
      slugs.forEach((slug) => tags.add(entryTag(type, slug)));
    }
  }
  return [...tags].sort();
}
