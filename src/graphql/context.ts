import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditedReads } from '../modules/audit/read-audit.js';
import type { Viewer } from '../modules/identity/access-policy.js';
import type { Actor } from '../modules/identity/actor.js';
import type { TokenService } from '../modules/identity/token.js';
import type { Loaders } from './loaders.js';

/** Everything a resolver may use, built fresh for each request. */
export interface Context {
  /** A fork of the global EntityManager: its identity map lives and dies with the request. */
  em: EntityManager;
  actor: Actor | null;
  loaders: Loaders;
  /** Chosen by the server (a UUID): it ties log lines and audit events to this request alone. */
  requestId: string;
  /** The client's own `x-request-id`, when valid: kept beside the request id, never in its place. */
  correlationId?: string;
  tokens: TokenService;
  /** Address of the client, for login throttling. */
  clientAddress: string;
  /** Reads of audited fields (case files, background checks), written when the answer is ready. */
  auditedReads: AuditedReads;
  /** How mail is sent, for the outbox's readers: where links point, and whether texts may be shown (no mail server, not production). */
  mail?: { publicUrl: string; bodiesReadable: boolean };
  /** The caller as the record guard sees it, worked out on the first record it checks. */
  viewer?: Promise<Viewer>;
}
