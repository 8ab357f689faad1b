import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { LocalDate: 'string', DateTimeISO: 'string' };

/**
 * Types the operations the tests send and those the console sends (`npm run codegen`), from the
 * committed SDL.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'test/generated/graphql.ts': {
      documents: ['test/operations/**/*.graphql'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { scalars, enumsAsTypes: true, avoidOptionals: false, useTypeImports: true },
    },
    // The console: `graphql(...)` in web/src returns typed documents; sent as strings, so no AST is bundled.
    'web/src/gql/': {
      documents: ['web/src/**/*.tsx', 'web/src/**/*.ts', '!web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { scalars, enumsAsTypes: true, useTypeImports: true, documentMode: 'string' },
    },
  },
};

export default config;
