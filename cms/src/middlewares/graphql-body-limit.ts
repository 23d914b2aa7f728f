import type { Context, Next } from 'koa';

/**
 * GraphQL requests are small (the website's largest query is a few kilobytes): a larger body is refused before it is
 * read (413), so nobody makes the CMS parse megabytes of JSON. Strapi's body parser caps bodies sent without a length.
 */
export const GRAPHQL_MAX_BODY_BYTES = 64 * 1024;

export default () => async (ctx: Context, next: Next) => {
  if (ctx.path === '/graphql' && Number(ctx.get('content-length') || 0) > GRAPHQL_MAX_BODY_BYTES) {
    ctx.status = 413;
    ctx.body = {
      errors: [{ message: `GraphQL requests must be under ${GRAPHQL_MAX_BODY_BYTES} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    };
    return;
  }
  await next();
};
