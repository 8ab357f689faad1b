import { Field, InputType } from 'type-graphql';
import { Sex } from '../shared/enums.js';
import { LocalDateScalar } from './scalars.js';
import { IsIinFormat, IsPersonName } from './validation.js';

/** Who a person is: the fields every child, applicant and mentor record starts with. The services check that the IIN agrees with birth date and sex. */
@InputType()
export abstract class PersonIdentityInput {
  @Field()
  @IsIinFormat()
  iin!: string;

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
