import { Authorized, Field, ID, Int, ObjectType, registerEnumType, UseMiddleware } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { CheckResult, Citizenship, Language, PlacementForm, Sex } from '../../shared/enums.js';
import { AuditRecordRead } from '../audit/read-audit.js';
import { SpecialNeed } from '../children/child.enums.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { AssessmentStatus, BackgroundCheckKind, HouseholdRelation, HousingKind, KinshipRelation, MaritalStatus } from './family.enums.js';

registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });
registerEnumType(MaritalStatus, { name: 'MaritalStatus' });
registerEnumType(HousingKind, { name: 'HousingKind' });
registerEnumType(BackgroundCheckKind, { name: 'BackgroundCheckKind' });
registerEnumType(KinshipRelation, { name: 'KinshipRelation' });
registerEnumType(HouseholdRelation, { name: 'HouseholdRelation', description: 'Who else lives in the household, to the applicants.' });

/** An applicant's IIN, checks and check details: one audit event per applicant and request. */
export const APPLICANT_READ_ACTION = 'family-applicant.read-personal';
export const AuditFamilyRead = AuditRecordRead('family.read-personal', 'Family');

/** `detail` is resolved, and its reads audited, in BackgroundCheckResolver. */
@ObjectType('BackgroundCheck')
export class BackgroundCheckType {
  @Field(() => BackgroundCheckKind)
  kind!: BackgroundCheckKind;

  @Field(() => CheckResult)
  result!: CheckResult;

  @Field(() => LocalDateScalar)
  checkedAt!: string;
}

/** `checks` is resolved, and its reads audited, in FamilyApplicantResolver. */
@ObjectType('FamilyApplicant', { description: 'One of the one or two adults applying.' })
export class FamilyApplicantType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => String, { nullable: true })
  middleName?: string;

  @Authorized(rolesFor('FamilyApplicant.iin'))
  @UseMiddleware(AuditRecordRead(APPLICANT_READ_ACTION, 'FamilyApplicant'))
  @Field(() => String, { nullable: true, description: 'ИИН: for the staff of the region and the family itself.' })
  iin!: string;

  @Authorized(rolesFor('FamilyApplicant.passportNumber'))
  @UseMiddleware(AuditRecordRead(APPLICANT_READ_ACTION, 'FamilyApplicant'))
  @Field(() => String, { nullable: true, description: 'A foreign applicant’s passport number, for those who may read the IIN.' })
  passportNumber?: string;

  @Field(() => String, { nullable: true, description: 'The passport’s issuing country (ISO 3166-1 alpha-2), for an applicant registered by passport.' })
  passportCountry?: string;

  @Field(() => LocalDateScalar)
  birthDate!: string;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => Citizenship)
  citizenship!: Citizenship;

  @Field()
  residesInKazakhstan!: boolean;

  @Field(() => MaritalStatus)
  maritalStatus!: MaritalStatus;
}

@ObjectType('Housing')
export class HousingType {
  @Field(() => HousingKind)
  kind!: HousingKind;

  @Field(() => Int)
  areaSqm!: number;

  @Field(() => Int)
  rooms!: number;
}

@ObjectType('FamilyPreferences')
export class FamilyPreferencesType {
  @Field(() => Int)
  childAgeMin!: number;

  @Field(() => Int)
  childAgeMax!: number;

  @Field(() => Sex, { nullable: true, description: 'Null: either sex.' })
  childSex?: Sex;

  @Field(() => Int)
  maxChildren!: number;

  @Field()
  acceptsSiblings!: boolean;

  @Field(() => [SpecialNeed])
  specialNeedsAccepted!: SpecialNeed[];

  @Field(() => [Language])
  languages!: Language[];
}

@ObjectType('FamilyKinship', { description: 'The family is related to this child.' })
export class FamilyKinshipType {
  @Field(() => ID)
  id!: string;

  @Field(() => KinshipRelation)
  relation!: KinshipRelation;
}

/** A candidate household. Applicants, region, kinships and placements are resolved in FamilyResolver. Reads of contacts, address, household members and note are audited. */
@ObjectType('HouseholdMember', { description: 'Someone who lives in the household and is not an applicant.' })
export class HouseholdMemberType {
  @Field()
  fullName!: string;

  @Field(() => HouseholdRelation)
  relation!: HouseholdRelation;

  @Field(() => Int)
  birthYear!: number;
}

@ObjectType('Family')
export class FamilyType {
  @Field(() => ID)
  id!: string;

  @Field(() => [PlacementForm])
  forms!: PlacementForm[];

  @Field()
  settlement!: string;

  @Field(() => Int, { description: 'Monthly household income, tenge.' })
  monthlyIncome!: number;

  @Field(() => HousingType)
  housing!: HousingType;

  @Field(() => AssessmentStatus, { description: 'As of today: an approval past approvalExpiresAt reads EXPIRED until a new decision.' })
  assessmentStatus!: AssessmentStatus;

  @Field(() => LocalDateScalar, { nullable: true })
  approvedAt?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day of the approval, unless re-checked (every 12 months since 2025).' })
  approvalExpiresAt?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  trainingCertificateDate?: string;

  @Field(() => FamilyPreferencesType)
  preferences!: FamilyPreferencesType;

  @Field(() => Int, { description: 'How many more children the household can take.' })
  capacity!: number;

  @Field(() => Int)
  childrenInHousehold!: number;

  /** Resolved in FamilyResolver: none recorded reads as an empty list. */
  @Field(() => [HouseholdMemberType], { description: 'Everyone else who lives there; empty when none is recorded.' })
  householdMembers!: HouseholdMemberType[];

  @UseMiddleware(AuditFamilyRead)
  @Field(() => String, { nullable: true })
  contactPhone?: string;

  @UseMiddleware(AuditFamilyRead)
  @Field(() => String, { nullable: true })
  contactEmail?: string;

  @UseMiddleware(AuditFamilyRead)
  @Field(() => String, { nullable: true })
  address?: string;

  @Field()
  acceptingPlacements!: boolean;

  @UseMiddleware(AuditFamilyRead)
  @Field(() => String, { nullable: true })
  availabilityNote?: string;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
