import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { assignedWorkerOf } from '../casework/assignment.js';
import { StaffMemberType } from '../casework/staff-member.type.js';
import type { Context } from '../../graphql/context.js';
import { ApplicantIdentityCorrectionInput } from '../../graphql/person.inputs.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { PlacementType } from '../placements/placement.type.js';
import { DistrictType } from '../regions/district.type.js';
import { RegionType } from '../regions/region.type.js';
import { Family } from './family.entity.js';
import { FamilyFilter, RecordApplicantChecksInput, RecordFamilyAssessmentInput, RegisterFamilyInput, UpdateFamilyInput } from './family.inputs.js';
import { correctApplicantIdentity, getFamily, getMyFamily, listFamilies, recordApplicantChecks, recordFamilyAssessment, registerFamily, updateFamily } from './family.service.js';
import { AuditFamilyRead, FamilyApplicantType, FamilyKinshipType, FamilyType, HouseholdMemberType } from './family.type.js';

@ObjectType()
export class FamilyConnection extends ConnectionType(FamilyType, 'Family') {}

@Resolver(() => FamilyType)
export class FamilyResolver {
  @Authorized(rolesFor('Query.family'))
  @Query(() => FamilyType, { description: 'A family of your region (any region for administrators); a family account sees only its own.' })
  family(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return getFamily(ctx, id);
  }

  @Authorized(rolesFor('Query.families'))
  @Query(() => FamilyConnection)
  families(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => FamilyFilter, { nullable: true }) filter?: FamilyFilter) {
    return listFamilies(ctx, filter, page);
  }

  @Authorized(rolesFor('Query.myFamily'))
  @Query(() => FamilyType, { nullable: true, description: 'The signed-in family’s own record.' })
  myFamily(@Ctx() ctx: Context) {
    return getMyFamily(ctx);
  }

  @Authorized(rolesFor('Mutation.registerFamily'))
  @Mutation(() => FamilyType, { description: 'A new candidate family; it starts APPLIED.' })
  registerFamily(@Ctx() ctx: Context, @Arg('input') input: RegisterFamilyInput) {
    return registerFamily(ctx, input);
  }

  @Authorized(rolesFor('Mutation.updateFamily'))
  @Mutation(() => FamilyType)
  updateFamily(@Ctx() ctx: Context, @Arg('input') input: UpdateFamilyInput) {
    return updateFamily(ctx, input);
  }
  @UseMiddleware(AuditFamilyRead)
  @FieldResolver(() => [HouseholdMemberType])
  householdMembers(@Root() family: Family) {
    return family.householdMembers ?? [];
  }


  @Authorized(rolesFor('Mutation.recordFamilyAssessment'))
  @Mutation(() => FamilyType, { description: 'Moves the family through its assessment; approval lasts 12 months.' })
  recordFamilyAssessment(@Ctx() ctx: Context, @Arg('input') input: RecordFamilyAssessmentInput) {
    return recordFamilyAssessment(ctx, input);
  }

  @Authorized(rolesFor('Mutation.recordApplicantChecks'))
  @Mutation(() => FamilyType, { description: 'Records background-check results of an applicant (criminal record, medical, registers).' })
  recordApplicantChecks(@Ctx() ctx: Context, @Arg('input') input: RecordApplicantChecksInput) {
    return recordApplicantChecks(ctx, input);
  }

  @Authorized(rolesFor('Mutation.correctApplicantIdentity'))
  @Mutation(() => FamilyType, { description: 'Corrects an applicant’s IIN, names, birth date or sex, with the reason; audited with it.' })
  correctApplicantIdentity(@Ctx() ctx: Context, @Arg('input') input: ApplicantIdentityCorrectionInput) {
    return correctApplicantIdentity(ctx, input);
  }


  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'The worker who owns the case; null: unassigned.' })
  assignedWorker(@Root() family: Family, @Ctx() ctx: Context) {
    return assignedWorkerOf(family, ctx);
  }

  @FieldResolver(() => RegionType)
  region(@Root() family: Family, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(family.region.code);
  }

  @FieldResolver(() => DistrictType, { nullable: true, description: 'The district assessing the family; null: kept at region level.' })
  district(@Root() family: Family, @Ctx() ctx: Context) {
    return family.district ? ctx.loaders.district.load(family.district.code) : null;
  }

  @FieldResolver(() => [FamilyApplicantType], { description: 'In the order they applied.' })
  applicants(@Root() family: Family, @Ctx() ctx: Context) {
    return ctx.loaders.applicantsByFamily.load(family.id);
  }

  @FieldResolver(() => [FamilyKinshipType], { description: 'Children of the data bank the family is related to.' })
  kinships(@Root() family: Family, @Ctx() ctx: Context) {
    return ctx.loaders.kinshipsByFamily.load(family.id);
  }

  @Authorized(rolesFor('Family.placements'))
  @FieldResolver(() => [PlacementType], { description: 'Newest first.' })
  placements(@Root() family: Family, @Ctx() ctx: Context) {
    return ctx.loaders.placementsByFamily.load(family.id);
  }
}
