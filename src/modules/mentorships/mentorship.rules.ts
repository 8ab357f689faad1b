import { ChildStatus, DataBankExitReason } from '../children/child.enums.js';
import type { FieldProblem } from '../../shared/app-error.js';
import { MentorshipStatus } from './mentorship.enums.js';

/**
 * What a mentorship (наставничество) needs beyond the mentoring rules of the matching engine
 * (M-AGE, M-CERT, capacity), which decide whether a mentor and a child may be matched.
 */
export const MENTORING_PARAMETERS = {
  /** Longest meeting that can be recorded, in minutes: a long day out. */
  meetingMaxMinutes: 600,
} as const;

/** Mentoring is for children of the data bank and for care leavers, who left it at majority (M-AGE bounds the age). */
export function menteeStatusProblem(status: ChildStatus, exitReason?: DataBankExitReason): FieldProblem | null {
  if (status === ChildStatus.LEFT_DATA_BANK && exitReason === DataBankExitReason.REACHED_MAJORITY) return null;
  if (status === ChildStatus.LEFT_DATA_BANK || status === ChildStatus.ADOPTED) return { field: 'childId', message: 'Mentoring is for children of the data bank and care leavers' };
  return null;
}

/** Meetings are recorded for active mentorships, on a day between the start and today. */
export function meetingProblem(mentorship: { status: MentorshipStatus; startedAt?: string | null }, date: string, today: string): FieldProblem | null {
  if (mentorship.status !== MentorshipStatus.ACTIVE) return { field: 'mentorshipId', message: 'Meetings are recorded for active mentorships only' };
  if (date > today) return { field: 'date', message: 'The meeting date is in the future' };
  if (mentorship.startedAt && date < mentorship.startedAt) return { field: 'date', message: 'The meeting is before the mentorship started' };
  return null;
}
