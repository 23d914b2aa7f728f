import type { TypedDocumentNode } from '@apollo/client';
import { getOperationAST } from 'graphql';
import { siteConfig } from '../config';
import { getClient } from './client';
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
}

/**
 * Runs one GraphQL query against the CMS with Next.js's data cache: the response is cached under the given tags and
 * regenerated after REVALIDATE_SECONDS. Any failure throws (never empty data), so ISR keeps serving the last good page.
 */
export async function cmsQuery<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: CmsQueryOptions,
): Promise<TData> {
  const operation = getOperationAST(document)?.name?.value ?? 'anonymous query';
  const tags = [...options.types.map(typeTag), ...(options.tags ?? [])];
  try {
    const result = await getClient().query<TData, TVariables>({
      query: document,
      variables,
      // Next.js's data cache keeps responses; Apollo's normalised cache would only add work (and merge warnings).
      fetchPolicy: 'no-cache',
      context: {
        fetchOptions: { cache: 'force-cache', next: { revalidate: siteConfig.revalidateSeconds, tags } },
      },
    });
    if (!result.data) throw new Error('the response holds no data');
    return result.data as TData;
  } catch (error) {
    throw new CmsError(
      `CMS query ${operation} ${JSON.stringify(variables)} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
