import type { FieldProblem } from '../../shared/app-error.js';
import { Role } from '../../shared/enums.js';

/**
 * A family's own edits wait for its worker (issue 10, section 2). Plain functions over plain
 * values: which fields a family may propose, what it read, and what a review decides.
 */

/** The fields of its record a family may propose changes to; housing, preferences and the household members each as a whole. */
export const FAMILY_CHANGE_FIELDS = [
  'settlement',
  'monthlyIncome',
  'housing',
  'preferences',
  'capacity',
  'childrenInHousehold',
  'householdMembers',
  'contactPhone',
  'contactEmail',
  'address',
  'acceptingPlacements',
  'availabilityNote',
] as const;
export type FamilyChangeField = (typeof FAMILY_CHANGE_FIELDS)[number];

export const isFamilyChangeField = (name: string): name is FamilyChangeField => (FAMILY_CHANGE_FIELDS as readonly string[]).includes(name);

/** Fields a family may propose to clear (null); a null for any other field proposes nothing. */
export const CLEARABLE_FIELDS: ReadonlySet<FamilyChangeField> = new Set(['contactPhone', 'contactEmail', 'address', 'availabilityNote']);

/** The parts of the two fields that are values of several parts, each always present (null when unset). */
const SHAPES: Partial<Record<FamilyChangeField, readonly string[]>> = {
  housing: ['kind', 'areaSqm', 'rooms'],
  preferences: ['childAgeMin', 'childAgeMax', 'childSex', 'maxChildren', 'acceptsSiblings', 'specialNeedsAccepted', 'languages'],
};

/** Fields that are ordered lists of records: each item in its parts, in order; none recorded is the empty list. */
const LIST_SHAPES: Partial<Record<FamilyChangeField, readonly string[]>> = {
  householdMembers: ['fullName', 'relation', 'birthYear'],
};

export enum FieldDecision {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  /** Proposed again by the family in a later request, which is the one reviewed. */
  SUPERSEDED = 'SUPERSEDED',
}

export enum ChangeRequestStatus {
  /** Some field still waits for its review. */
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  /** Reviewed: some fields accepted, some rejected. */
  PARTLY_ACCEPTED = 'PARTLY_ACCEPTED',
  /** Every field was proposed again in a later request before any review. */
  SUPERSEDED = 'SUPERSEDED',
}

/** One field of a change request: a value as JSON (housing and preferences as objects, null for none). */
export interface ProposedField {
  field: FamilyChangeField;
  /** The value the family read: the record's at the version it sent. */
  read: unknown;
  proposed: unknown;
  decision: FieldDecision;
  /** Staff had changed the field since the family read it, when the worker decided. */
  conflict?: boolean;
  /** The value that stood when the worker decided: what an acceptance replaced, what a rejection kept. */
  standing?: unknown;
  /** Why the worker rejected it; the family reads it. */
  reason?: string;
  reviewedBy?: string;
  reviewedAt?: string;
  /** The later request of the family that proposes the field again. */
  supersededBy?: string;
}

export type FieldValues = Record<FamilyChangeField, unknown>;

/** A scalar as JSON: absent as null; the lists here are sets (languages, special needs), kept once each and sorted. */
function scalar(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return [...new Set(value)].sort();
  return value;
}

/** A field's value in the one form values are kept and compared in: every part present, in order. */
export function plainValue(field: FamilyChangeField, value: unknown): unknown {
  const items = LIST_SHAPES[field];
  if (items) return ((value ?? []) as Record<string, unknown>[]).map((item) => Object.fromEntries(items.map((part) => [part, scalar(item[part])])));
  const parts = SHAPES[field];
  if (!parts || value === undefined || value === null) return scalar(value);
  return Object.fromEntries(parts.map((part) => [part, scalar((value as Record<string, unknown>)[part])]));
}

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields a family may propose, as plain values, from anything shaped like its record. */
export function changeableValues(record: Record<FamilyChangeField, unknown>): FieldValues {
  return Object.fromEntries(FAMILY_CHANGE_FIELDS.map((field) => [field, plainValue(field, record[field])])) as FieldValues;
}

/** A field of the record history (`housing.rooms`), as the change field it belongs to, and the part of it. */
function ownerOf(historyField: string): { field: FamilyChangeField; part?: string } | undefined {
  const [owner, part] = historyField.split('.');
  return owner && isFamilyChangeField(owner) ? { field: owner, part } : undefined;
}

/**
 * The values at an earlier version: the current ones with the changes made since undone, newest
 * first (each change as the record history keeps it: fields with their old values).
 */
