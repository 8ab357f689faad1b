import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { ChildType } from '../children/child.type.js';
import { FamilyType } from '../families/family.type.js';
import { MentorType } from '../mentors/mentor.type.js';

export enum RuleKindEnum {
  HARD = 'HARD',
  SOFT = 'SOFT',
  ACTION = 'ACTION',
}

export enum RuleOutcomeEnum {
  PASS = 'PASS',
  FAIL = 'FAIL',
  NEEDS_ACTION = 'NEEDS_ACTION',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

registerEnumType(RuleKindEnum, { name: 'RuleKind', description: 'HARD blocks, SOFT ranks, ACTION must be done before the placement advances.' });
registerEnumType(RuleOutcomeEnum, { name: 'RuleOutcome' });

@ObjectType('RuleReason', { description: 'What one rule concluded about a pair, in plain words.' })
export class RuleReasonType {
  @Field()
  code!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => RuleKindEnum)
  kind!: RuleKindEnum;

  @Field(() => RuleOutcomeEnum)
  outcome!: RuleOutcomeEnum;

  @Field()
  message!: string;

  @Field()
  legalBasis!: string;

  @Field({ description: 'A failure set aside by a recorded override (court decision or reason).' })
  overridden!: boolean;
}

@ObjectType('Eligibility')
export class EligibilityType {
  @Field({ description: 'No HARD rule fails (overridden failures excepted).' })
  eligible!: boolean;

  @Field(() => Float, { description: '0–100 from the SOFT rules and their weights.' })
  score!: number;

  @Field(() => [String], { description: 'ACTION rules still open: record these before the placement advances.' })
  pendingActions!: string[];

  @Field(() => [RuleReasonType])
  reasons!: RuleReasonType[];

  @Field(() => Int, { description: 'The matching policy version the rules were evaluated under.' })
  policyVersion!: number;

  @Field(() => LocalDateScalar)
  asOf!: string;
}

@ObjectType('PlacementCandidate')
export class PlacementCandidateType extends EligibilityType {
  @Field(() => FamilyType)
  family!: FamilyType;
}

@ObjectType('ChildCandidate', { description: 'A child, or a sibling group matched as one, that a family could take.' })
export class ChildCandidateType extends EligibilityType {
  @Field(() => ChildType, { description: 'The first child of the unit.' })
  child!: ChildType;

  @Field(() => [ChildType], { description: 'Every child of the unit (the sibling group), the first included.' })
  children!: ChildType[];
}

@ObjectType('MentorCandidate')
export class MentorCandidateType extends EligibilityType {
  @Field(() => MentorType)
  mentor!: MentorType;
}

@ObjectType('MenteeCandidate')
export class MenteeCandidateType extends EligibilityType {
  @Field(() => ChildType)
  child!: ChildType;
}

@ObjectType('PolicyRule', { description: 'A rule of the registry with the parameters and validity in force.' })
export class PolicyRuleType {
  @Field()
  code!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  description!: string;

  @Field()
  legalBasis!: string;

  @Field({ description: 'high: read in the legal text; medium: official summaries; low: a single secondary source.' })
  confidence!: string;

  @Field(() => RuleKindEnum)
  kind!: RuleKindEnum;

  @Field(() => [String])
  forms!: string[];

  @Field(() => LocalDateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validTo?: string | null;

  @Field()
  enabled!: boolean;

  @Field(() => GraphQLJSONObject, { description: 'Parameters in force (defaults merged with the policy); SOFT rules carry a weight.' })
  params!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'COURT_DECISION or RECORDED_REASON when a failure may be overridden.' })
  override?: string | null;
}

@ObjectType('MatchingPolicy')
export class MatchingPolicyType {
  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [PolicyRuleType])
  rules!: PolicyRuleType[];
}

@ObjectType('AssignmentProposal')
export class AssignmentProposalType {
  @Field(() => [ChildType], { description: 'A child or a whole sibling group.' })
  children!: ChildType[];

  @Field(() => FamilyType)
  family!: FamilyType;

  @Field(() => Float)
  score!: number;
}

@ObjectType('AssignmentPlan', { description: 'Proposals only: nothing is written until a worker proposes each placement.' })
export class AssignmentPlanType {
  @Field()
  regionCode!: string;

  @Field(() => [AssignmentProposalType])
  proposals!: AssignmentProposalType[];

  @Field(() => Float, { description: 'Sum of the proposals’ scores: the maximum possible.' })
  totalScore!: number;

  @Field(() => Float, { description: 'What taking the best remaining pair each time would have reached.' })
  greedyTotalScore!: number;

  @Field(() => Int, { description: 'Waiting children for whom no eligible family was left.' })
  unassignedChildren!: number;

  @Field(() => Int)
  policyVersion!: number;
}
