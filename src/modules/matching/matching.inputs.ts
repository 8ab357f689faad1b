import { ArrayMaxSize, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { IsNoteText, IsPlainText } from '../../graphql/validation.js';
import { PlacementForm } from '../../shared/enums.js';

@ArgsType()
export class PlacementCandidatesArgs {
  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field(() => PlacementForm)
  form!: PlacementForm;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Evaluate the law in force on this date; today by default.' })
  asOf?: string;

  @Field({ defaultValue: false, description: 'Also list families that fail a HARD rule, with the reasons.' })
  includeIneligible!: boolean;
}

@ArgsType()
export class ChildCandidatesArgs {
  @Field(() => ID)
  @IsUUID()
  familyId!: string;

  @Field(() => PlacementForm)
  form!: PlacementForm;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;
}

@ArgsType()
export class EligibilityArgs {
  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field(() => ID)
  @IsUUID()
  familyId!: string;

  @Field(() => PlacementForm)
  form!: PlacementForm;

  @Field(() => LocalDateScalar, { nullable: true })
  asOf?: string;
}

@ArgsType()
export class MentorCandidatesArgs {
  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;
}

@ArgsType()
export class MenteeCandidatesArgs {
  @Field(() => ID)
  @IsUUID()
  mentorId!: string;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;
}

@ArgsType()
export class ProposeAssignmentsArgs {
  @Field()
  @IsPlainText(32)
  regionCode!: string;

  @Field(() => PlacementForm)
  form!: PlacementForm;
}

@InputType({ description: 'The registry default is used for anything left out.' })
export class RulePolicyInput {
  @Field()
  @IsPlainText(32)
  code!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Only the parameters the rule declares, with the same types.' })
  params?: Record<string, unknown>;

  @Field(() => LocalDateScalar, { nullable: true })
  validFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  validTo?: string;

  @Field({ nullable: true })
  enabled?: boolean;
}

@InputType({ description: 'A new policy version replacing the current one as a whole.' })
export class UpdateMatchingPolicyInput {
  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => [RulePolicyInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  rules!: RulePolicyInput[];

  @Field(() => String, { nullable: true, description: 'Why: e.g. the law or order that changed.' })
  @IsNoteText(1000)
  note?: string;
}

@InputType({ description: 'Goes past an overridable rule: a court decision for A-AGE, a recorded reason for SIB.' })
export class RuleOverrideInput {
  @Field()
  @IsPlainText(32)
  code!: string;

  @Field()
  @IsNoteText(1000)
  reason!: string;

  @Field(() => String, { nullable: true })
  @IsPlainText(100)
  courtDecisionReference?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  courtDecisionDate?: string;
}
