import { Authorized, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import { AuditRead } from '../audit/read-audit.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import type { FamilyApplicant } from './family-applicant.entity.js';
import type { BackgroundCheck } from './family.embeddables.js';
import { APPLICANT_READ_ACTION, BackgroundCheckType, FamilyApplicantType } from './family.type.js';

/** A check as the API hands it out: with its applicant, so that reading its detail is filed under them. */
export type ApplicantCheck = BackgroundCheck & { applicantId: string };

@Resolver(() => FamilyApplicantType)
export class FamilyApplicantResolver {
  /** Every read is audited, once per applicant and request. */
  @Authorized(rolesFor('FamilyApplicant.checks'))
  @UseMiddleware(AuditRead<FamilyApplicant>({ action: APPLICANT_READ_ACTION, entityName: 'FamilyApplicant', entityId: (applicant) => applicant.id }))
  @FieldResolver(() => [BackgroundCheckType], { nullable: true, description: 'Criminal record, medical and register checks: assessors only.' })
  checks(@Root() applicant: FamilyApplicant): ApplicantCheck[] {
    return applicant.checks.map((check) => ({ ...check, applicantId: applicant.id }));
  }
}
