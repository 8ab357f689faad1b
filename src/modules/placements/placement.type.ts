import { Authorized, Field, Float, ID, Int, ObjectType, registerEnumType, UseMiddleware } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { PlacementForm } from '../../shared/enums.js';
import { AuditRecordRead } from '../audit/read-audit.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { RuleOutcomeEnum } from '../matching/matching.type.js';
import { DecisionKind, PlacementEndReason, PlacementStatus } from './placement.enums.js';

registerEnumType(PlacementStatus, { name: 'PlacementStatus' });
registerEnumType(PlacementEndReason, { name: 'PlacementEndReason' });
registerEnumType(DecisionKind, { name: 'DecisionKind' });

const AuditPlacementRead = AuditRecordRead('placement.read-personal', 'Placement');

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

  @Authorized(rolesFor('PlacementTransition.note'))
  @UseMiddleware(AuditRecordRead('placement-transition.read-personal', 'PlacementTransition'))
  @Field(() => String, { nullable: true, description: 'Staff only.' })
  note?: string;
}

@ObjectType('RuleOverride', { description: 'An exception recorded to go past an overridable rule.' })
export class RuleOverrideType {
  @Field()
  code!: string;

  @Field()
  reason!: string;

  @Field(() => String, { nullable: true })
  courtDecisionReference?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  courtDecisionDate?: string;
}

@ObjectType('RuleOutcomeRecord')
export class RuleOutcomeRecordType {
  @Field()
  code!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => RuleOutcomeEnum)
  outcome!: RuleOutcomeEnum;

  @Field()
  overridden!: boolean;
}

@ObjectType('PlacementEvaluation', { description: 'The evaluation the placement was proposed under, kept to explain the decision later.' })
export class PlacementEvaluationType {
  @Field(() => Int)
  policyVersion!: number;

  @Field(() => LocalDateScalar)
  asOf!: string;

  @Field()
  eligible!: boolean;

  @Field(() => Float)
  score!: number;

  @Field(() => [RuleOutcomeRecordType])
  rules!: RuleOutcomeRecordType[];

  @Field(() => [RuleOverrideType])
  overrides!: RuleOverrideType[];
}

@ObjectType('ChildConsent', { description: 'A-CONSENT: consent (adoption) or opinion (other forms) of a child aged 10+.' })
export class ChildConsentType {
  @Field()
  kind!: string;

  @Field(() => LocalDateScalar)
  recordedAt!: string;
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

  @UseMiddleware(AuditPlacementRead)
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

  @Field(() => LocalDateScalar, { nullable: true, description: 'P-STAY: the last day of a professional foster family’s stay (6 months from the start, 12 once extended).' })
  endsOn?: string;

  @Field({ description: 'An active stay past its last day (endsOn), as of today.' })
  overdue!: boolean;

  @UseMiddleware(AuditPlacementRead)
  @Field(() => String, { nullable: true, description: 'Number of the decision that extended the stay.' })
  extensionDecisionReference?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  extensionDecisionDate?: string;

  @Authorized(rolesFor('Placement.evaluation'))
  @UseMiddleware(AuditPlacementRead)
  @Field(() => PlacementEvaluationType, { nullable: true, description: 'Staff only.' })
  evaluation?: PlacementEvaluationType;

  @Field(() => [ChildConsentType])
  childConsents!: ChildConsentType[];

  @UseMiddleware(AuditPlacementRead)
  @Field(() => String, { nullable: true })
  foreignPlacementConclusion?: string;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;
}
