import type { Context } from '../../graphql/context.js';
import { conflict } from '../../shared/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Actor } from './actor.js';
import { databaseAttemptLog } from './attempt-log.js';
import { createRegistrationThrottle } from './duplicate-throttle.js';

/**
 * Registering or correcting a person's identity number answers CONFLICT when the number is taken,
 * so each such write could tell a stranger whether a child, an applicant or a mentor exists. Every
 * duplicate is therefore answered alike wherever the other record is, audited, and counted
 * against the account's few duplicates an hour (duplicate-throttle.ts): one budget for all kinds.
 */

/** Duplicate identity numbers met, per account, counted in the database. */
const duplicates = createRegistrationThrottle();

/** Leaves the write's transaction, which rolls back, carrying the record already registered. */
export class DuplicateIdentity extends Error {
  constructor(
    readonly entityName: 'Child' | 'FamilyApplicant' | 'Mentor',
    readonly existingId: string,
    /** The one answer for this kind of record: it names no region and no record. */
    readonly answer: string,
    readonly field: 'iin' | 'passport' = 'iin',
  ) {
    super('Duplicate identity');
  }
}

/**
 * Runs a write that gives a person an identity number. A DuplicateIdentity it meets is audited (as
 * `action`, on the record already registered) in a transaction of its own that outlives the
 * write's, counted, and answered with its one CONFLICT.
 */
export async function answeringDuplicates<T>(ctx: Context, actor: Actor, action: string, write: () => Promise<T>): Promise<T> {
  await duplicates.begin(databaseAttemptLog(ctx.em), actor.userId);
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof DuplicateIdentity)) throw error;
    await ctx.em.fork().transactional(async (em) => {
      recordAudit(em, ctx, { action, entityName: error.entityName, entityId: error.existingId, changedFields: [error.field] });
    });
    await duplicates.duplicate(databaseAttemptLog(ctx.em), actor.userId);
    throw conflict(error.answer);
  }
}
