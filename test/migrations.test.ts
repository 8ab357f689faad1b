import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsList } from '../src/db/migrations-list.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('migrations', () => {
  it('bring the database exactly to what the entities describe', async () => {
    // Any entity change without its migration shows up here as pending DDL.
    const pending = await app.orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false });
    expect(pending.trim()).toBe('');
  });

  it('are all in the hand-kept list, in the order of their names', () => {
    // The list is imported, not discovered, so the CLI, the tests and the build run the same code:
    // a file left out of it would never run anywhere.
    const files = readdirSync(new URL('../migrations', import.meta.url)).filter((file) => file.endsWith('.ts')).map((file) => file.replace(/\.ts$/, ''));
    expect(migrationsList.map((migration) => migration.name)).toEqual(files.sort());
  });
});
