import type { Core } from '@strapi/strapi';
import { refreshSearchColumns } from '../search/search-columns';
import { searchableType } from '../search/searchable-types';
import { useDocumentMiddleware } from './types';

/**
 * Every write to a searchable document recomputes the search columns of all its rows (every locale, draft and
 * published) after the write: the data of a call is partial (an update may change one field, a publish copies the
 * draft, the i18n plugin copies shared fields to the other locales), the rows afterwards are complete.
 */
const WRITES = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft', 'clone']);

export function registerSearchColumns(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi, async (call, next) => {
    const searchable = searchableType(call.uid);
    if (!searchable || !WRITES.has(call.action)) return next();
    const result = await next();
    const documentId = (result as { documentId?: string } | null)?.documentId ?? call.params.documentId;
    if (documentId) await refreshSearchColumns(strapi, searchable, { documentId });
    return result;
  });
}
