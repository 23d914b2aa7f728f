import { HttpLink } from '@apollo/client';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import { siteConfig } from '../config';

/**
 * Apollo Client for Server Components: one client per request (so per-request caching never leaks between visitors),
 * talking to the CMS's GraphQL endpoint. Nothing of it is shipped to the browser: pages are rendered on the server.
 */
export const { getClient } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: new HttpLink({ uri: `${siteConfig.cmsUrl}/graphql` }),
    }),
);
