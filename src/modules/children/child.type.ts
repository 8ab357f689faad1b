import { Authorized, Field, ID, Int, ObjectType, registerEnumType, UseMiddleware } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { Language, Sex } from '../../shared/enums.js';
import { AuditRead, AuditRecordRead } from '../audit/read-audit.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { RegionType } from '../regions/region.type.js';
import type { Child } from './child.entity.js';
import { ChildStatus, DataBankExitReason, HealthGroup, LegalStatus, SpecialNeed } from './child.enums.js';

registerEnumType(LegalStatus, { name: 'LegalStatus', description: 'Why the child is in the data bank.' });
registerEnumType(HealthGroup, { name: 'HealthGroup' });
registerEnumType(SpecialNeed, { name: 'SpecialNeed' });
registerEnumType(ChildStatus, { name: 'ChildStatus' });
registerEnumType(DataBankExitReason, { name: 'DataBankExitReason' });

/** Every read of a case-file field is audited: who read which fields of which child, once per request. */
export const CASE_FILE_READ_ACTION = 'child.read-case-file';
const AuditCaseFileRead = AuditRead<Child>({ action: CASE_FILE_READ_ACTION, entityName: 'Child', entityId: (child) => child.id });

/**
 * A child of the data bank. Case-file fields (identity number, health, legal status, notes) are
 * for social workers and administrators only: for anyone else they are null with a FORBIDDEN error.
 * Region, sibling group, placements and age are resolved in ChildResolver.
 */
@ObjectType('Child')
export class ChildType {
  @Field(() => ID)
  id!: string;

  @Authorized(rolesFor('Child.iin'))
  @UseMiddleware(AuditCaseFileRead)
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

  @Authorized(rolesFor('Child.legalStatus'))
  @UseMiddleware(AuditCaseFileRead)
  @Field(() => LegalStatus, { nullable: true, description: 'Case-file field.' })
  legalStatus!: LegalStatus;

  @Field(() => LocalDateScalar, { description: 'The date the child was taken onto the register: its time waiting counts from it.' })
  registeredAt!: string;

  @Field(() => Date, { description: 'When the guardianship body learnt of the child: the data bank entry is due within 1 working day.' })
  identifiedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the child was entered in the Republican Data Bank; null: not yet (a DATA_BANK_REGISTRATION task asks for it).' })
  dataBankRegisteredAt?: Date;

  @Authorized(rolesFor('Child.dataBankNumber'))
  @UseMiddleware(AuditCaseFileRead)
  @Field(() => String, { nullable: true, description: 'Case-file field: the number the data bank gave the child.' })
  dataBankNumber?: string;

  @Field(() => String, { nullable: true, description: 'Where the child lives: the institution’s settlement while in one. Matching scores the same settlement (LOCATION).' })
  settlement?: string;

  @Authorized(rolesFor('Child.healthGroup'))
  @UseMiddleware(AuditCaseFileRead)
  @Field(() => HealthGroup, { nullable: true, description: 'Case-file field.' })
  healthGroup!: HealthGroup;

  @Authorized(rolesFor('Child.specialNeeds'))
  @UseMiddleware(AuditCaseFileRead)
  @Field(() => [SpecialNeed], { nullable: true, description: 'Case-file field.' })
  specialNeeds!: SpecialNeed[];

  @Authorized(rolesFor('Child.healthNotes'))
  @UseMiddleware(AuditCaseFileRead)
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

  @Authorized(rolesFor('Child.caseNotes'))
  @UseMiddleware(AuditCaseFileRead)
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

  @UseMiddleware(AuditRecordRead('sibling-group.read-personal', 'SiblingGroup'))
  @Field(() => String, { nullable: true })
  note?: string;
}

@ObjectType('SiblingsInRegion', { description: 'Brothers and sisters in a sibling group whom you may not see: their region and how many.' })
export class SiblingsInRegionType {
  @Field(() => RegionType)
  region!: RegionType;

  @Field(() => Int)
  count!: number;
}
