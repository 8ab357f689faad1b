import type { EntityClass } from '@mikro-orm/core';
import { CaseTransfer, TransferStatus } from '../casework/case-transfer.entity.js';
import type { Connection, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { assertVisible, onlyVisible } from '../../graphql/record-guard.js';
import { badInput, notFound } from '../../shared/app-error.js';
import type { Role } from '../../shared/enums.js';
import { isUuid } from '../../shared/uuid.js';
import { AuditReason } from '../audit/audit-reason.entity.js';
import { Child } from '../children/child.entity.js';
import { getChild } from '../children/child.service.js';
import { FamilyApplicant } from '../families/family-applicant.entity.js';
import { Family } from '../families/family.entity.js';
import { requireActor } from '../identity/access-policy.js';
import { Access, FIELD_ACCESS, type AccessRow } from '../identity/authorization-matrix.js';
import { Mentor } from '../mentors/mentor.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { HISTORY_KINDS, RecordChange, type HistoryKind } from './record-change.entity.js';
import { HistoryEntry } from './history-entry.js';
import { TimelineKind } from './history.type.js';

/** How a transfer's answer shows on the timeline. */
const ANSWERED = {
  [TransferStatus.ACCEPTED]: TimelineKind.TRANSFER_ACCEPTED,
  [TransferStatus.DECLINED]: TimelineKind.TRANSFER_DECLINED,
  [TransferStatus.WITHDRAWN]: TimelineKind.TRANSFER_WITHDRAWN,
} as const;

const SUBJECTS: Record<HistoryKind, EntityClass<{ id: string }>> = { Child, Family, FamilyApplicant, Mentor, Placement, Mentorship };

/** Whether a role reads a field of a record kind (FIELD_ACCESS): of an embedded value, its owner field decides. */
function readable(role: Role, kind: HistoryKind, field: string): boolean {
  const row = (FIELD_ACCESS as Readonly<Record<string, AccessRow>>)[`${kind}.${field.split('.')[0]}`];
  return row?.[role] !== Access.DENIED;
}

/**
 * The caller's view of changes of one record: fields it may not read on the record left out, and
 * the stated reason with them when the change touched one (a reason speaks of what it changed).
 */
async function entriesOf(ctx: Context, subject: object, changes: readonly RecordChange[]): Promise<HistoryEntry[]> {
  const { role } = requireActor(ctx.actor);
  const auditIds = changes.flatMap((change) => (change.auditEventId ? [change.auditEventId] : []));
  const reasons = new Map(auditIds.length ? (await ctx.em.find(AuditReason, { id: { $in: auditIds } })).map((row) => [row.id, row.reason]) : []);
  return changes.map((change) => {
    const shown = change.changes.filter((field) => readable(role, change.entityName, field.field));
    const reason = shown.length === change.changes.length && change.auditEventId ? (reasons.get(change.auditEventId) ?? null) : null;
    return new HistoryEntry(subject, change, shown, reason);
  });
}

/** The record an id names, of whichever of the six kinds, if the caller may see it: one query finds its table (ids are UUIDv7, unique across tables). */
async function subjectOf(ctx: Context, recordId: string): Promise<{ kind: HistoryKind; record: { id: string } }> {
  requireActor(ctx.actor);
  if (!isUuid(recordId)) throw notFound('Record');
  const metadata = ctx.em.getMetadata();
  const sql = HISTORY_KINDS.map((kind) => `select '${kind}' as kind from "${metadata.get(kind).tableName}" where "id" = ?`).join(' union all ');
  const [row] = await ctx.em.execute<{ kind: HistoryKind }[]>(sql, HISTORY_KINDS.map(() => recordId));
  if (!row) throw notFound('Record');
  const record = await ctx.em.findOneOrFail(SUBJECTS[row.kind], { id: recordId });
  return { kind: row.kind, record: await assertVisible(ctx, row.kind, record) };
}

const cursorOf = (id: string) => Buffer.from(id).toString('base64url');

/** A record's changes, newest first, in pages keyed by id (time-ordered), for staff who may see the record. */
export async function historyOf(ctx: Context, recordId: string, { first, after }: PageArgs): Promise<Connection<HistoryEntry>> {
  const { record } = await subjectOf(ctx, recordId);
  const before = after === undefined ? undefined : Buffer.from(after, 'base64url').toString();
  if (before !== undefined && !isUuid(before)) throw badInput('after', 'Unknown cursor');
  const where = { entityId: record.id };
  const rows = await ctx.em.find(RecordChange, before ? { ...where, id: { $lt: before } } : where, { orderBy: { id: 'desc' }, limit: first + 1 });
  const edges = (await entriesOf(ctx, record, rows.slice(0, first))).map((node) => ({ node, cursor: cursorOf(node.id) }));
  let count: Promise<number> | undefined;
  return {
    edges,
    get totalCount() {
      return (count ??= ctx.em.count(RecordChange, where));
    },
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

export interface TimelineEntry {
  kind: TimelineKind;
  at: Date;
  recordKind: 'Child' | 'Placement' | 'Mentorship' | 'CaseTransfer';
  recordId: string;
  status?: string;
  child?: Child;
  change?: HistoryEntry;
}

/** A calendar date as an instant: the start of that day, UTC. */
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);

/** Corrections of identity are the only changes of the child's own record on its timeline; the rest is in its history. */
const CORRECTION = 'child.correct-identity';

/**
 * A child's case as one list, newest first: registration, identity corrections, every step of
 * its placements and its consents, its mentorships and their meetings, the transfers of its case. Only what the caller may
 * see: a mentor coordinator gets no placement, a social worker no mentorship.
 */
export async function timelineOf(ctx: Context, childId: string, first: number): Promise<TimelineEntry[]> {
  const child = await getChild(ctx, childId);
  const placements = await onlyVisible(ctx, 'Placement', await ctx.em.find(Placement, { child }, { populate: ['transitions'] }));
  const mentorships = await onlyVisible(ctx, 'Mentorship', await ctx.em.find(Mentorship, { child }, { populate: ['meetings'] }));
  const transfers = await onlyVisible(ctx, 'CaseTransfer', await ctx.em.find(CaseTransfer, { child }));
  const corrections = await ctx.em.find(RecordChange, { entityId: child.id, action: CORRECTION }, { orderBy: { id: 'desc' }, limit: first });
  const ofChild = { recordKind: 'Child', recordId: child.id } as const;
  const entries: TimelineEntry[] = [{ kind: TimelineKind.REGISTERED, at: child.createdAt, ...ofChild, child }];
  for (const change of await entriesOf(ctx, child, corrections)) entries.push({ kind: TimelineKind.CORRECTED, at: change.at, ...ofChild, change });
  for (const placement of placements) {
    const ofPlacement = { recordKind: 'Placement', recordId: placement.id } as const;
    for (const step of placement.transitions) entries.push({ kind: TimelineKind.PLACEMENT_STEP, at: step.at, ...ofPlacement, status: step.to });
    for (const consent of placement.childConsents.filter((consent) => consent.childId === child.id)) {
      entries.push({ kind: TimelineKind.CONSENT, at: dayOf(consent.recordedAt), ...ofPlacement });
    }
  }
  for (const mentorship of mentorships) {
    const ofMentorship = { recordKind: 'Mentorship', recordId: mentorship.id } as const;
    entries.push({ kind: TimelineKind.MENTORSHIP_PROPOSED, at: mentorship.createdAt, ...ofMentorship });
    if (mentorship.startedAt) entries.push({ kind: TimelineKind.MENTORSHIP_STARTED, at: dayOf(mentorship.startedAt), ...ofMentorship });
    if (mentorship.closedAt) entries.push({ kind: TimelineKind.MENTORSHIP_CLOSED, at: dayOf(mentorship.closedAt), ...ofMentorship });
    for (const meeting of mentorship.meetings) entries.push({ kind: TimelineKind.MEETING, at: dayOf(meeting.date), ...ofMentorship });
  }
  for (const transfer of transfers) {
    const ofTransfer = { recordKind: 'CaseTransfer', recordId: transfer.id, status: transfer.status } as const;
    entries.push({ kind: TimelineKind.TRANSFER_REQUESTED, at: transfer.createdAt, ...ofTransfer });
    if (transfer.decidedAt) {
      entries.push({ kind: ANSWERED[transfer.status as Exclude<TransferStatus, TransferStatus.PENDING>], at: transfer.decidedAt, ...ofTransfer });
    }
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, first);
}
