import { ArrayMaxSize, IsUUID, Max, Min } from 'class-validator';
import { AssignedToFilter } from '../casework/assignment.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NameEditInput, PersonIdentityInput } from '../../graphql/person.inputs.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { IsIinFormat, IsNoteText, IsPlainText } from '../../graphql/validation.js';
import { Language, Sex } from '../../shared/enums.js';
import { ChildStatus, DataBankExitReason, HealthGroup, LegalStatus, SpecialNeed } from './child.enums.js';

@InputType()
export class RegisterChildInput extends PersonIdentityInput {
  @Field()
  @IsPlainText(32)
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'Left out: yours for district staff, none (kept at region level) otherwise.' })
  @IsPlainText(64)
  districtCode?: string;

  @Field(() => String, { nullable: true, description: 'Where the child lives; left out with an institution, the institution’s.' })
  @IsPlainText(100)
  settlement?: string;

  @Field(() => ID, { nullable: true, description: 'The institution the child lives in.' })
  @IsUUID()
  institutionId?: string;

  @Field(() => LegalStatus)
  legalStatus!: LegalStatus;

  @Field(() => LocalDateScalar, { description: 'The date the child is taken onto the register: its time waiting counts from it.' })
  registeredAt!: string;

  @Field(() => Date, { nullable: true, description: 'When the guardianship body learnt of the child (now when left out; not in the future): its entry in the Republican Data Bank is due by the end of the next working day in Kazakhstan, a task of its worker until recordDataBankRegistration.' })
  identifiedAt?: Date;

  @Field(() => HealthGroup)
  healthGroup!: HealthGroup;

  @Field(() => [SpecialNeed], { defaultValue: [] })
  @ArrayMaxSize(20)
  specialNeeds!: SpecialNeed[];

  @Field(() => String, { nullable: true })
  @IsNoteText(4000)
  healthNotes?: string;

  @Field(() => [Language], { defaultValue: [] })
  @ArrayMaxSize(10)
  languages!: Language[];

  @Field(() => ID, { nullable: true, description: 'Join an existing sibling group.' })
  @IsUUID()
  siblingGroupId?: string;

  @Field(() => ID, { nullable: true, description: 'Start a new sibling group with this child.' })
  @IsUUID()
  siblingOfChildId?: string;

  @Field(() => ChildStatus, { defaultValue: ChildStatus.AWAITING_PLACEMENT, description: 'AWAITING_PLACEMENT or IN_INSTITUTION.' })
  status!: ChildStatus;

  @Field(() => String, { nullable: true })
  @IsNoteText(8000)
  caseNotes?: string;

  @Field(() => Boolean, { nullable: true, description: 'Register even though children of the same birth date and a near name are registered (POSSIBLE_DUPLICATE named them): you checked they are someone else.' })
  confirmNotDuplicate?: boolean;
}

@InputType({ description: 'Fields left out are not changed.' })
export class UpdateChildInput extends NameEditInput {
  @Field(() => String, { nullable: true })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => String, { nullable: true, description: 'Null: kept at region level (staff of the whole region only).' })
  @IsPlainText(64)
  districtCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Null: unknown. With an institution, the institution’s.' })
  @IsPlainText(100)
  settlement?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null: no longer in an institution.' })
  @IsUUID()
  institutionId?: string | null;

  @Field(() => LegalStatus, { nullable: true })
  legalStatus?: LegalStatus;

  @Field(() => HealthGroup, { nullable: true })
  healthGroup?: HealthGroup;

  @Field(() => [SpecialNeed], { nullable: true })
  @ArrayMaxSize(20)
  specialNeeds?: SpecialNeed[];

  @Field(() => String, { nullable: true })
  @IsNoteText(4000)
  healthNotes?: string;

  @Field(() => [Language], { nullable: true })
  @ArrayMaxSize(10)
  languages?: Language[];

  @Field(() => String, { nullable: true })
  @IsNoteText(8000)
  caseNotes?: string;
}

@InputType()
export class RecordDataBankExitInput {
  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => DataBankExitReason)
  reason!: DataBankExitReason;

  @Field(() => LocalDateScalar)
  exitedAt!: string;
}

@InputType()
export class RecordDataBankRegistrationInput {
  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: 'The number the data bank gave the child.' })
  @IsPlainText(64)
  registrationNumber?: string;
}

@InputType()
export class ChildFilter {
  @AssignedToFilter()
  assignedTo?: string;

  @Field(() => String, { nullable: true, description: 'Defaults to your own region for regional staff.' })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => String, { nullable: true, description: 'Defaults to your own district for district staff.' })
  @IsPlainText(64)
  districtCode?: string;

  @Field(() => ID, { nullable: true, description: 'Children living in this institution.' })
  @IsUUID()
  institutionId?: string;

  @Field(() => [ChildStatus], { nullable: true })
  @ArrayMaxSize(10)
  status?: ChildStatus[];

  @Field(() => [LegalStatus], { nullable: true })
  @ArrayMaxSize(10)
  legalStatus?: LegalStatus[];

  @Field(() => Int, { nullable: true, description: 'Full years, inclusive.' })
  @Min(0)
  @Max(17)
  ageMin?: number;

  @Field(() => Int, { nullable: true, description: 'Full years, inclusive.' })
  @Min(0)
  @Max(17)
  ageMax?: number;

  @Field(() => Boolean, { nullable: true })
  hasSpecialNeeds?: boolean;

  @Field(() => [SpecialNeed], { nullable: true, description: 'Children with any of these needs.' })
  @ArrayMaxSize(20)
  specialNeeds?: SpecialNeed[];

  @Field(() => String, { nullable: true, description: 'Words (or parts of words) of the name, in Kazakh, Russian or Latin spelling: Нұрғалиева, Нургалиева and Nurgalieva find each other.' })
  @IsPlainText(100)
  search?: string;

  @Field(() => Sex, { nullable: true })
  sex?: Sex;

  @Field(() => String, { nullable: true, description: 'The child with exactly this IIN (found by its keyed hash). Reading it like the IIN field: staff who may read IINs, audited.' })
  @IsIinFormat()
  iin?: string;
}


@InputType({ description: 'Two children are brothers or sisters: their sibling groups become one.' })
export class LinkSiblingsInput {
  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field(() => ID)
  @IsUUID()
  siblingId!: string;
}

@InputType()
export class UnlinkSiblingInput {
  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field({ description: 'Why the child is not to be placed with the group (e.g. not a sibling after all). Kept sealed beside the audit trail.' })
  @IsNoteText(1000)
  reason!: string;
}
