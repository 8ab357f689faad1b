import type { Ref } from '@mikro-orm/core';
import { Field } from 'type-graphql';
import { Matches } from 'class-validator';
import type { Context } from '../../graphql/context.js';
import { Role } from '../../shared/enums.js';
import type { Actor } from '../identity/actor.js';
import type { User } from '../identity/user.entity.js';

/** `assignedTo` of a list filter: the caller's own cases, the unassigned ones, or a worker's (by id). */
export const ASSIGNED_TO_ME = 'ME';
export const ASSIGNED_TO_NOBODY = 'NONE';

const ASSIGNEE = /^(ME|NONE|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The `assignedTo` field of a list filter, validated: a malformed value is BAD_USER_INPUT on the field. */
export function AssignedToFilter(): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { nullable: true, description: '`ME`: your own cases; `NONE`: cases nobody owns; or a worker’s id (a supervisor’s view of a caseload).' })(target, key);
    Matches(ASSIGNEE, { message: '$property must be ME, NONE or the id of a worker' })(target, key);
  };
}

/** The assigned worker a filter asks for: an id, null for the unassigned, undefined when it does not ask. */
export function assigneeOf(actor: Actor, assignedTo: string | null | undefined): string | null | undefined {
  if (assignedTo == null) return undefined;
  if (assignedTo.toUpperCase() === ASSIGNED_TO_ME) return actor.userId;
  if (assignedTo.toUpperCase() === ASSIGNED_TO_NOBODY) return null;
  return assignedTo.toLowerCase();
}

/** A new record is its registrar's case; an administrator registers on behalf of the region, so it stays unassigned. */
export function registrarOf(actor: Actor): string | undefined {
  return actor.role === Role.ADMIN ? undefined : actor.userId;
}

/** The `assignedWorker` field of a child, family or mentor: batched, and guarded as a StaffMember. */
export function assignedWorkerOf(record: { assignedWorker?: Ref<User> }, ctx: Context) {
  return record.assignedWorker ? ctx.loaders.user.load(record.assignedWorker.id) : null;
}
