import { Authorized, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import { AuditRead } from '../audit/read-audit.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import type { ApplicantCheck } from './family-applicant.resolver.js';
import { APPLICANT_READ_ACTION, BackgroundCheckType } from './family.type.js';

@Resolver(() => BackgroundCheckType)
export class BackgroundCheckResolver {
  /** Assessors only; each read is audited under the applicant. */
  @Authorized(rolesFor('BackgroundCheck.detail'))
  @UseMiddleware(AuditRead<ApplicantCheck>({ action: APPLICANT_READ_ACTION, entityName: 'FamilyApplicant', entityId: (check) => check.applicantId, field: 'checks.detail' }))
  @FieldResolver(() => String, { nullable: true, description: 'Sensitive: assessors only.' })
  detail(@Root() check: ApplicantCheck): string | null {
    return check.detail ?? null;
  }
}
