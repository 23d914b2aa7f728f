/** Who is calling the content API, as Strapi's auth middleware leaves it on `ctx.state`. */
export interface ContentApiState {
  auth?: { strategy?: { name?: string } };
  route?: { info?: { type?: string } };
}

/** API tokens are created by administrators for trusted servers (the website's preview); everyone else is public. */
export function isTrustedContentApiClient(state: ContentApiState | undefined): boolean {
  return state?.auth?.strategy?.name === 'api-token';
}

export function isPublicContentApiRequest(state: ContentApiState | undefined): boolean {
  return state?.route?.info?.type === 'content-api' && !isTrustedContentApiClient(state);
}
