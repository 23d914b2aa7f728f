import type { TypedDocumentNode } from '@apollo/client';
import { getOperationAST } from 'graphql';
import { draftMode } from 'next/headers';
import { siteConfig } from '../config';
import { readSecret } from '../secrets';
import { recordCmsOutcome } from './availability';
import { getClient } from './client';
import { shareChromeOfQuery } from './render-chrome';
import { typeTag, type CmsType } from './tags';

export class CmsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CmsError';
  }
}

export interface CmsQueryOptions {
  /** The content types the result shows: their cache tags invalidate it. */
  types: readonly CmsType[];
  /** Tags of the entries the result is about (their own pages). */
  tags?: readonly string[];
  /** False for what must never show drafts (the sitemap, the pages generated at build), even to an editor in preview. */
  previewable?: boolean;
  /** Seconds the response may be cached at most, when the content expires sooner than REVALIDATE_SECONDS (job offers). */
  maxAge?: number;
  /**
   * True for results that must not enter the data cache: search results, one per query a visitor may type (an
   * unbounded set that would fill the cache).
   */
  uncached?: boolean;
}

/** Whether this render is an editor's preview. Outside a request (generateStaticParams at build) there is none. */
async function inPreview(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled;
  } catch {
    return false;
  }
}

/**
 * Runs one GraphQL query against the CMS.
 * - For visitors: published content through Next.js's data cache, under the given tags, regenerated after
 *   REVALIDATE_SECONDS or when the CMS says it changed.
 * - For an editor in preview (draft mode): drafts, read with the preview API token and never cached.
 * Any failure throws (never empty data), so ISR keeps serving the last good page.
 */
export async function cmsQuery<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'status'>,
  options: CmsQueryOptions,
): Promise<TData> {
  const operation = getOperationAST(document)?.name?.value ?? 'anonymous query';
  const preview = options.previewable !== false && (await inPreview());
  const context = preview
    ? {
        headers: { authorization: `Bearer ${readSecret('CMS_PREVIEW_TOKEN')}` },
        fetchOptions: { cache: 'no-store' },
      }
    : options.uncached
      ? { fetchOptions: { cache: 'no-store' } }
      : {
          fetchOptions: {
            cache: 'force-cache',
            next: { revalidate: Math.min(siteConfig.revalidateSeconds, options.maxAge ?? Infinity), tags: [...options.types.map(typeTag), ...(options.tags ?? [])] },
          },
        };
  const request = getClient().query<TData, TVariables>({
    query: document,
    variables: { ...variables, ...(preview ? { status: 'DRAFT' } : {}) } as TVariables,
    // Next.js's data cache keeps responses; Apollo's normalised cache would only add work (and merge warnings).
    fetchPolicy: 'no-cache',
    context,
  });
  shareChromeOfQuery(document, variables.locale, request);
  try {
    const result = await request;
    recordCmsOutcome(undefined);
    if (!result.data) throw new Error('the response holds no data');
    return result.data as TData;
  } catch (error) {
    recordCmsOutcome(error);
    throw new CmsError(
      `CMS query ${operation} ${JSON.stringify(variables)} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
