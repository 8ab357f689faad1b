/** What a task asks for. The first kinds are set by law and made and closed by the service; the MANUAL_ ones are staff's own. */
export enum TaskKind {
  /** A child identified: its entry in the Republican Data Bank within 1 working day, by the end of that day in Kazakhstan. */
  DATA_BANK_REGISTRATION = 'DATA_BANK_REGISTRATION',
  /** A professional foster stay ends at 6 months (12 with a decision): decide, 30 days before its last day. */
  FOSTER_STAY_ENDING = 'FOSTER_STAY_ENDING',
  /** A family's approval lapses 12 months on: re-check it, 60 days before. */
  FAMILY_RECHECK = 'FAMILY_RECHECK',
  /** An active mentorship with no meeting for the set interval: the coordinator follows up. */
  MENTORSHIP_MEETING_DUE = 'MENTORSHIP_MEETING_DUE',
  /** A child aged 10 or more in a placement not yet active: record the child's opinion and consent before the next step. */
  CHILD_CONSENT_NEEDED = 'CHILD_CONSENT_NEEDED',
  /** An intercountry adoption: a report on the child every 6 months for 3 years, then yearly to 18. */
  ADOPTION_REPORT_DUE = 'ADOPTION_REPORT_DUE',
  /** A family's inquiry about a child not answered within its working days: answer it (done by the answer). About the family, one per inquiry. */
  INQUIRY_OVERDUE = 'INQUIRY_OVERDUE',
  MANUAL_HOME_VISIT = 'MANUAL_HOME_VISIT',
  MANUAL_DOCUMENT_REQUEST = 'MANUAL_DOCUMENT_REQUEST',
  MANUAL_CONTACT = 'MANUAL_CONTACT',
  MANUAL_OTHER = 'MANUAL_OTHER',
}

export const MANUAL_TASK_KINDS: readonly TaskKind[] = [TaskKind.MANUAL_HOME_VISIT, TaskKind.MANUAL_DOCUMENT_REQUEST, TaskKind.MANUAL_CONTACT, TaskKind.MANUAL_OTHER];

export enum TaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** The record a task is about. */
export enum TaskSubjectKind {
  Child = 'Child',
  Family = 'Family',
  Placement = 'Placement',
  Mentorship = 'Mentorship',
}

/** Which open tasks `myTasks` lists, by due date. */
export enum TaskDue {
  OVERDUE = 'OVERDUE',
  TODAY = 'TODAY',
  /** From today to the end of the week (Sunday). */
  THIS_WEEK = 'THIS_WEEK',
  ALL = 'ALL',
}
