import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: string;
  entityName: string;
  entityId: string;
  changedFields?: string[];
}

/** Queues an audit event on the transaction's EntityManager, so it commits or rolls back with the change. */
export function recordAudit(em: EntityManager, ctx: Pick<Context, 'actor' | 'requestId'>, entry: AuditEntry): void {
  em.persist(
    em.create(AuditEvent, {
      actorId: ctx.actor?.userId,
      actorRole: ctx.actor?.role,
      action: entry.action,
      entityName: entry.entityName,
      entityId: entry.entityId,
      changedFields: [...new Set(entry.changedFields ?? [])].sort(),
      requestId: ctx.requestId,
      at: new Date(),
    }),
  );
}

/** Names of the input fields actually supplied: what the audit trail records as changed. */
export function suppliedFields(input: object, except: string[] = ['id', 'version']): string[] {
  return Object.entries(input)
    .filter(([key, value]) => value !== undefined && !except.includes(key))
    .map(([key]) => key);
}
