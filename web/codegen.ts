import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed document nodes for the website's GraphQL documents (src/lib/cms/queries/*.graphql), generated from the schema
 * exported from the CMS (src/lib/cms/schema.graphql, see `npm run graphql:schema --workspace cms`). Run by
 * `npm run codegen`, and before dev, build, lint and test.
 */
const config: CodegenConfig = {
  schema: 'src/lib/cms/schema.graphql',
  documents: ['src/lib/cms/queries/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/lib/cms/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: {
          Date: 'string',
          DateTime: 'string',
          I18NLocaleCode: 'string',
          JSON: 'unknown',
          Long: 'number',
        },
      },
    },
  },
};

export default config;
