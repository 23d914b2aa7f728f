import type { Core } from '@strapi/strapi';
import { runSearch, type SearchArgs } from '../search/run-search';
import { SEARCH_TYPES } from '../search/searchable-types';

/**
 * `search(query, locale, type, page, pageSize)`: site search in one request (see search/run-search.ts). Public:
 * it reads only published rows of the requested locale, whoever asks.
 */
export function registerSearchQuery(strapi: Core.Strapi): void {
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      typeDefs: /* GraphQL */ `
        enum SearchType { ${SEARCH_TYPES.join(' ')} }
        type SearchHit {
          type: SearchType!
          documentId: ID!
          slug: String!
          title: String!
          "A line under the title: the summary, a person's position, a publication's journal, an event's speaker."
          text: String
          "The news date, the event start, or the publication year."
          date: String
        }
        type SearchGroup {
          type: SearchType!
          "Hits of this type in all."
          total: Int!
          hits: [SearchHit!]!
        }
        type SearchResults {
          "The normalised words searched (lower case, without accents): empty when the query is too short."
          words: [String!]!
          total: Int!
          groups: [SearchGroup!]!
        }
        extend type Query {
          "Published entries of the locale holding every word of the query, ranked. Without a type: each type's count and first hits; with a type: one page of it."
          search(query: String!, locale: I18NLocaleCode!, type: SearchType, page: Int, pageSize: Int): SearchResults!
        }
      `,
      resolvers: {
        Query: {
          search: (_parent: unknown, args: SearchArgs) => runSearch(strapi, args),
        },
      },
      resolversConfig: { 'Query.search': { auth: false } },
    }));
}
