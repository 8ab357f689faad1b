import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { Language, Sex } from '../../shared/enums.js';
import { CASE_FILE_ROLES } from '../identity/access-policy.js';
import { ChildStatus, DataBankExitReason, HealthGroup, LegalStatus, SpecialNeed } from './child.enums.js';

registerEnumType(LegalStatus, { name: 'LegalStatus', description: 'Why the child is in the data bank.' });
registerEnumType(HealthGroup, { name: 'HealthGroup' });
registerEnumType(SpecialNeed, { name: 'SpecialNeed' });
registerEnumType(ChildStatus, { name: 'ChildStatus' });
registerEnumType(DataBankExitReason, { name: 'DataBankExitReason' });

/**
 * A child of the data bank. Case-file fields (identity number, health, legal status, notes) are
 * for social workers and administrators only: for anyone else they are null with a FORBIDDEN error.
 * Region, sibling group, placements and age are resolved in ChildResolver.
 */
@ObjectType('Child')
export class ChildType {
  @Field(() => ID)
  id!: string;

  @Authorized(CASE_FILE_ROLES)
  @Field(() => String, { nullable: true, description: 'ИИН. Case-file field.' })
  iin!: string;

  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => String, { nullable: true, description: 'Patronymic.' })
  middleName?: string;

  @Field(() => LocalDateScalar)
  birthDate!: string;

  @Field(() => Sex)
  sex!: Sex;

  @Authorized(CASE_FILE_ROLES)
  @Field(() => LegalStatus, { nullable: true, description: 'Case-file field.' })
  legalStatus!: LegalStatus;

  @Field(() => LocalDateScalar, { description: 'Date of registration in the data bank.' })
  registeredAt!: string;

  @Authorized(CASE_FILE_ROLES)
  @Field(() => HealthGroup, { nullable: true, description: 'Case-file field.' })
  healthGroup!: HealthGroup;

  @Authorized(CASE_FILE_ROLES)
  @Field(() => [SpecialNeed], { nullable: true, description: 'Case-file field.' })
  specialNeeds!: SpecialNeed[];

  @Authorized(CASE_FILE_ROLES)
  @Field(() => String, { nullable: true, description: 'Case-file field.' })
  healthNotes?: string;

  @Field(() => [Language])
  languages!: Language[];

  @Field(() => ChildStatus)
  status!: ChildStatus;

  @Field(() => DataBankExitReason, { nullable: true })
  exitReason?: DataBankExitReason;

  @Field(() => LocalDateScalar, { nullable: true })
  exitedAt?: string;

  @Authorized(CASE_FILE_ROLES)
  @Field(() => String, { nullable: true, description: 'Case-file field.' })
  caseNotes?: string;

  @Field(() => Int, { description: 'Increases with every change; send it back with an update.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('SiblingGroup', { description: 'Brothers and sisters to be placed together.' })
export class SiblingGroupType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  note?: string;
}
