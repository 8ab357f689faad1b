import 'reflect-metadata';
import './shared-enums.js';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditEventResolver } from '../modules/audit/audit-event.resolver.js';
import { CaseloadResolver } from '../modules/casework/caseload.resolver.js';
import { StaffMemberResolver } from '../modules/casework/staff-member.resolver.js';
import { CaseTransferResolver } from '../modules/casework/transfer.resolver.js';
import { ChildResolver } from '../modules/children/child.resolver.js';
import { BackgroundCheckResolver } from '../modules/families/background-check.resolver.js';
import { FamilyApplicantResolver } from '../modules/families/family-applicant.resolver.js';
import { FamilyKinshipResolver } from '../modules/families/family-kinship.resolver.js';
import { FamilyResolver } from '../modules/families/family.resolver.js';
import { FamilyChangeRequestResolver, FamilyProvenanceResolver } from '../modules/family-changes/family-change.resolver.js';
import { documentFieldResolvers, DocumentResolver } from '../modules/documents/document.resolver.js';
import { HistoryResolver } from '../modules/history/history.resolver.js';
import { AvailabilityResolver } from '../modules/availability/availability.resolver.js';
import { InquiryResolver } from '../modules/inquiries/inquiry.resolver.js';
import { AccountsResolver } from '../modules/identity/accounts.resolver.js';
import { IdentityResolver } from '../modules/identity/identity.resolver.js';
import { MatchingResolver } from '../modules/matching/matching.resolver.js';
import { MentorResolver } from '../modules/mentors/mentor.resolver.js';
import { MentorshipResolver } from '../modules/mentorships/mentorship.resolver.js';
import { OutboxResolver } from '../modules/notifications/outbox.resolver.js';
import { TaskResolver } from '../modules/tasks/task.resolver.js';
import { RegionFiguresResolver } from '../modules/figures/region-figures.resolver.js';
import { PlacementResolver, PlacementTransitionResolver } from '../modules/placements/placement.resolver.js';
import { InstitutionResolver } from '../modules/institutions/institution.resolver.js';
import { DistrictResolver, RegionResolver } from '../modules/regions/region.resolver.js';
import { authChecker } from './auth-checker.js';
import { DateTimeScalar } from './scalars.js';
import { guardRecords } from './record-guard.js';

export const resolvers = [IdentityResolver, AccountsResolver, RegionResolver, DistrictResolver, InstitutionResolver, ChildResolver, FamilyResolver, FamilyApplicantResolver, FamilyKinshipResolver, BackgroundCheckResolver, MentorResolver, PlacementResolver, PlacementTransitionResolver, MentorshipResolver, MatchingResolver, AuditEventResolver, HistoryResolver, StaffMemberResolver, OutboxResolver, FamilyChangeRequestResolver, FamilyProvenanceResolver, TaskResolver, RegionFiguresResolver, StaffMemberResolver, CaseloadResolver, CaseTransferResolver, InquiryResolver, AvailabilityResolver, DocumentResolver, ...documentFieldResolvers] as const;

/** The schema with the record guard on every field that returns a record (record-guard.ts). */
export async function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  return guardRecords(await buildSchema({
    resolvers,
    authChecker,
    // Every Date field: DateTimeISO bounded to the years a record can hold.
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: true } : false,
    validate: { forbidUnknownValues: false, skipMissingProperties: true, validationError: { target: false, value: false } },
  }));
}
