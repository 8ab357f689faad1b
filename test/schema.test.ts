import 'reflect-metadata';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../src/graphql/schema.js';

describe('the committed SDL', () => {
  it('is exactly what the resolvers emit (run `npm run codegen` after changing the API)', async () => {
    const emitted = join(mkdtempSync(join(tmpdir(), 'shanyraq-sdl-')), 'schema.graphql');
    await createSchema(emitted);
    expect(readFileSync('schema/schema.graphql', 'utf8')).toBe(readFileSync(emitted, 'utf8'));
  });
});
