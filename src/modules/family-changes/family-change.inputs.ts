import { ArrayMaxSize, ArrayMinSize, IsUUID, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsNoteText, IsPlainText } from '../../graphql/validation.js';
import { AssignedToFilter } from '../casework/assignment.js';
import { HouseholdFields } from '../families/family.inputs.js';
import { ChangeRequestStatus, FAMILY_CHANGE_FIELDS, type FamilyChangeField } from './family-change.rules.js';
import { FamilyChangeFieldName } from './family-change.type.js';

/** The version of its own record a family read; the family's record id is its account's. */
@InputType()
abstract class FamilyVersionInput {
  @Field(() => Int, { description: 'The version of your record you read: each field is proposed against its value at that version.' })
  @Min(1)
  version!: number;
}

@InputType({ description: 'What a family asks to change in its record; its worker reviews each field. Fields left out are not proposed; null proposes to clear an optional field.' })
export class SubmitFamilyChangesInput extends HouseholdFields(FamilyVersionInput) {
  @Field(() => Boolean, { nullable: true })
  acceptingPlacements?: boolean;

  @Field(() => String, { nullable: true })
  @IsPlainText(500)
  availabilityNote?: string;
}

@InputType()
export class FieldDecisionInput {
  @Field(() => FamilyChangeFieldName)
  field!: FamilyChangeField;

  @Field({ description: "True: the family's value replaces the record's (over staff's, in a conflict). False: the record's value stands." })
  accept!: boolean;

  @Field(() => String, { nullable: true, description: 'Required to reject: the family reads it.' })
  @IsNoteText(1000)
  reason?: string;
}

@InputType({ description: 'A worker decides some or all fields of a change request; the others stay pending.' })
export class ReviewFamilyChangesInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version of the change request you read.' })
  @Min(1)
  version!: number;

  @Field(() => Int, { description: 'The version of the family record you compared it with: a newer one means CONFLICT (reload, the values may have moved).' })
  @Min(1)
  familyVersion!: number;

  @Field(() => [FieldDecisionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(FAMILY_CHANGE_FIELDS.length)
  @ValidateNested()
  decisions!: FieldDecisionInput[];
}

@InputType()
export class FamilyChangeRequestFilter {
  /** Of the family's assigned worker: `ME` is a worker's own review queue. */
  @AssignedToFilter()
  assignedTo?: string;

  @Field(() => [ChangeRequestStatus], { nullable: true, description: 'PENDING for the review queue.' })
  @ArrayMaxSize(5)
  status?: ChangeRequestStatus[];

  @Field(() => String, { nullable: true, description: "The family's region; defaults to your own for regional staff." })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  familyId?: string;
}
