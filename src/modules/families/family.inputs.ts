import { ArrayMaxSize, ArrayMinSize, IsEmail, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { AssignedToFilter } from '../casework/assignment.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PersonNameInput } from '../../graphql/person.inputs.js';
import { RecordEditInput } from '../../graphql/record-edit.input.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { IsIinFormat, IsNoteText, IsPhone, IsPlainText } from '../../graphql/validation.js';
import { CheckResult, Citizenship, Language, PlacementForm, Sex } from '../../shared/enums.js';
import { SpecialNeed } from '../children/child.enums.js';
import { AssessmentStatus, BackgroundCheckKind, HouseholdRelation, HousingKind, KinshipRelation, MaritalStatus } from './family.enums.js';
import { CHILD_AGE_RANGE, MAX_APPLICANTS, MAX_HOUSEHOLD_MEMBERS } from './family.rules.js';

@InputType()
export class BackgroundCheckInput {
  @Field(() => BackgroundCheckKind)
  kind!: BackgroundCheckKind;

  @Field(() => CheckResult)
  result!: CheckResult;

  @Field(() => LocalDateScalar)
  checkedAt!: string;

  @Field(() => String, { nullable: true, description: 'Text from the issuing body. Sensitive.' })
  @IsNoteText(2000)
  detail?: string;
}

@InputType({ description: 'A passport of another country: the identity of a foreign applicant without a Kazakh IIN.' })
export class ForeignPassportInput {
  @Field({ description: 'As printed; spaces and dashes are ignored.' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 -]{3,24}$/, { message: '$property must be 4 to 25 letters and digits' })
  number!: string;

  @Field({ description: 'Issuing country, ISO 3166-1 alpha-2 (e.g. RU, UZ, DE).' })
  @Matches(/^[A-Z]{2}$/, { message: '$property must be a two-letter ISO 3166-1 country code' })
  country!: string;
}

@InputType()
export class FamilyApplicantInput extends PersonNameInput {
  @Field(() => String, { nullable: true, description: 'ИИН; required unless the applicant is a foreign citizen registered by passport.' })
  @IsIinFormat()
  iin?: string;

  @Field(() => ForeignPassportInput, { nullable: true, description: 'For a foreign citizen without a Kazakh IIN.' })
  @ValidateNested()
  passport?: ForeignPassportInput;

  @Field(() => Citizenship)
  citizenship!: Citizenship;

  @Field({ defaultValue: true })
  residesInKazakhstan!: boolean;

  @Field(() => MaritalStatus)
  maritalStatus!: MaritalStatus;

  @Field(() => [BackgroundCheckInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested()
  checks!: BackgroundCheckInput[];
}

@InputType()
export class HousingInput {
  @Field(() => HousingKind)
  kind!: HousingKind;

  @Field(() => Int, { description: 'Living area, square metres.' })
  @Min(1)
  @Max(10_000)
  areaSqm!: number;

  @Field(() => Int)
  @Min(1)
  @Max(100)
  rooms!: number;
}

@InputType({ description: 'Replaces the preferences as a whole: fields left out take their defaults.' })
export class FamilyPreferencesInput {
  @Field(() => Int, { defaultValue: CHILD_AGE_RANGE.min })
  @Min(CHILD_AGE_RANGE.min)
  @Max(CHILD_AGE_RANGE.max)
  childAgeMin!: number;

  @Field(() => Int, { defaultValue: CHILD_AGE_RANGE.max })
  @Min(CHILD_AGE_RANGE.min)
  @Max(CHILD_AGE_RANGE.max)
  childAgeMax!: number;

  @Field(() => Sex, { nullable: true, description: 'Null: either sex.' })
  childSex?: Sex;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(10)
  maxChildren!: number;

  @Field({ defaultValue: false })
  acceptsSiblings!: boolean;

  @Field(() => [SpecialNeed], { defaultValue: [] })
  @ArrayMaxSize(20)
  specialNeedsAccepted!: SpecialNeed[];

  @Field(() => [Language], { defaultValue: [] })
  @ArrayMaxSize(10)
  languages!: Language[];
}

@InputType({ description: 'Someone who lives in the household and is not an applicant.' })
export class HouseholdMemberInput {
  @Field()
  @IsPlainText(200)
  fullName!: string;

  @Field(() => HouseholdRelation)
  relation!: HouseholdRelation;

  @Field(() => Int)
  @Min(1900)
  @Max(2100)
  birthYear!: number;
}

@InputType({ description: 'The family is related to a child of the data bank in its own region.' })
export class FamilyKinshipInput {
  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field(() => KinshipRelation)
  relation!: KinshipRelation;
}

@InputType()
export class RegisterFamilyInput {
  @Field(() => [PlacementForm], { description: 'At least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  forms!: PlacementForm[];

  @Field(() => [FamilyApplicantInput], { description: `1 or ${MAX_APPLICANTS} adults.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_APPLICANTS)
  @ValidateNested()
  applicants!: FamilyApplicantInput[];

  @Field()
  @IsPlainText(32)
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'Left out: yours for district staff, none (kept at region level) otherwise.' })
  @IsPlainText(64)
  districtCode?: string;

  @Field()
  @IsPlainText(100)
  settlement!: string;

  @Field(() => Int, { description: 'Monthly household income, tenge.' })
  @Min(0)
  monthlyIncome!: number;

  @Field(() => HousingInput)
  @ValidateNested()
  housing!: HousingInput;

  @Field(() => LocalDateScalar, { nullable: true })
  trainingCertificateDate?: string;

  @Field(() => FamilyPreferencesInput)
  @ValidateNested()
  preferences!: FamilyPreferencesInput;

  @Field(() => Int, { description: 'How many more children the household can take.' })
  @Min(0)
  @Max(20)
  capacity!: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(30)
  childrenInHousehold!: number;

  @Field(() => [HouseholdMemberInput], { defaultValue: [], description: 'Everyone else who lives there.' })
  @ArrayMaxSize(MAX_HOUSEHOLD_MEMBERS)
  @ValidateNested({ each: true })
  householdMembers!: HouseholdMemberInput[];

  @Field(() => String, { nullable: true })
  @IsPhone()
  contactPhone?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(254)
  @IsEmail()
  contactEmail?: string;

  @Field(() => String, { nullable: true })
  @IsPlainText(300)
  address?: string;

  @Field(() => [FamilyKinshipInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested()
  kinships!: FamilyKinshipInput[];

  @Field(() => Boolean, { nullable: true, description: 'Register even though applicants of the same birth date and a near name are registered (POSSIBLE_DUPLICATE named their families): you checked they are someone else.' })
  confirmNotDuplicate?: boolean;
}

/**
 * The household's own facts, editable both by staff (`updateFamily`) and by the family (as a change
 * request): one definition, so both validate alike. Fields left out change nothing.
 */
export function HouseholdFields<TBase extends abstract new (...args: any[]) => object>(Base: TBase) {
  // Named per base, never used as a type itself: type-graphql gives its fields to the inputs extending it.
  @InputType(`${Base.name}Household`)
  abstract class Household extends Base {
    @Field(() => String, { nullable: true })
    @IsPlainText(100)
    settlement?: string;

    @Field(() => Int, { nullable: true, description: 'Monthly household income, tenge.' })
    @Min(0)
    monthlyIncome?: number;

    @Field(() => HousingInput, { nullable: true })
    @ValidateNested()
    housing?: HousingInput;

    @Field(() => FamilyPreferencesInput, { nullable: true })
    @ValidateNested()
    preferences?: FamilyPreferencesInput;

    @Field(() => Int, { nullable: true, description: 'How many more children the household can take.' })
    @Min(0)
    @Max(20)
    capacity?: number;

    @Field(() => Int, { nullable: true })
    @Min(0)
    @Max(30)
    childrenInHousehold?: number;

    @Field(() => [HouseholdMemberInput], { nullable: true, description: 'Everyone else who lives there, the whole list; [] for none.' })
    @ArrayMaxSize(MAX_HOUSEHOLD_MEMBERS)
    @ValidateNested({ each: true })
    householdMembers?: HouseholdMemberInput[];

    @Field(() => String, { nullable: true })
    @IsPhone()
    contactPhone?: string;

    @Field(() => String, { nullable: true })
    @MaxLength(254)
    @IsEmail()
    contactEmail?: string;

    @Field(() => String, { nullable: true })
    @IsPlainText(300)
    address?: string;
  }
  return Household;
}

@InputType({ description: 'Staff edit of a family. Fields left out are not changed; null clears an optional field.' })
export class UpdateFamilyInput extends HouseholdFields(RecordEditInput) {
  @Field(() => [PlacementForm], { nullable: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  forms?: PlacementForm[];

  @Field(() => String, { nullable: true, description: 'Null: kept at region level (staff of the whole region only).' })
  @IsPlainText(64)
  districtCode?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  trainingCertificateDate?: string;
}

@InputType()
export class RecordFamilyAssessmentInput {
  @Field(() => ID)
  @IsUUID()
  familyId!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field(() => LocalDateScalar)
  decidedAt!: string;
}

@InputType({ description: 'New results of background checks of one applicant; each replaces an older result of its kind.' })
export class RecordApplicantChecksInput {
  @Field(() => ID)
  @IsUUID()
  familyId!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;

  @Field(() => ID)
  @IsUUID()
  applicantId!: string;

  @Field(() => [BackgroundCheckInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  checks!: BackgroundCheckInput[];
}

@InputType()
export class FamilyFilter {
  @AssignedToFilter()
  assignedTo?: string;

  @Field(() => String, { nullable: true, description: 'Defaults to your own region for regional staff.' })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => String, { nullable: true, description: 'Defaults to your own district for district staff.' })
  @IsPlainText(64)
  districtCode?: string;

  @Field(() => [AssessmentStatus], { nullable: true, description: 'The status as of today: EXPIRED takes in the approvals that have lapsed.' })
  @ArrayMaxSize(10)
  assessmentStatus?: AssessmentStatus[];

  @Field(() => [PlacementForm], { nullable: true, description: 'Families assessed for any of these forms.' })
  @ArrayMaxSize(10)
  forms?: PlacementForm[];

  @Field(() => Boolean, { nullable: true })
  acceptingPlacements?: boolean;

  @Field(() => String, { nullable: true, description: 'Words (or parts of words) of an applicant’s name, in Kazakh, Russian or Latin spelling.' })
  @IsPlainText(100)
  search?: string;

  @Field(() => String, { nullable: true, description: 'The family of the applicant with exactly this IIN (found by its keyed hash).' })
  @IsIinFormat()
  iin?: string;
}
