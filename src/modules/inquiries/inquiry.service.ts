import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { assertVisible } from '../../graphql/record-guard.js';
import { badInput, conflict, forbidden, notFound, rejectProblems } from '../../shared/app-error.js';
import { today } from '../../shared/dates.js';
import { Role } from '../../shared/enums.js';
import { isUuid } from '../../shared/uuid.js';
import { recordAudit } from '../audit/audit.service.js';
import { getChild } from '../children/child.service.js';
import { AssessmentStatus } from '../families/family.enums.js';
import { getFamily } from '../families/family.service.js';
import { requireActor, scopeDistrict, scopeRegion } from '../identity/access-policy.js';
import { MATCHABLE_CHILD_STATUSES } from '../matching/matching.repository.js';
import { NotificationTemplate } from '../notifications/notification-outbox.entity.js';
import { tellFamily } from '../notifications/outbox.js';
import { Task } from '../tasks/task.entity.js';
import { TaskKind, TaskStatus } from '../tasks/task.enums.js';
import { INQUIRY_ANSWER } from '../tasks/task.sweep.js';
import { Inquiry } from './inquiry.entity.js';
import type { AnswerInquiryInput, InquiryFilter, ShareChildInput } from './inquiry.inputs.js';
import { addWorkingDays, answerConflict, answerProblems, DEFAULT_ANSWER_WORKING_DAYS, interestProblem, InquiryStatus, statusAfter } from './inquiry.rules.js';

/** Options of the inquiry service: the answer's deadline. */
export interface InquiryOptions {
  answerWorkingDays?: number;
}

/** One inquiry the caller may see; a family learns nothing of another family's. */
export async function getInquiry(ctx: Context, id: string, em: EntityManager = ctx.em, lock = false): Promise<Inquiry> {
  requireActor(ctx.actor);
  const inquiry = isUuid(id) ? await em.findOne(Inquiry, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!inquiry) throw notFound('Inquiry');
  return assertVisible(ctx, 'Inquiry', inquiry);
}

/**
 * A worker shows a child (and the siblings waiting with it) to an approved family of its scope:
 * the family may then ask about it. Sharing is the worker's choice, made on what it knows of both
 * (matching, the case file); the family sees only the child's profile.
 */
export async function shareChildWithFamily(ctx: Context, input: ShareChildInput): Promise<Inquiry> {
  const actor = requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    const [child, family] = await Promise.all([getChild(ctx, input.childId, em), getFamily(ctx, input.familyId, em)]);
    if (!MATCHABLE_CHILD_STATUSES.includes(child.status)) throw badInput('childId', 'The child is not waiting for a family');
    if (family.assessmentStatus !== AssessmentStatus.APPROVED) throw badInput('familyId', 'Only an approved family may be shown a child');
    const open = await em.count(Inquiry, { child, family, status: { $in: [InquiryStatus.SHARED, InquiryStatus.OPEN] } });
    if (open > 0) throw conflict('The child is already shared with this family, not yet answered');
    const inquiry = em.create(Inquiry, { child, family, sharedBy: actor.userId });
    recordAudit(em, ctx, { action: 'inquiry.share', entityName: 'Inquiry', entityId: inquiry.id, changedFields: ['child', 'family'] });
    return inquiry;
  });
}

/** The family says it is interested in a child shared with it: the worker's answer is due within the working days. */
export async function expressInterest(ctx: Context, id: string, options: InquiryOptions = {}): Promise<Inquiry> {
  const actor = requireActor(ctx.actor);
  if (actor.role !== Role.FAMILY) throw forbidden('Only the family a child was shown to may ask about it');
  return ctx.em.transactional(async (em) => {
    const inquiry = await getInquiry(ctx, id, em, true);
    const problem = interestProblem(inquiry.status);
    if (problem) throw conflict(problem);
    inquiry.status = InquiryStatus.OPEN;
    inquiry.inquiredAt = new Date();
    inquiry.dueOn = addWorkingDays(today(inquiry.inquiredAt), options.answerWorkingDays ?? DEFAULT_ANSWER_WORKING_DAYS);
    recordAudit(em, ctx, { action: 'inquiry.express-interest', entityName: 'Inquiry', entityId: inquiry.id, changedFields: ['status', 'inquiredAt', 'dueOn'] });
    return inquiry;
  });
}

/**
 * The worker's coded answer. The inquiry is locked first, so of two answers at once one wins and
 * the other is CONFLICT; the answer closes its overdue task and tells the family, in one transaction.
 */
export async function answerInquiry(ctx: Context, input: AnswerInquiryInput): Promise<Inquiry> {
  const actor = requireActor(ctx.actor);
  rejectProblems(answerProblems(input.decision, input.declineReason));
  return ctx.em.transactional(async (em) => {
    const inquiry = await getInquiry(ctx, input.id, em, true);
    const problem = answerConflict(inquiry.status);
    if (problem) throw conflict(problem);
    inquiry.status = statusAfter(input.decision);
    inquiry.decision = input.decision;
    inquiry.declineReason = input.declineReason ?? undefined;
    inquiry.answeredAt = new Date();
    inquiry.answeredBy = actor.userId;
    recordAudit(em, ctx, { action: INQUIRY_ANSWER, entityName: 'Inquiry', entityId: inquiry.id, changedFields: ['status', 'decision', ...(input.declineReason ? ['declineReason'] : [])] });
    await em.nativeUpdate(
      Task,
      { kind: TaskKind.INQUIRY_OVERDUE, occurrence: inquiry.id, status: TaskStatus.OPEN },
      { status: TaskStatus.DONE, closedBy: INQUIRY_ANSWER, closedAt: inquiry.answeredAt },
    );
    await tellFamily(em, inquiry.family.id, NotificationTemplate.INQUIRY_ANSWERED, { inquiryId: inquiry.id, decision: input.decision, reason: input.declineReason ?? '' });
    return inquiry;
  });
}

/** Inquiries the caller may see: a family its own, staff those of the children of their region (and district). */
export function listInquiries(ctx: Context, filter: InquiryFilter = {}, page: PageArgs) {
  const actor = requireActor(ctx.actor);
  for (const field of ['familyId', 'childId'] as const) if (filter[field] && !isUuid(filter[field])) throw badInput(`filter.${field}`, 'Not an id');
  const conditions: FilterQuery<Inquiry>[] = [];
  if (actor.role === Role.FAMILY) {
    if (!actor.familyId || (filter.familyId && filter.familyId !== actor.familyId)) throw forbidden();
    conditions.push({ family: actor.familyId });
  } else {
    const region = scopeRegion(actor);
    const district = scopeDistrict(actor);
    if (region) conditions.push({ child: { region: region } });
    if (district) conditions.push({ child: { district: district } });
    if (filter.familyId) conditions.push({ family: filter.familyId });
  }
  if (filter.childId) conditions.push({ child: filter.childId });
  if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
  if (filter.overdue) conditions.push({ status: InquiryStatus.OPEN, dueOn: { $lt: today() } });
  return paginate(ctx.em, Inquiry, conditions.length ? { $and: conditions } : {}, page);
}
