import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { uuidv7 } from '../../shared/uuid.js';
import { requireActor } from '../identity/access-policy.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditReason } from './audit-reason.entity.js';
import type { AuditEventFilter } from './audit-event.inputs.js';
import type { AuditedRead } from './read-audit.js';

export interface AuditEntry {
  action: string;
  entityName: string;
  entityId: string;
  changedFields?: string[];
  /** The reason the actor stated, kept sealed beside the event (audit-reason.entity.ts), never in it. */
  reason?: string;
}

/** Queues an audit event on the transaction's EntityManager, so it commits or rolls back with the change. */
export function recordAudit(em: EntityManager, ctx: Pick<Context, 'actor' | 'requestId' | 'correlationId'>, entry: AuditEntry): AuditEvent {
  const event = em.create(AuditEvent, {
    actorId: ctx.actor?.userId,
    actorRole: ctx.actor?.role,
    action: entry.action,
    entityName: entry.entityName,
    entityId: entry.entityId,
    changedFields: [...new Set(entry.changedFields ?? [])].sort(),
    requestId: ctx.requestId,
    correlationId: ctx.correlationId,
    at: new Date(),
  });
  em.persist(event);
  if (entry.reason !== undefined) em.persist(em.create(AuditReason, { id: event.id, reason: entry.reason }));
  return event;
}

/** Names of the input fields actually supplied: what the audit trail records as changed. */
export function suppliedFields(input: object, except: string[] = ['id', 'version']): string[] {
  return Object.entries(input)
    .filter(([key, value]) => value !== undefined && !except.includes(key))
    .map(([key]) => key);
}

/** Writes the reads of audited fields one request made: one INSERT for all its records. */
export async function recordReads(em: EntityManager, ctx: Pick<Context, 'actor' | 'requestId' | 'correlationId'>, reads: readonly AuditedRead[]): Promise<void> {
  if (reads.length === 0) return;
  await em.insertMany(
    AuditEvent,
    reads.map((read) => ({
      id: uuidv7(),
      actorId: ctx.actor?.userId,
      actorRole: ctx.actor?.role,
      action: read.action,
      entityName: read.entityName,
      entityId: read.entityId,
      changedFields: [...read.fields].sort(),
      requestId: ctx.requestId,
      correlationId: ctx.correlationId,
      at: read.at,
    })),
  );
}

export function auditEventFilterQuery(filter: AuditEventFilter = {}): FilterQuery<AuditEvent> {
  const conditions: FilterQuery<AuditEvent>[] = [];
  if (filter.actorId) conditions.push({ actorId: filter.actorId });
  if (filter.action) conditions.push({ action: filter.action });
  if (filter.entityName) conditions.push({ entityName: filter.entityName });
  if (filter.entityId) conditions.push({ entityId: filter.entityId });
  if (filter.requestId) conditions.push({ requestId: filter.requestId });
  if (filter.correlationId) conditions.push({ correlationId: filter.correlationId });
  if (filter.from) conditions.push({ at: { $gte: filter.from } });
  if (filter.to) conditions.push({ at: { $lt: filter.to } });
  return conditions.length ? { $and: conditions } : {};
}

/** The audit trail, oldest first (ids are time-ordered). Administrators only: see the authorization matrix. */
export function listAuditEvents(ctx: Context, filter: AuditEventFilter | undefined, page: PageArgs) {
  requireActor(ctx.actor);
  return paginate(ctx.em, AuditEvent, auditEventFilterQuery(filter), page);
}
