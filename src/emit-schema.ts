/** Writes the SDL the resolvers define to schema/schema.graphql (`npm run schema:emit`). */
import { resolve } from 'node:path';
import { createSchema } from './graphql/schema.js';

const path = resolve('schema/schema.graphql');
await createSchema(path);
console.log(`wrote ${path}`);
