import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types the operations the tests send (`npm run codegen`), from the committed SDL. */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/operations/**/*.graphql'],
  generates: {
    'test/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        scalars: { LocalDate: 'string', DateTimeISO: 'string' },
        enumsAsTypes: true,
        avoidOptionals: false,
        useTypeImports: true,
      },
    },
  },
};

export default config;
