import { Authorized, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import { AuditRead } from '../audit/read-audit.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { openCheckDetail } from './check-detail.js';
import { CHECKS_READ_ACTION, type ApplicantCheck } from './family-applicant.resolver.js';
import { BackgroundCheckType } from './family.type.js';

@Resolver(() => BackgroundCheckType)
export class BackgroundCheckResolver {
  /** Stored sealed; opened only here, after the role check. Each read is audited under the applicant. */
  @Authorized(rolesFor('BackgroundCheck.detail'))
  @UseMiddleware(AuditRead<ApplicantCheck>({ action: CHECKS_READ_ACTION, entityName: 'FamilyApplicant', entityId: (check) => check.applicantId, field: 'checks.detail' }))
  @FieldResolver(() => String, { nullable: true, description: 'Sensitive: assessors only.' })
  detail(@Root() check: ApplicantCheck): string | null {
    return openCheckDetail(check.detail);
  }
}