export function valuesBefore(current: FieldValues, changesNewestFirst: readonly { changes: readonly { field: string; old: unknown }[] }[]): FieldValues {
  const values = structuredClone(current);
  for (const change of changesNewestFirst) {
    for (const { field, old } of change.changes) {
      const owner = ownerOf(field);
      if (!owner) continue;
      if (owner.part === undefined) values[owner.field] = old;
      else values[owner.field] = { ...(values[owner.field] as object | null), [owner.part]: old };
    }
  }
  return changeableValues(values);
}

/**
 * The fields a submission proposes, against what the family read: a field left out (undefined),
 * a null for one that cannot be cleared, and a value the family read already propose nothing.
 */
export function proposedFields(read: FieldValues, given: Partial<Record<FamilyChangeField, unknown>>): ProposedField[] {
  return FAMILY_CHANGE_FIELDS.flatMap((field) => {
    const value = given[field];
    if (value === undefined || (value === null && !CLEARABLE_FIELDS.has(field))) return [];
    const proposed = plainValue(field, value);
    return sameValue(read[field], proposed) ? [] : [{ field, read: read[field], proposed, decision: FieldDecision.PENDING }];
  });
}

/** A field is in conflict while staff's value differs from the one the family read: that value stands until the worker picks. */
export const inConflict = (field: ProposedField, current: FieldValues): boolean => !sameValue(field.read, current[field.field]);

export interface Decision {
  field: string;
  accept: boolean;
  reason?: string | null;
}

/** Decisions that cannot be applied as given: a field the request does not propose, named twice, or rejected without a reason. */
export function decisionProblems(fields: readonly ProposedField[], decisions: readonly Decision[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  decisions.forEach((decision, index) => {
    if (!fields.some((field) => field.field === decision.field)) problems.push({ field: `decisions.${index}.field`, message: 'This change request proposes no such field' });
    if (decisions.findIndex((other) => other.field === decision.field) !== index) problems.push({ field: `decisions.${index}.field`, message: 'The same field is decided twice' });
    if (!decision.accept && !decision.reason?.trim()) problems.push({ field: `decisions.${index}.reason`, message: 'Say why the change is rejected: the family reads it' });
  });
  return problems;
}

/** Fields the decisions name that have been reviewed already. */
export const alreadyReviewed = (fields: readonly ProposedField[], decisions: readonly Decision[]): string[] =>
  decisions.filter((decision) => fields.some((field) => field.field === decision.field && field.decision !== FieldDecision.PENDING)).map((decision) => decision.field);

/** The fields after the decisions, each with who decided, when, and what stood then. */
export function reviewedFields(fields: readonly ProposedField[], decisions: readonly Decision[], current: FieldValues, by: string, at: string): ProposedField[] {
  return fields.map((field) => {
    const decision = decisions.find((each) => each.field === field.field);
    if (!decision) return field;
    return {
      ...field,
      decision: decision.accept ? FieldDecision.ACCEPTED : FieldDecision.REJECTED,
      conflict: inConflict(field, current),
      standing: current[field.field],
      ...(decision.accept ? {} : { reason: decision.reason!.trim() }),
      reviewedBy: by,
      reviewedAt: at,
    };
  });
}

/**
 * A family's earlier request, with the fields a later one (`by`) proposes again, still pending here,
 * superseded: a worker then reviews the family's latest word only, and cannot accept an older one after it.
 */
export function supersededFields(fields: readonly ProposedField[], proposedAgain: readonly FamilyChangeField[], by: string): ProposedField[] {
  return fields.map((field) =>
    field.decision === FieldDecision.PENDING && proposedAgain.includes(field.field) ? { ...field, decision: FieldDecision.SUPERSEDED, supersededBy: by } : field,
  );
}

export function requestStatus(allFields: readonly ProposedField[]): ChangeRequestStatus {
  const fields = allFields.filter((field) => field.decision !== FieldDecision.SUPERSEDED);
  if (fields.length === 0) return ChangeRequestStatus.SUPERSEDED;
  const decisions = new Set(fields.map((field) => field.decision));
  if (decisions.has(FieldDecision.PENDING)) return ChangeRequestStatus.PENDING;
  if (decisions.size === 2) return ChangeRequestStatus.PARTLY_ACCEPTED;
  return decisions.has(FieldDecision.ACCEPTED) ? ChangeRequestStatus.ACCEPTED : ChangeRequestStatus.REJECTED;
}

/**
 * Who decides a family's edits: the worker who owns its case; the supervisor of its region (the
 * caller already sees the family) or an administrator, for an absent owner; while nobody owns the
 * case, any worker who sees the family. Colleagues see the queue but do not decide another's case.
 */
export function mayReview(reviewer: { userId: string; role: Role }, assignedWorkerId: string | undefined): boolean {
  return reviewer.role === Role.ADMIN || reviewer.role === Role.SUPERVISOR || assignedWorkerId === undefined || assignedWorkerId === reviewer.userId;
}
