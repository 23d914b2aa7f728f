/** Who is calling the content API, as Strapi's auth middleware leaves it on `ctx.state`. */
export interface ContentApiState {
  auth?: { strategy?: { name?: string } };
  route?: { info?: { type?: string } };
}

/** Strapi's auth strategy for API tokens ("api-token" before 5.x renamed it). */
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/** API tokens are created by administrators for trusted servers (the website's preview); everyone else is public. */
export function isTrustedContentApiClient(state: ContentApiState | undefined): boolean {
  return API_TOKEN_STRATEGIES.has(state?.auth?.strategy?.name ?? '');
}

export function isPublicContentApiRequest(state: ContentApiState | undefined): boolean {
  return state?.route?.info?.type === 'content-api' && !isTrustedContentApiClient(state);
}
