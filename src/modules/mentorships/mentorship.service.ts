import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { assertVisible } from '../../graphql/record-guard.js';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import { badInput, conflict, notFound, rejectProblems } from '../../shared/app-error.js';
import { today } from '../../shared/dates.js';
import { Role } from '../../shared/enums.js';
import { isUuid } from '../../shared/uuid.js';
import { recordAudit, suppliedFields } from '../audit/audit.service.js';
import { Child } from '../children/child.entity.js';
import { assertRegionAccess, requireActor, scopeRegion } from '../identity/access-policy.js';
import { Mentor } from '../mentors/mentor.entity.js';
import { MentorshipStatus } from './mentorship.enums.js';
import { Mentorship } from './mentorship.entity.js';
import type { ActivateMentorshipInput, CloseMentorshipInput, MentorshipFilter, MentorshipStepInput, ProposeMentorshipInput, RecordMentorshipMeetingInput } from './mentorship.inputs.js';
import { nextMentorshipStatus, type MentorshipStep } from './mentorship.lifecycle.js';
import { MentorshipMeeting } from './mentorship-meeting.entity.js';
import { checkMentoringPair } from './mentorship.eligibility.js';
import { meetingProblem, menteeStatusProblem } from './mentorship.rules.js';

const OPEN = { $ne: MentorshipStatus.CLOSED } as const;

/** A mentorship belongs to the regions of both its mentor and its child: a coordinator of either works with it. */
const inRegion = (code: string): FilterQuery<Mentorship> => ({ $or: [{ mentor: { region: { code } } }, { child: { region: { code } } }] });

/** Loads a mentorship (with mentor and child) the actor may work with, or fails with NOT_FOUND / FORBIDDEN. */
export async function getMentorship(ctx: Context, id: string, em: EntityManager = ctx.em): Promise<Mentorship> {
  requireActor(ctx.actor);
  const mentorship = isUuid(id) ? await em.findOne(Mentorship, { id }, { populate: ['mentor', 'child'] }) : null;
  if (!mentorship) throw notFound('Mentorship');
  return assertVisible(ctx, 'Mentorship', mentorship);
}

export function mentorshipFilterQuery(ctx: Context, filter: MentorshipFilter = {}): FilterQuery<Mentorship> {
  const actor = requireActor(ctx.actor);
  const conditions: FilterQuery<Mentorship>[] = [];
  if (actor.role === Role.MENTOR) {
    // A mentor's own mentorships, whatever their regions.
    conditions.push({ mentor: actor.mentorId ?? null });
    if (filter.regionCode) conditions.push(inRegion(filter.regionCode));
  } else {
    const region = scopeRegion(actor, filter.regionCode);
    if (region) conditions.push(inRegion(region));
  }
  if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
  if (filter.mentorId) conditions.push({ mentor: filter.mentorId });
  if (filter.childId) conditions.push({ child: filter.childId });
  return conditions.length ? { $and: conditions } : {};
}

export function listMentorships(ctx: Context, filter: MentorshipFilter | undefined, page: PageArgs) {
  return paginate(ctx.em, Mentorship, mentorshipFilterQuery(ctx, filter), page);
}

export async function proposeMentorship(ctx: Context, input: ProposeMentorshipInput): Promise<Mentorship> {
  const actor = requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    // Locking the mentor serialises proposals for one mentor, so two at once cannot both
    // take the last free place (maxMentees). The unique index on open pairs stays the backstop.
    const mentor = await em.findOne(Mentor, { id: input.mentorId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!mentor) throw badInput('mentorId', 'Unknown mentor');
    assertRegionAccess(actor, mentor.region.code);
    const child = await em.findOne(Child, { id: input.childId });
    if (!child) throw badInput('childId', 'Unknown child');
    // The child must be one the coordinator may see: of the region, and of the district for district staff.
    await assertVisible(ctx, 'Child', child);
    if (await em.count(Mentorship, { mentor, child, status: OPEN })) throw conflict('This mentor already has an open mentorship with the child');
    rejectProblems([menteeStatusProblem(child.status, child.exitReason)]);
    await checkMentoringPair(em, mentor.id, child.id, 'PROPOSE');
    const mentorship = em.create(Mentorship, { mentor, child, status: MentorshipStatus.PROPOSED, note: input.note });
    recordAudit(em, ctx, { action: 'mentorship.propose', entityName: 'Mentorship', entityId: mentorship.id, changedFields: ['mentor', 'child', 'status', ...(input.note ? ['note'] : [])] });
    return mentorship;
  });
}

function stepFields(step: MentorshipStep): Partial<Mentorship> {
  if (step.kind === 'ACTIVATE') return { startedAt: step.startedAt };
  if (step.kind === 'CLOSE') return { closeReason: step.reason, closedAt: step.closedAt };
  return {};
}

async function takeStep(ctx: Context, input: MentorshipStepInput, step: MentorshipStep, action: string): Promise<Mentorship> {
  return ctx.em.transactional(async (em) => {
    const mentorship = await getMentorship(ctx, input.mentorshipId, em);
    if (mentorship.version !== input.version) throw conflict('The mentorship was changed by someone else; reload and try again');
    const outcome = nextMentorshipStatus(mentorship.status, step, { today: today(), startedAt: mentorship.startedAt });
    if ('problem' in outcome) throw badInput(outcome.problem.field, outcome.problem.message);
    if (step.kind === 'ACTIVATE') await checkMentoringPair(em, mentorship.mentor.id, mentorship.child.id, 'ACTIVATE');
    const fields = stepFields(step);
    em.assign(mentorship, { ...fields, status: outcome.to });
    recordAudit(em, ctx, { action, entityName: 'Mentorship', entityId: mentorship.id, changedFields: ['status', ...Object.keys(fields)] });
    return mentorship;
  });
}

export const activateMentorship = (ctx: Context, input: ActivateMentorshipInput) =>
  takeStep(ctx, input, { kind: 'ACTIVATE', startedAt: input.startedAt ?? today() }, 'mentorship.activate');

export const pauseMentorship = (ctx: Context, input: MentorshipStepInput) => takeStep(ctx, input, { kind: 'PAUSE' }, 'mentorship.pause');

export const resumeMentorship = (ctx: Context, input: MentorshipStepInput) => takeStep(ctx, input, { kind: 'RESUME' }, 'mentorship.resume');

export const closeMentorship = (ctx: Context, input: CloseMentorshipInput) =>
  takeStep(ctx, input, { kind: 'CLOSE', reason: input.reason, closedAt: input.closedAt ?? today() }, 'mentorship.close');

export async function recordMentorshipMeeting(ctx: Context, input: RecordMentorshipMeetingInput): Promise<MentorshipMeeting> {
  return ctx.em.transactional(async (em) => {
    const mentorship = await getMentorship(ctx, input.mentorshipId, em);
    const problem = meetingProblem(mentorship, input.date, today());
    if (problem) throw badInput(problem.field, problem.message);
    const meeting = em.create(MentorshipMeeting, { mentorship, date: input.date, durationMinutes: input.durationMinutes, kind: input.kind, notes: input.notes });
    // Filed under the mentorship, so its trail reads in one place; the notes themselves are never copied.
    recordAudit(em, ctx, { action: 'mentorship.record-meeting', entityName: 'Mentorship', entityId: mentorship.id, changedFields: suppliedFields(input, ['mentorshipId']) });
    return meeting;
  });
}
