import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { AuditRecordRead } from '../audit/read-audit.js';
import type { Family } from '../families/family.entity.js';
import { FamilyType } from '../families/family.type.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { FamilyChangeRequest } from './family-change-request.entity.js';
import { FamilyChangeRequestFilter, ReviewFamilyChangesInput, SubmitFamilyChangesInput } from './family-change.inputs.js';
import { inConflict, FieldDecision } from './family-change.rules.js';
import { currentValues, listFamilyChangeRequests, reviewFamilyChanges, submitFamilyChanges } from './family-change.service.js';
import { FamilyChangeRequestType, FamilyFieldChangeType, FieldProvenanceType } from './family-change.type.js';

@ObjectType()
export class FamilyChangeRequestConnection extends ConnectionType(FamilyChangeRequestType, 'FamilyChangeRequest') {}

@Resolver(() => FamilyChangeRequestType)
export class FamilyChangeRequestResolver {
  @Authorized(rolesFor('Query.familyChangeRequests'))
  @Query(() => FamilyChangeRequestConnection, { description: "The review queue (staff: the families of your region), or a family's own requests, oldest first." })
  familyChangeRequests(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => FamilyChangeRequestFilter, { nullable: true }) filter?: FamilyChangeRequestFilter) {
    return listFamilyChangeRequests(ctx, filter, page);
  }

  @Authorized(rolesFor('Mutation.submitFamilyChanges'))
  @Mutation(() => FamilyChangeRequestType, { description: 'A family proposes changes to its own record; they wait for its worker, and matching and staff see the record as it was until then.' })
  submitFamilyChanges(@Ctx() ctx: Context, @Arg('input') input: SubmitFamilyChangesInput) {
    return submitFamilyChanges(ctx, input);
  }

  @Authorized(rolesFor('Mutation.reviewFamilyChanges'))
  @Mutation(() => FamilyChangeRequestType, { description: "Accepts or rejects (with a reason the family reads) fields of a family's change request." })
  reviewFamilyChanges(@Ctx() ctx: Context, @Arg('input') input: ReviewFamilyChangesInput) {
    return reviewFamilyChanges(ctx, input);
  }

  @FieldResolver(() => FamilyType)
  family(@Root() request: FamilyChangeRequest, @Ctx() ctx: Context) {
    return ctx.loaders.family.load(request.family.id);
  }

  @UseMiddleware(AuditRecordRead('family-change-request.read-personal', 'FamilyChangeRequest'))
  @FieldResolver(() => [FamilyFieldChangeType], { description: 'Each field proposed, with the value read, the value proposed, the value the record holds now and the decision.' })
  async fields(@Root() request: FamilyChangeRequest, @Ctx() ctx: Context): Promise<FamilyFieldChangeType[]> {
    const family = await ctx.loaders.family.load(request.family.id);
    if (!family) throw new Error('A change request refers to a missing family');
    const current = currentValues(family);
    return request.fields.map((field) => ({
      field: field.field,
      readValue: field.read,
      proposedValue: field.proposed,
      currentValue: current[field.field],
      conflict: field.decision === FieldDecision.PENDING ? inConflict(field, current) : Boolean(field.conflict),
      decision: field.decision,
      standingValue: field.standing,
      rejectionReason: field.reason,
      reviewedAt: field.reviewedAt ? new Date(field.reviewedAt) : undefined,
      reviewedById: field.reviewedBy,
      supersededById: field.supersededBy,
    }));
  }
}

@Resolver(() => FamilyType)
export class FamilyProvenanceResolver {
  @FieldResolver(() => [FieldProvenanceType], { description: 'Who set the current value of each field, when, and through which mutation or change request.' })
  provenance(@Root() family: Family, @Ctx() ctx: Context) {
    return ctx.loaders.familyProvenance.load(family);
  }

  @FieldResolver(() => [FamilyChangeRequestType], { description: 'The change requests of the family still waiting for a review, oldest first: what the family has asked and its worker has yet to decide.' })
  pendingChanges(@Root() family: Family, @Ctx() ctx: Context) {
    return ctx.loaders.pendingChangesByFamily.load(family.id);
  }
}
