import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { CaseloadType } from './caseload.type.js';
import { myCaseload, regionCaseloads } from './caseload.service.js';

@Resolver(() => CaseloadType)
export class CaseloadResolver {
  @Authorized(rolesFor('Query.myCaseload'))
  @Query(() => CaseloadType, { description: 'Your own cases, counted.' })
  myCaseload(@Ctx() ctx: Context) {
    return myCaseload(ctx);
  }

  @Authorized(rolesFor('Query.caseloads'))
  @Query(() => [CaseloadType], { description: 'The caseload of every worker, coordinator and supervisor of a region: a supervisor’s own region.' })
  caseloads(@Ctx() ctx: Context, @Arg('regionCode') regionCode: string) {
    return regionCaseloads(ctx, regionCode);
  }
}
