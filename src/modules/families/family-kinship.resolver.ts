import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ChildType } from '../children/child.type.js';
import { FamilyKinship } from './family-kinship.entity.js';
import { FamilyKinshipType } from './family.type.js';

@Resolver(() => FamilyKinshipType)
export class FamilyKinshipResolver {
  @FieldResolver(() => ChildType, { nullable: true, description: 'Null, with FORBIDDEN, when the child is not yours to see.' })
  child(@Root() kinship: FamilyKinship, @Ctx() ctx: Context) {
    return ctx.loaders.child.load(kinship.child.id);
  }
}
