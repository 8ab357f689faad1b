import { fullYearsBetween } from '../../shared/dates.js';
import { CheckResult } from '../../shared/enums.js';
import { ChildStatus } from '../children/child.enums.js';
import type { FieldProblem } from '../../shared/app-error.js';
import { MentorshipStatus } from './mentorship.enums.js';

/**
 * Who may be matched in a mentorship (наставничество). Minimal on purpose: the eligibility
 * engine with versioned, dated rules comes later; the parameters already sit apart as data.
 */
export const MENTORING_PARAMETERS = {
  /** M-AGE: mentees are children aged 10 and over (medium confidence; upper age unknown). */
  menteeMinAge: 10,
  /** Longest meeting that can be recorded, in minutes: a long day out. */
  meetingMaxMinutes: 600,
} as const;

export interface MenteeFacts {
  birthDate: string;
  status: ChildStatus;
}

export interface MentorFacts {
  available: boolean;
  backgroundCheckResult: CheckResult;
  trainingCertificateDate?: string | null;
  maxMentees: number;
  /** Mentorships of this mentor not yet CLOSED. */
  openMentorships: number;
}

/** M-AGE, and only children of the data bank: care leavers are out of scope until the rule is settled. */
export function menteeProblem(child: MenteeFacts, today: string): FieldProblem | null {
  if (child.status === ChildStatus.LEFT_DATA_BANK || child.status === ChildStatus.ADOPTED) {
    return { field: 'childId', message: 'Mentoring is for children of the data bank' };
  }
  if (fullYearsBetween(child.birthDate, today) < MENTORING_PARAMETERS.menteeMinAge) {
    return { field: 'childId', message: `Mentees are children aged ${MENTORING_PARAMETERS.menteeMinAge} or over` };
  }
  return null;
}

/** M-CERT and the mentor's own limits: cleared, certified, available, below their number of mentees. */
export function mentorProblem(mentor: MentorFacts): FieldProblem | null {
  if (!mentor.available) return { field: 'mentorId', message: 'The mentor is not available' };
  if (mentor.backgroundCheckResult !== CheckResult.CLEAR) return { field: 'mentorId', message: 'The mentor’s background check is not clear' };
  if (!mentor.trainingCertificateDate) return { field: 'mentorId', message: 'The mentor has no training certificate' };
  if (mentor.openMentorships >= mentor.maxMentees) return { field: 'mentorId', message: 'The mentor already has as many mentees as they can take' };
  return null;
}

export function mentorshipProposalProblems(child: MenteeFacts, mentor: MentorFacts, today: string): FieldProblem[] {
  return [menteeProblem(child, today), mentorProblem(mentor)].filter((p): p is FieldProblem => p !== null);
}

/** Meetings are recorded for active mentorships, on a day between the start and today. */
export function meetingProblem(mentorship: { status: MentorshipStatus; startedAt?: string | null }, date: string, today: string): FieldProblem | null {
  if (mentorship.status !== MentorshipStatus.ACTIVE) return { field: 'mentorshipId', message: 'Meetings are recorded for active mentorships only' };
  if (date > today) return { field: 'date', message: 'The meeting date is in the future' };
  if (mentorship.startedAt && date < mentorship.startedAt) return { field: 'date', message: 'The meeting is before the mentorship started' };
  return null;
}
