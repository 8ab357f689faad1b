import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { Role } from '../../shared/enums.js';
import { PLACEMENT_ROLES } from '../identity/access-policy.js';
import { PlacementType } from '../placements/placement.type.js';
import { RegionType } from '../regions/region.type.js';
import { Family } from './family.entity.js';
import { FamilyFilter, RecordApplicantChecksInput, RecordFamilyAssessmentInput, RegisterFamilyInput, UpdateFamilyInput, UpdateMyFamilyProfileInput } from './family.inputs.js';
import { getFamily, getMyFamily, listFamilies, recordApplicantChecks, recordFamilyAssessment, registerFamily, updateFamily, updateMyFamilyProfile } from './family.service.js';
import { FamilyApplicantType, FamilyKinshipType, FamilyType } from './family.type.js';

/** Families are assessed and placed by the same staff who place children. */
const FAMILY_STAFF_ROLES = PLACEMENT_ROLES;
/** Staff of the family's region, administrators, and the family itself. */
const FAMILY_READER_ROLES = [...PLACEMENT_ROLES, Role.FAMILY];

@ObjectType()
export class FamilyConnection extends ConnectionType(FamilyType, 'Family') {}

@Resolver(() => FamilyType)
export class FamilyResolver {
  @Authorized(FAMILY_READER_ROLES)
  @Query(() => FamilyType, { description: 'A family of your region (any region for administrators); a family account sees only its own.' })
  family(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return getFamily(ctx, id);
  }

  @Authorized(FAMILY_STAFF_ROLES)
  @Query(() => FamilyConnection)
  families(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => FamilyFilter, { nullable: true }) filter?: FamilyFilter) {
    return listFamilies(ctx, filter, page);
  }

  @Authorized([Role.FAMILY])
  @Query(() => FamilyType, { nullable: true, description: 'The signed-in family’s own record.' })
  myFamily(@Ctx() ctx: Context) {
    return getMyFamily(ctx);
  }

  @Authorized(FAMILY_STAFF_ROLES)
  @Mutation(() => FamilyType, { description: 'A new candidate family; it starts APPLIED.' })
  registerFamily(@Ctx() ctx: Context, @Arg('input') input: RegisterFamilyInput) {
    return registerFamily(ctx, input);
  }

  @Authorized(FAMILY_STAFF_ROLES)
  @Mutation(() => FamilyType)
  updateFamily(@Ctx() ctx: Context, @Arg('input') input: UpdateFamilyInput) {
    return updateFamily(ctx, input);
  }

  @Authorized(FAMILY_STAFF_ROLES)
  @Mutation(() => FamilyType, { description: 'Moves the family through its assessment; approval lasts 12 months.' })
  recordFamilyAssessment(@Ctx() ctx: Context, @Arg('input') input: RecordFamilyAssessmentInput) {
    return recordFamilyAssessment(ctx, input);
  }

  @Authorized(FAMILY_STAFF_ROLES)
  @Mutation(() => FamilyType, { description: 'Records background-check results of an applicant (criminal record, medical, registers).' })
  recordApplicantChecks(@Ctx() ctx: Context, @Arg('input') input: RecordApplicantChecksInput) {
    return recordApplicantChecks(ctx, input);
  }

  @Authorized([Role.FAMILY])
  @Mutation(() => FamilyType, { description: 'A family edits its own contacts, preferences and availability.' })
  updateMyFamilyProfile(@Ctx() ctx: Context, @Arg('input') input: UpdateMyFamilyProfileInput) {
    return updateMyFamilyProfile(ctx, input);
  }

  @FieldResolver(() => RegionType)
  region(@Root() family: Family, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(family.region.code);
  }

  @FieldResolver(() => [FamilyApplicantType], { description: 'In the order they applied.' })
  applicants(@Root() family: Family, @Ctx() ctx: Context) {
    return ctx.loaders.applicantsByFamily.load(family.id);
  }

  @FieldResolver(() => [FamilyKinshipType], { description: 'Children of the data bank the family is related to.' })
  kinships(@Root() family: Family, @Ctx() ctx: Context) {
    return ctx.loaders.kinshipsByFamily.load(family.id);
  }

  @Authorized(FAMILY_READER_ROLES)
  @FieldResolver(() => [PlacementType], { description: 'Newest first.' })
  placements(@Root() family: Family, @Ctx() ctx: Context) {
    return ctx.loaders.placementsByFamily.load(family.id);
  }
}
