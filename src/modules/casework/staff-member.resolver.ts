import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import type { User } from '../identity/user.entity.js';
import { DistrictType } from '../regions/district.type.js';
import { RegionType } from '../regions/region.type.js';
import { caseWorkersOf } from './caseload.service.js';
import { StaffMemberType } from './staff-member.type.js';

@Resolver(() => StaffMemberType)
export class StaffMemberResolver {
  // The colleagues a case can be handed to; across a border the receiver's id comes from an administrator.
  @Authorized(rolesFor('Query.staffMembers'))
  @Query(() => [StaffMemberType], { description: 'The enabled social workers, coordinators and supervisors of a region, by name: your own region; any for an administrator.' })
  staffMembers(@Ctx() ctx: Context, @Arg('regionCode') regionCode: string) {
    return caseWorkersOf(ctx, regionCode);
  }

  @FieldResolver(() => Boolean, { description: 'False once the account is disabled: its cases wait for a transfer.' })
  active(@Root() user: User) {
    return !user.disabled;
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() user: User, @Ctx() ctx: Context) {
    return user.region ? ctx.loaders.region.load(user.region.code) : null;
  }

  @FieldResolver(() => DistrictType, { nullable: true, description: 'Null: the whole region.' })
  district(@Root() user: User, @Ctx() ctx: Context) {
    return user.district ? ctx.loaders.district.load(user.district.code) : null;
  }
}
