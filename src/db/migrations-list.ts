import { Migration20261122224713 } from '../../migrations/Migration20261122224713.js';

/** Every migration, in order. Imported rather than discovered so tests and the build run the same code. */
export const migrationsList = [{ name: 'Migration20261122224713', class: Migration20261122224713 }];
