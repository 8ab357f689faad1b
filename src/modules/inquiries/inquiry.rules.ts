import type { FieldProblem } from '../../shared/app-error.js';
import { addDays } from '../../shared/dates.js';

/**
 * A family's inquiry about a child its worker showed it. The worker shares the child (SHARED);
 * the family may say it is interested (OPEN, the answer due within a set number of working days);
 * the worker answers with a coded decision (ACCEPTED for an introduction, or DECLINED with a
 * reason from a fixed list). Answered inquiries are final: a new share starts a new one.
 */
export enum InquiryStatus {
  SHARED = 'SHARED',
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

export enum InquiryDecision {
  /** The family and the child may be introduced: the worker goes on with a placement proposal. */
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** Why an inquiry is declined: a fixed list, so figures can count them and the family reads one plain reason in its language. */
export enum InquiryDeclineReason {
  /** The child is already proposed to, or placed with, another family. */
  CHILD_NO_LONGER_AVAILABLE = 'CHILD_NO_LONGER_AVAILABLE',
  /** Relatives of the child, who have priority (PRI-1, PRI-3), have come forward. */
  RELATIVES_HAVE_PRIORITY = 'RELATIVES_HAVE_PRIORITY',
  /** The family cannot take the whole sibling group, which is not separated (SIB). */
  SIBLINGS_KEPT_TOGETHER = 'SIBLINGS_KEPT_TOGETHER',
  /** The family's approval, availability or form of placement does not allow it now. */
  FAMILY_NOT_ELIGIBLE = 'FAMILY_NOT_ELIGIBLE',
  /** The child's needs call for care the family has not been assessed for. */
  NEEDS_NOT_MET = 'NEEDS_NOT_MET',
  /** A child aged 10 or more did not agree (A-CONSENT). */
  CHILD_DID_NOT_CONSENT = 'CHILD_DID_NOT_CONSENT',
  /** Another reason in the child's interest, recorded in the case file. */
  OTHER_IN_CHILDS_INTEREST = 'OTHER_IN_CHILDS_INTEREST',
}

/** The family's worker answers within this many working days of the inquiry, unless the caller sets another. */
export const DEFAULT_ANSWER_WORKING_DAYS = 5;

const isWeekend = (date: string): boolean => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

/**
 * `days` working days after `date`, Monday to Friday. Public holidays are not counted out yet:
 * the working-day calendar (issue 11 §1) replaces this when it lands.
 */
export function addWorkingDays(date: string, days: number): string {
  let day = date;
  for (let left = days; left > 0; ) {
    day = addDays(day, 1);
    if (!isWeekend(day)) left--;
  }
  return day;
}

/** An open inquiry whose answer is past its day. */
export const isOverdue = (status: InquiryStatus, dueOn: string | undefined, today: string): boolean =>
  status === InquiryStatus.OPEN && dueOn !== undefined && dueOn < today;

/** What the family may do: say it is interested in a child shared with it, once. */
export function interestProblem(status: InquiryStatus): string | null {
  return status === InquiryStatus.SHARED ? null : 'You have already answered about this child';
}

/** A decision as given: DECLINED names its reason, ACCEPTED none. */
export function answerProblems(decision: InquiryDecision, reason: InquiryDeclineReason | null | undefined): FieldProblem[] {
  if (decision === InquiryDecision.DECLINED && !reason) return [{ field: 'declineReason', message: 'A declined inquiry needs a reason code' }];
  if (decision === InquiryDecision.ACCEPTED && reason) return [{ field: 'declineReason', message: 'An accepted inquiry has no decline reason' }];
  return [];
}

/** Whether an inquiry in `status` can be answered now, and if not, why: the service maps it to CONFLICT. */
export function answerConflict(status: InquiryStatus): string | null {
  if (status === InquiryStatus.OPEN) return null;
  if (status === InquiryStatus.SHARED) return 'The family has not asked about this child yet';
  return 'This inquiry has already been answered';
}

export const statusAfter = (decision: InquiryDecision): InquiryStatus => (decision === InquiryDecision.ACCEPTED ? InquiryStatus.ACCEPTED : InquiryStatus.DECLINED);
