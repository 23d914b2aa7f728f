import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Core } from '@strapi/strapi';
import { readSecrets } from '../src/settings/secrets';
import { operationCostRule } from '../src/graphql/operation-cost';
import { publicQueryRules } from '../src/graphql/public-query-rules';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const production = env('NODE_ENV', 'development') === 'production';
  return {
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // The landing page (Apollo Sandbox) and introspection are for development only; production serves neither.
        landingPage: production ? () => ApolloServerPluginLandingPageDisabled() : true,
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 8),
        defaultLimit: 25,
        maxLimit: 100,
        apolloServer: {
          introspection: !production,
          plugins: [publicQueryRules],
          validationRules: [operationCostRule],
          // The plugin would otherwise add a CORS layer of its own, open to any origin: strapi::cors decides.
          cors: false,
        },
      },
    },
    'users-permissions': {
      config: {
        jwtSecret: readSecrets().JWT_SECRET,
      },
    },
    upload: {
      config: {
        sizeLimit: env.int('UPLOAD_SIZE_LIMIT_MB', 20) * 1024 * 1024,
      },
    },
  };
};
