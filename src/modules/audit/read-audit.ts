import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../graphql/context.js';

/** One record whose audited fields a request read, and which. */
export interface AuditedRead {
  action: string;
  entityName: string;
  entityId: string;
  fields: Set<string>;
  /** When the first of the fields was read. */
  at: Date;
}

/**
 * The reads of audited fields made while answering one request, one entry per record: a page
 * of 50 children with their IINs is 50 entries, however many fields of each were read.
 * read-audit.plugin.ts writes them when the answer is ready, before it is sent.
 */
export class AuditedReads {
  private readonly byRecord = new Map<string, AuditedRead>();

  add(read: { action: string; entityName: string; entityId: string }, field: string): void {
    const key = `${read.action} ${read.entityName} ${read.entityId}`;
    const known = this.byRecord.get(key);
    if (known) known.fields.add(field);
    else this.byRecord.set(key, { ...read, fields: new Set([field]), at: new Date() });
  }

  /** Everything recorded so far, once: a second call returns only what was read since. */
  take(): AuditedRead[] {
    const reads = [...this.byRecord.values()];
    this.byRecord.clear();
    return reads;
  }
}

export interface AuditedField<Root> {
  /** E.g. `child.read-case-file`. */
  action: string;
  entityName: string;
  /** The record the value belongs to: a field of an embedded value is filed under its owner. */
  entityId: (root: Root) => string | undefined;
  /** The name recorded; the GraphQL field's own name when absent. */
  field?: string;
}

/**
 * Middleware for a field whose every read is audited. It runs after the field's role check and
 * records only a value actually resolved, so a FORBIDDEN read leaves no trace but its error.
 */
export function AuditRead<Root>(audited: AuditedField<Root>): MiddlewareFn<Context> {
  return async ({ root, info, context }, next) => {
    const value: unknown = await next();
    const entityId = audited.entityId(root as Root);
    // Fail closed: a value whose reading cannot be attributed is not handed out.
    if (!entityId) throw new Error(`Audited field ${info.parentType.name}.${info.fieldName} read without a record id`);
    context.auditedReads.add({ action: audited.action, entityName: audited.entityName, entityId }, audited.field ?? info.fieldName);
    return value;
  };
}

/** Reads of a record's own personal fields, filed under the record itself, e.g. `family.read-personal` for a Family. */
export function AuditRecordRead(action: string, entityName: string): MiddlewareFn<Context> {
  return AuditRead<{ id: string }>({ action, entityName, entityId: (record) => record.id });
}
