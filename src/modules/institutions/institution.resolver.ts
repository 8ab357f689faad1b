import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { DistrictType } from '../regions/district.type.js';
import { RegionType } from '../regions/region.type.js';
import type { Institution } from './institution.entity.js';
import { InstitutionFilter, RegisterInstitutionInput, UpdateInstitutionInput } from './institution.inputs.js';
import { getInstitution, listInstitutions, registerInstitution, updateInstitution } from './institution.service.js';
import { InstitutionType } from './institution.type.js';

@ObjectType()
export class InstitutionConnection extends ConnectionType(InstitutionType, 'Institution') {}

@Resolver(() => InstitutionType)
export class InstitutionResolver {
  @Authorized(rolesFor('Query.institution'))
  @Query(() => InstitutionType, { description: 'An institution of any region: the registry is public information.' })
  institution(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return getInstitution(ctx, id);
  }

  @Authorized(rolesFor('Query.institutions'))
  @Query(() => InstitutionConnection)
  institutions(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => InstitutionFilter, { nullable: true }) filter?: InstitutionFilter) {
    return listInstitutions(ctx, filter, page);
  }

  @Authorized(rolesFor('Mutation.registerInstitution'))
  @Mutation(() => InstitutionType, { description: 'Administrators, and social workers of the institution’s region (of its district, for district staff).' })
  registerInstitution(@Ctx() ctx: Context, @Arg('input') input: RegisterInstitutionInput) {
    return registerInstitution(ctx, input);
  }

  @Authorized(rolesFor('Mutation.updateInstitution'))
  @Mutation(() => InstitutionType, { description: 'Administrators, and social workers of the institution’s region (of its district, for district staff).' })
  updateInstitution(@Ctx() ctx: Context, @Arg('input') input: UpdateInstitutionInput) {
    return updateInstitution(ctx, input);
  }

  @FieldResolver(() => RegionType)
  region(@Root() institution: Institution, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(institution.region.code);
  }

  @FieldResolver(() => DistrictType, { nullable: true, description: 'Null: of regional subordination.' })
  district(@Root() institution: Institution, @Ctx() ctx: Context) {
    return institution.district ? ctx.loaders.district.load(institution.district.code) : null;
  }
}
