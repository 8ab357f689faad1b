import { ArrayMaxSize, IsUUID, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { IsNoteText, IsPlainText } from '../../graphql/validation.js';
import { PlacementForm } from '../../shared/enums.js';
import { RuleOverrideInput } from '../matching/matching.inputs.js';
import { DecisionKind, PlacementEndReason, PlacementStatus } from './placement.enums.js';

@InputType()
export class ProposePlacementInput {
  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field(() => ID)
  @IsUUID()
  familyId!: string;

  @Field(() => PlacementForm)
  form!: PlacementForm;

  @Field(() => String, { nullable: true, description: 'Kept with the first transition.' })
  @IsNoteText(1000)
  note?: string;

  @Field(() => [RuleOverrideInput], { defaultValue: [], description: 'Court decision for A-AGE; a recorded reason for SIB (the siblings are then not proposed together).' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  overrides!: RuleOverrideInput[];

  @Field(() => String, { nullable: true, description: 'PRI-2: the commission’s conclusion that no placement in Kazakhstan was possible.' })
  @IsPlainText(100)
  foreignPlacementConclusion?: string;
}

@InputType({ description: 'A-CONSENT: the consent (adoption) or opinion (other forms) of a child aged 10 or more.' })
export class RecordChildConsentInput {
  @Field(() => ID)
  @IsUUID()
  placementId!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => LocalDateScalar)
  recordedAt!: string;
}

/** One step of the lifecycle; the note is kept with the recorded transition. */
@InputType()
export class PlacementStepInput {
  @Field(() => ID)
  @IsUUID()
  placementId!: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @IsNoteText(1000)
  note?: string;
}

@InputType({ description: 'Adoption needs a COURT_DECISION; foster, professional foster and patronage a CONTRACT; guardianship, custody and guest family a GUARDIANSHIP_AUTHORITY_ACT.' })
export class ApprovePlacementInput extends PlacementStepInput {
  @Field(() => DecisionKind)
  decisionKind!: DecisionKind;

  @Field({ description: 'Number of the court decision, contract or act.' })
  @IsPlainText(100)
  decisionReference!: string;

  @Field(() => LocalDateScalar)
  decisionDate!: string;
}

@InputType()
export class ActivatePlacementInput extends PlacementStepInput {
  @Field(() => LocalDateScalar, { description: 'The day the child moved in; not before the decision.' })
  startedAt!: string;
}

@InputType()
export class EndPlacementInput extends PlacementStepInput {
  @Field(() => PlacementEndReason, { description: 'Before approval only WITHDRAWN_BEFORE_APPROVAL, NOT_APPROVED or OTHER.' })
  reason!: PlacementEndReason;

  @Field(() => LocalDateScalar)
  endedAt!: string;
}

@InputType({ description: 'P-STAY: extends an active professional foster stay, once, by a recorded decision, to at most 12 months from its start.' })
export class ExtendPlacementStayInput {
  @Field(() => ID)
  @IsUUID()
  placementId!: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  @Min(1)
  version!: number;

  @Field({ description: 'Number of the decision that extends the stay.' })
  @IsPlainText(100)
  decisionReference!: string;

  @Field(() => LocalDateScalar)
  decisionDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The new last day; the longest allowed (12 months from the start) when left out.' })
  endsOn?: string;
}

@InputType()
export class PlacementFilter {
  @Field(() => String, { nullable: true, description: 'Region of the child. Defaults to your own region for social workers.' })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => [PlacementStatus], { nullable: true })
  @ArrayMaxSize(10)
  status?: PlacementStatus[];

  @Field(() => [PlacementForm], { nullable: true })
  @ArrayMaxSize(10)
  form?: PlacementForm[];

  @Field(() => ID, { nullable: true })
  @IsUUID()
  childId?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  familyId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: active stays past their last day (P-STAY); false: every other placement.' })
  overdue?: boolean;
}
