import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './console-files.js';

/**
 * An operation allow-list (`PERSISTED_OPERATIONS_ONLY=true`): the server runs only the console's
 * own operations, which GraphQL Codegen writes to web/src/gql/persisted-documents.json at build,
 * each under the SHA-256 of its text. The console sends each operation's `documentId` beside its
 * text; in this mode the server runs the text the manifest holds for that id, never the one sent,
 * so nothing outside the list can run, however it is written.
 */

export const MANIFEST = join(projectRoot(), 'web', 'src', 'gql', 'persisted-documents.json');

/** The operations by id (`sha256:…`). */
export function loadPersistedOperations(path = MANIFEST): ReadonlyMap<string, string> {
  return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>));
}

export type AllowListAnswer = { body: Record<string, unknown> } | { refused: string };

/** The body to run in allow-list mode: the listed document for its `documentId`, or why the request is refused. */
export function listedOperation(body: unknown, operations: ReadonlyMap<string, string>): AllowListAnswer {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { refused: 'Send one operation as a JSON object with its documentId' };
  const { documentId, ...rest } = body as Record<string, unknown>;
  const query = typeof documentId === 'string' ? operations.get(documentId) : undefined;
  if (query === undefined) return { refused: 'This server runs only the console’s own operations: documentId names none of them' };
  return { body: { ...rest, query } };
}
