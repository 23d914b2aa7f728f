import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, valueFromASTUntyped, visit, type DocumentNode } from 'graphql';
import { isTrustedContentApiClient, type ContentApiState } from '../settings/content-api-auth';

/**
 * Rules for anonymous GraphQL operations that Strapi's permissions cannot express, checked before anything runs:
 * - no `status` argument other than PUBLISHED: Strapi lets any role that may `find` a type ask for drafts
 *   (strapi/strapi#25326); only API tokens (the website's preview) may.
 * - no filtering or sorting on `email`: a person's email is hidden unless they chose to show it, and a filter such as
 *   `email: { startsWith: "a" }` would let anyone guess hidden addresses one letter at a time.
 */
const namesEmailField = (value: unknown): boolean => {
  if (Array.isArray(value)) return value.some(namesEmailField);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, nested]) => key === 'email' || namesEmailField(nested));
  }
  return false;
};

const sortsByEmail = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(sortsByEmail) : typeof value === 'string' && /email/i.test(value);

function refusal(document: DocumentNode, variables: Record<string, unknown>): string | null {
  let reason: string | null = null;
  visit(document, {
    Argument(node) {
      const value: unknown = valueFromASTUntyped(node.value, variables);
      const name = node.name.value;
      if (name === 'status' && value !== undefined && value !== null && value !== 'PUBLISHED') {
        reason ??= 'Only published content is public: the "status" argument is reserved to API tokens.';
      } else if (name === 'filters' && namesEmailField(value)) {
        reason ??= 'Filtering on "email" is not allowed.';
      } else if (name === 'sort' && sortsByEmail(value)) {
        reason ??= 'Sorting on "email" is not allowed.';
      }
    },
  });
  return reason;
}

export const publicQueryRules: ApolloServerPlugin<{ state?: ContentApiState }> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, contextValue }) {
        if (isTrustedContentApiClient(contextValue.state)) return;
        const reason = refusal(document, request.variables ?? {});
        if (reason) throw new GraphQLError(reason, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
      },
    };
  },
};
