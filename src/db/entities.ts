import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { AuditReason } from '../modules/audit/audit-reason.entity.js';
import { CaseTransfer } from '../modules/casework/case-transfer.entity.js';
import { Child } from '../modules/children/child.entity.js';
import { SiblingGroup } from '../modules/children/sibling-group.entity.js';
import { Document } from '../modules/documents/document.entity.js';
import { RecordChange } from '../modules/history/record-change.entity.js';
import { FamilyPreferences, Housing } from '../modules/families/family.embeddables.js';
import { FamilyApplicant } from '../modules/families/family-applicant.entity.js';
import { FamilyKinship } from '../modules/families/family-kinship.entity.js';
import { Family } from '../modules/families/family.entity.js';
import { FamilyChangeRequest } from '../modules/family-changes/family-change-request.entity.js';
import { Inquiry } from '../modules/inquiries/inquiry.entity.js';
import { AccountToken } from '../modules/identity/account-token.entity.js';
import { LimitAttempt } from '../modules/identity/limit-attempt.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { Institution } from '../modules/institutions/institution.entity.js';
import { MatchingPolicyVersion } from '../modules/matching/matching-policy.entity.js';
import { Mentor } from '../modules/mentors/mentor.entity.js';
import { MentorshipMeeting } from '../modules/mentorships/mentorship-meeting.entity.js';
import { Mentorship } from '../modules/mentorships/mentorship.entity.js';
import { NotificationOutbox } from '../modules/notifications/notification-outbox.entity.js';
import { PlacementTransition } from '../modules/placements/placement-transition.entity.js';
import { Placement } from '../modules/placements/placement.entity.js';
import { District } from '../modules/regions/district.entity.js';
import { Region } from '../modules/regions/region.entity.js';
import { Task } from '../modules/tasks/task.entity.js';

/** Listed explicitly: folder discovery differs between compiled ESM and the test transformer. */
export const entities = [
  Region,
  District,
  Institution,
  Child,
  SiblingGroup,
  Family,
  FamilyApplicant,
  FamilyKinship,
  FamilyChangeRequest,
  Housing,
  FamilyPreferences,
  Mentor,
  Placement,
  PlacementTransition,
  Mentorship,
  MentorshipMeeting,
  User,
  AccountToken,
  LimitAttempt,
  NotificationOutbox,
  Task,
  AuditEvent,
  AuditReason,
  RecordChange,
  MatchingPolicyVersion,
  CaseTransfer,
  Inquiry,
  Document,
];
