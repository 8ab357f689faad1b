import type { FieldProblem } from '../../shared/app-error.js';
import { MentorshipCloseReason, MentorshipStatus } from './mentorship.enums.js';

/**
 * The mentorship lifecycle, as one table:
 *
 *   PROPOSED → ACTIVE ⇄ PAUSED;  PROPOSED | ACTIVE | PAUSED → CLOSED (with a reason)
 *
 * Pure: no ORM, no GraphQL. The service applies the outcome.
 */

export type MentorshipStep =
  | { kind: 'ACTIVATE'; startedAt: string }
  | { kind: 'PAUSE' }
  | { kind: 'RESUME' }
  | { kind: 'CLOSE'; reason: MentorshipCloseReason; closedAt: string };

export type MentorshipStepKind = MentorshipStep['kind'];

export interface MentorshipFacts {
  today: string;
  startedAt?: string;
}

export type MentorshipStepOutcome = { to: MentorshipStatus } | { problem: FieldProblem };

const S = MentorshipStatus;

export const MENTORSHIP_MOVES: readonly { step: MentorshipStepKind; from: MentorshipStatus; to: MentorshipStatus }[] = [
  { step: 'ACTIVATE', from: S.PROPOSED, to: S.ACTIVE },
  { step: 'PAUSE', from: S.ACTIVE, to: S.PAUSED },
  { step: 'RESUME', from: S.PAUSED, to: S.ACTIVE },
  { step: 'CLOSE', from: S.PROPOSED, to: S.CLOSED },
  { step: 'CLOSE', from: S.ACTIVE, to: S.CLOSED },
  { step: 'CLOSE', from: S.PAUSED, to: S.CLOSED },
];

const R = MentorshipCloseReason;

/** A proposal is declined, never "reached its goals"; a running mentorship is no longer declined. */
export function closeReasonsFor(from: MentorshipStatus): readonly MentorshipCloseReason[] {
  if (from === S.CLOSED) return [];
  const all = Object.values(R);
  return from === S.PROPOSED ? all.filter((r) => r !== R.GOALS_REACHED) : all.filter((r) => r !== R.DECLINED);
}

const problem = (field: string, message: string): MentorshipStepOutcome => ({ problem: { field, message } });

function dateProblem(step: MentorshipStep, facts: MentorshipFacts): MentorshipStepOutcome | null {
  if (step.kind === 'ACTIVATE' && step.startedAt > facts.today) return problem('startedAt', 'The start date is in the future');
  if (step.kind === 'CLOSE') {
    if (step.closedAt > facts.today) return problem('closedAt', 'The closing date is in the future');
    if (facts.startedAt && step.closedAt < facts.startedAt) return problem('closedAt', 'The closing date is before the start');
  }
  return null;
}

/** Where `step` takes a mentorship in status `current`, or why it may not. */
export function nextMentorshipStatus(current: MentorshipStatus, step: MentorshipStep, facts: MentorshipFacts): MentorshipStepOutcome {
  const move = MENTORSHIP_MOVES.find((m) => m.step === step.kind && m.from === current);
  if (!move) return problem('status', `Step ${step.kind} is not allowed for a mentorship in status ${current}`);
  if (step.kind === 'CLOSE' && !closeReasonsFor(current).includes(step.reason)) {
    return problem('reason', `A mentorship in status ${current} cannot close for the reason ${step.reason}`);
  }
  return dateProblem(step, facts) ?? { to: move.to };
}
