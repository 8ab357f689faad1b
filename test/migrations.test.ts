import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
