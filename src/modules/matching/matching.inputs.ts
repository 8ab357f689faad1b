import { ArrayMaxSize, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { IsNoteText, IsPlainText } from '../../graphql/validation.js';
import { PlacementForm } from '../../shared/enums.js';

/** Every matching query can be asked about another day: the law, the policy's windows and the ages on that date. */
@ArgsType()
class AsOfArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Evaluate the law in force on this date; today by default.' })
  asOf?: string;
}

@ArgsType()
class RankingArgs extends AsOfArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;
}

@ArgsType()
class ExplainedRankingArgs extends RankingArgs {
  @Field({ defaultValue: false, description: 'Also list candidates that fail a HARD rule, with the reasons.' })
  includeIneligible!: boolean;
}

@ArgsType()
export class PlacementCandidatesArgs extends ExplainedRankingArgs {
  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field(() => PlacementForm)
  form!: PlacementForm;
}

@ArgsType()
export class ChildCandidatesArgs extends RankingArgs {
  @Field(() => ID)
  @IsUUID()
  familyId!: string;

  @Field(() => PlacementForm)
  form!: PlacementForm;
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

  @Field(() => LocalDateScalar, { nullable: true, description: 'On or before the evaluation date: a decision not yet taken is refused.' })
  courtDecisionDate?: string;
}

@ArgsType()
export class EligibilityArgs extends AsOfArgs {
  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field(() => ID)
  @IsUUID()
  familyId!: string;

  @Field(() => PlacementForm)
  form!: PlacementForm;

  @Field(() => [RuleOverrideInput], { defaultValue: [], description: 'What if: the overrides proposePlacement would record. Nothing is written.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  overrides!: RuleOverrideInput[];

  @Field(() => String, { nullable: true, description: 'What if: PRI-2, the commission’s conclusion that no placement in Kazakhstan was possible.' })
  @IsPlainText(100)
  foreignPlacementConclusion?: string;
}

@ArgsType()
export class MentorCandidatesArgs extends ExplainedRankingArgs {
  @Field(() => ID)
  @IsUUID()
  childId!: string;
}

@ArgsType()
export class MenteeCandidatesArgs extends ExplainedRankingArgs {
  @Field(() => ID)
  @IsUUID()
  mentorId!: string;
}

@ArgsType()
export class ProposeAssignmentsArgs extends AsOfArgs {
  @Field()
  @IsPlainText(32)
  regionCode!: string;

  @Field(() => PlacementForm)
  form!: PlacementForm;
}

@ArgsType()
export class MatchingPolicyArgs {
  @Field(() => Int, { nullable: true, description: 'A past version, as it was stored; the one in force by default.' })
  @Min(1)
  version?: number;
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
