import { LockMode, ref, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import { assertVisible } from '../../graphql/record-guard.js';
import { badInput, conflict, forbidden, notFound, rejectProblems } from '../../shared/app-error.js';
import { isUuid } from '../../shared/uuid.js';
import { recordAudit } from '../audit/audit.service.js';
import { Child } from '../children/child.entity.js';
import { getChild } from '../children/child.service.js';
import { Family } from '../families/family.entity.js';
import { getFamily } from '../families/family.service.js';
import { regionLimit, requireActor } from '../identity/access-policy.js';
import { User } from '../identity/user.entity.js';
import { Mentor } from '../mentors/mentor.entity.js';
import { getMentor } from '../mentors/mentor.service.js';
import { assigneeOf } from './assignment.js';
import { CaseTransfer, TransferStatus } from './case-transfer.entity.js';
import type { DecideTransferInput, DeclineTransferInput, RequestTransferInput, TransferFilter, WithdrawTransferInput } from './transfer.inputs.js';
import { mayDecide, mayRequest, mayWithdraw, receiverProblem, TransferRecordKind } from './transfer.rules.js';

type OwnedCase = Child | Family | Mentor;

/** Each kind of case: its entity, the transfer's column for it, how the caller reaches it, and its audit stem. */
const KINDS = {
  [TransferRecordKind.CHILD]: { entity: Child, field: 'child', get: getChild, stem: 'child', entityName: 'Child' },
  [TransferRecordKind.FAMILY]: { entity: Family, field: 'family', get: getFamily, stem: 'family', entityName: 'Family' },
  [TransferRecordKind.MENTOR]: { entity: Mentor, field: 'mentor', get: getMentor, stem: 'mentor', entityName: 'Mentor' },
} as const;

export function kindOf(transfer: CaseTransfer): TransferRecordKind {
  return transfer.child ? TransferRecordKind.CHILD : transfer.family ? TransferRecordKind.FAMILY : TransferRecordKind.MENTOR;
}

export function recordIdOf(transfer: CaseTransfer): string {
  return (transfer.child ?? transfer.family ?? transfer.mentor)!.id;
}

export async function getTransfer(ctx: Context, id: string, em: EntityManager = ctx.em, lock = false): Promise<CaseTransfer> {
  requireActor(ctx.actor);
  const transfer = isUuid(id) ? await em.findOne(CaseTransfer, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!transfer) throw notFound('Transfer');
  return assertVisible(ctx, 'CaseTransfer', transfer);
}

/** Transfers of the caller's region, sent or received; filtered by status and by sender or receiver (ME or an id). */
export function listTransfers(ctx: Context, filter: TransferFilter = {}, page: PageArgs) {
  const actor = requireActor(ctx.actor);
  const conditions: FilterQuery<CaseTransfer>[] = [];
  const region = regionLimit(actor);
  if (region !== undefined) conditions.push({ $or: [{ fromRegion: region }, { toRegion: region }] });
  if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
  const to = assigneeOf(actor, filter.toWorker);
  if (to !== undefined) conditions.push({ toWorker: to });
  const from = assigneeOf(actor, filter.fromWorker);
  if (from !== undefined) conditions.push({ fromWorker: from });
  return paginate(ctx.em, CaseTransfer, conditions.length ? { $and: conditions } : {}, page);
}

/**
 * Asks for a case to go to another worker. Nothing of the case changes yet: the sender keeps it,
 * and the receiver, until it accepts, sees only the request.
 */
export async function requestTransfer(ctx: Context, input: RequestTransferInput): Promise<CaseTransfer> {
  const actor = requireActor(ctx.actor);
  const kind = KINDS[input.kind];
  return ctx.em.transactional(async (em) => {
    const record: OwnedCase = await kind.get(ctx, input.recordId, em);
    const ownerId = record.assignedWorker?.id;
    if (!mayRequest(actor, ownerId)) throw forbidden('Only the worker who owns the case, a supervisor or an administrator hands it over');
    const receiver = isUuid(input.toWorkerId) ? await em.findOne(User, { id: input.toWorkerId }) : null;
    rejectProblems([receiverProblem(input.kind, receiver && { id: receiver.id, role: receiver.role, disabled: receiver.disabled, regionCode: receiver.region?.code }, ownerId)]);
    if (await em.count(CaseTransfer, { [kind.field]: record.id, status: TransferStatus.PENDING })) {
      throw conflict('A transfer of this case is already waiting for an answer');
    }
    const transfer = em.create(CaseTransfer, {
      [kind.field]: record.id,
      fromWorker: ownerId,
      toWorker: receiver!.id,
      requestedBy: actor.userId,
      fromRegion: record.region.code,
      toRegion: receiver!.region!.code,
      note: input.note,
    });
    recordAudit(em, ctx, { action: 'case-transfer.request', entityName: 'CaseTransfer', entityId: transfer.id, changedFields: input.note ? ['toWorker', 'note'] : ['toWorker'] });
    return transfer;
  });
}

/** The transfer, locked and still waiting, if the caller may answer it; the loser of two answers at once gets CONFLICT. */
async function pendingForDecision(ctx: Context, em: EntityManager, transferId: string): Promise<CaseTransfer> {
  const actor = requireActor(ctx.actor);
  // Locked first: of two answers at once the second waits here, then finds the transfer answered.
  const transfer = await getTransfer(ctx, transferId, em, true);
  if (!mayDecide(actor, { toWorkerId: transfer.toWorker.id, toRegionCode: transfer.toRegion.code })) {
    throw forbidden('Only the receiver, its region’s supervisor or an administrator answers a transfer');
  }
  if (transfer.status !== TransferStatus.PENDING) throw conflict('The transfer was already answered');
  return transfer;
}

/**
 * The receiver takes the case. Across a border the case moves to the receiver's region (and
 * district) now, not before; each side's move is on record.
 */
export async function acceptTransfer(ctx: Context, input: DecideTransferInput): Promise<CaseTransfer> {
  const actor = requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    const transfer = await pendingForDecision(ctx, em, input.transferId);
    const receiver = await em.findOneOrFail(User, { id: transfer.toWorker.id });
    if (receiver.disabled) throw badInput('transferId', 'The receiver’s account is disabled: decline the transfer and ask for another');
    const kind = KINDS[kindOf(transfer)];
    // Read directly: a receiver across the border may not see the case until it is theirs.
    const record: OwnedCase = await em.findOneOrFail(kind.entity as typeof Child, { id: recordIdOf(transfer) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const moves = record.region.code !== receiver.region!.code;
    const changed = ['assignedWorker'];
    record.assignedWorker = ref(receiver);
    if (moves) {
      record.region = receiver.region!;
      changed.push('region');
      if (!(record instanceof Mentor)) {
        record.district = receiver.district;
        changed.push('district');
      }
    }
    em.assign(transfer, { status: TransferStatus.ACCEPTED, decidedAt: new Date(), decidedBy: actor.userId });
    recordAudit(em, ctx, { action: 'case-transfer.accept', entityName: 'CaseTransfer', entityId: transfer.id, changedFields: ['status'] });
    // Across a border both regions' trails hold the move: the one the case leaves and the one it joins.
    const actions = moves ? [`${kind.stem}.transfer-out`, `${kind.stem}.transfer-in`] : [`${kind.stem}.transfer`];
    for (const action of actions) recordAudit(em, ctx, { action, entityName: kind.entityName, entityId: record.id, changedFields: changed });
    return transfer;
  });
}

/** The receiver declines, with a reason the sender reads; the case stays where it was. */
export async function declineTransfer(ctx: Context, input: DeclineTransferInput): Promise<CaseTransfer> {
  const actor = requireActor(ctx.actor);
  if (!input.reason.trim()) throw badInput('reason', 'Say why the transfer is declined');
  return ctx.em.transactional(async (em) => {
    const transfer = await pendingForDecision(ctx, em, input.transferId);
    em.assign(transfer, { status: TransferStatus.DECLINED, decidedAt: new Date(), decidedBy: actor.userId, declineReason: input.reason });
    recordAudit(em, ctx, { action: 'case-transfer.decline', entityName: 'CaseTransfer', entityId: transfer.id, changedFields: ['status', 'declineReason'], reason: input.reason });
    return transfer;
  });
}

/** The sending side takes a request back before the receiver answers; the case stays where it was, and may be sent again. */
export async function withdrawTransfer(ctx: Context, input: WithdrawTransferInput): Promise<CaseTransfer> {
  const actor = requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    const transfer = await getTransfer(ctx, input.transferId, em, true);
    if (!mayWithdraw(actor, { requestedById: transfer.requestedBy.id, fromWorkerId: transfer.fromWorker?.id, fromRegionCode: transfer.fromRegion.code })) {
      throw forbidden('Only whoever asked for the transfer, the case’s owner, its region’s supervisor or an administrator takes it back');
    }
    if (transfer.status !== TransferStatus.PENDING) throw conflict('The transfer was already answered');
    const reason = input.reason?.trim() || undefined;
    em.assign(transfer, { status: TransferStatus.WITHDRAWN, decidedAt: new Date(), decidedBy: actor.userId, declineReason: reason });
    recordAudit(em, ctx, { action: 'case-transfer.withdraw', entityName: 'CaseTransfer', entityId: transfer.id, changedFields: reason ? ['status', 'declineReason'] : ['status'], reason });
    return transfer;
  });
}
