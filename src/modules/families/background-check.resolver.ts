import { FieldResolver, Resolver, Root } from 'type-graphql';
import { openCheckDetail } from './check-detail.js';
import type { BackgroundCheck } from './family.embeddables.js';
import { BackgroundCheckType } from './family.type.js';

@Resolver(() => BackgroundCheckType)
export class BackgroundCheckResolver {
  /** Stored sealed; opened only here, after the field's role check (see BackgroundCheckType). */
  @FieldResolver(() => String, { nullable: true })
  detail(@Root() check: BackgroundCheck): string | null {
    return openCheckDetail(check.detail);
  }
}
