import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

/**
 * The website reads the CMS through GraphQL only, where published-only reads and hidden emails are enforced. The REST
 * content API is therefore closed to anonymous callers; API tokens (servers, backups) keep using it.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  return async (ctx: Context, next: Next) => {
    const isRest = ctx.path === prefix || ctx.path.startsWith(`${prefix}/`);
    if (isRest && !ctx.get('authorization')) {
      ctx.status = 403;
      ctx.body = {
        data: null,
        error: {
          status: 403,
          name: 'ForbiddenError',
          message: 'The public REST API is closed: read published content through GraphQL at /graphql.',
          details: {},
        },
      };
      return;
    }
    await next();
  };
};
