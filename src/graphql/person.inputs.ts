import { Field, ID, InputType } from 'type-graphql';
import { IsUUID } from 'class-validator';
import { Sex } from '../shared/enums.js';
import { normalizeSearchText } from '../shared/search-text.js';
import { RecordEditInput } from './record-edit.input.js';
import { LocalDateScalar } from './scalars.js';
import { IsIinFormat, IsNoteText, IsPersonName } from './validation.js';

/** Names, birth date and sex: what every person record starts with. */
@InputType()
export abstract class PersonNameInput {
  @Field()
  @IsPersonName()
  lastName!: string;

  @Field()
  @IsPersonName()
  firstName!: string;

  @Field(() => String, { nullable: true, description: 'Patronymic.' })
  @IsPersonName()
  middleName?: string;

  @Field(() => LocalDateScalar)
  birthDate!: string;

  @Field(() => Sex)
  sex!: Sex;
}

/** Who a person is, with their IIN: children and mentors. The services check that the IIN agrees with birth date and sex. */
@InputType()
export abstract class PersonIdentityInput extends PersonNameInput {
  @Field()
  @IsIinFormat()
  iin!: string;
}

/** The identity columns a child or a mentor is registered with, and the search key of its names. */
export function identityColumns(input: PersonIdentityInput) {
  const { iin, lastName, firstName, middleName, birthDate, sex } = input;
  return { iin, lastName, firstName, middleName, searchName: normalizeSearchText(lastName, firstName, middleName), birthDate, sex };
}

/** An edit of a person record that may change the names: fields left out keep their value. */
@InputType()
export abstract class NameEditInput extends RecordEditInput {
  @Field(() => String, { nullable: true })
  @IsPersonName()
  lastName?: string;

  @Field(() => String, { nullable: true })
  @IsPersonName()
  firstName?: string;

  @Field(() => String, { nullable: true, description: 'Patronymic; null clears it.' })
  @IsPersonName()
  middleName?: string;
}

/**
 * A correction of who a person is, with the reason it was wrong. Fields left out keep their value;
 * a null patronymic clears it. The IIN must still agree with the birth date and sex after the change.
 */
@InputType()
export class IdentityCorrectionInput extends NameEditInput {
  @Field({ description: 'Why the record was wrong (e.g. the birth certificate read differently). Kept sealed beside the audit trail.' })
  @IsNoteText(1000)
  reason!: string;

  @Field(() => String, { nullable: true })
  @IsIinFormat()
  iin?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: string;

  @Field(() => Sex, { nullable: true })
  sex?: Sex;
}

@InputType({ description: 'A correction of one applicant of a family: `id` and `version` are the family’s.' })
export class ApplicantIdentityCorrectionInput extends IdentityCorrectionInput {
  @Field(() => ID)
  @IsUUID()
  applicantId!: string;
}
