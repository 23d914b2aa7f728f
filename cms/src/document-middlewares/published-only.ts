import type { Core } from '@strapi/strapi';
import { isPublicContentApiRequest, type ContentApiState } from '../settings/content-api-auth';
import { useDocumentMiddleware, type DocumentCall } from './types';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/** A read made for an anonymous content-API request (the website, or anyone on /graphql), whatever route it took. */
export function isPublicRead(strapi: Core.Strapi, call: DocumentCall): boolean {
  if (!READ_ACTIONS.has(call.action)) return false;
  return isPublicContentApiRequest(strapi.requestContext.get()?.state as ContentApiState | undefined);
}

/**
 * Second line of defence behind the GraphQL argument check: whatever route a public content-API request takes, the
 * document service only gives it published versions.
 */
export function registerPublishedOnly(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi, async (call, next) => {
    if (call.contentType.options?.draftAndPublish === true && isPublicRead(strapi, call)) call.params.status = 'published';
    return next();
  });
}
