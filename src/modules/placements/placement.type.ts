import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { PlacementForm } from '../../shared/enums.js';
import { DecisionKind, PlacementEndReason, PlacementStatus } from './placement.enums.js';

registerEnumType(PlacementStatus, { name: 'PlacementStatus' });
registerEnumType(PlacementEndReason, { name: 'PlacementEndReason' });
registerEnumType(DecisionKind, { name: 'DecisionKind' });

@ObjectType('PlacementTransition', { description: 'One recorded step of a placement.' })
export class PlacementTransitionType {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => PlacementStatus, { nullable: true })
  from?: PlacementStatus;

  @Field(() => PlacementStatus)
  to!: PlacementStatus;

  @Field(() => String, { nullable: true })
  note?: string;
}

/** A child with a family in one form. Child, family and transitions are resolved in PlacementResolver. */
@ObjectType('Placement')
export class PlacementType {
  @Field(() => ID)
  id!: string;

  @Field(() => PlacementForm)
  form!: PlacementForm;

  @Field(() => PlacementStatus)
  status!: PlacementStatus;

  @Field(() => DecisionKind, { nullable: true })
  decisionKind?: DecisionKind;

  @Field(() => String, { nullable: true, description: 'Court decision or contract number.' })
  decisionReference?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  decisionDate?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  startedAt?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  endedAt?: string;

  @Field(() => PlacementEndReason, { nullable: true })
  endReason?: PlacementEndReason;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;
}
