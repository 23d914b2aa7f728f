import type { Core } from '@strapi/strapi';
import { isPublicContentApiRequest, type ContentApiState } from '../settings/content-api-auth';
import { useDocumentMiddleware } from './types';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/**
 * Second line of defence behind the GraphQL argument check: whatever route a public content-API request takes, the
 * document service only gives it published versions.
 */
export function registerPublishedOnly(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi, async (call, next) => {
    if (READ_ACTIONS.has(call.action) && call.contentType.options?.draftAndPublish === true) {
      const state = strapi.requestContext.get()?.state as ContentApiState | undefined;
      if (isPublicContentApiRequest(state)) call.params.status = 'published';
    }
    return next();
  });
}
