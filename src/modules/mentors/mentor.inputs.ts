import { ArrayMaxSize, IsEmail, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { PersonIdentityInput } from '../../graphql/person.inputs.js';
import { RecordEditInput } from '../../graphql/record-edit.input.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { IsPersonName, IsPhone, IsPlainText } from '../../graphql/validation.js';
import { CheckResult, Citizenship, Language } from '../../shared/enums.js';
import { MENTEES_PER_MENTOR } from './mentor.rules.js';

@InputType()
export class RegisterMentorInput extends PersonIdentityInput {
  @Field(() => Citizenship, { description: 'Mentors are citizens of Kazakhstan.' })
  citizenship!: Citizenship;

  @Field()
  @IsPlainText(32)
  regionCode!: string;

  @Field()
  @IsPlainText(100)
  city!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  trainingCertificateDate?: string;

  @Field(() => CheckResult, { defaultValue: CheckResult.PENDING })
  backgroundCheckResult!: CheckResult;

  @Field(() => LocalDateScalar, { nullable: true })
  backgroundCheckDate?: string;

  @Field(() => [Language], { defaultValue: [] })
  @ArrayMaxSize(10)
  languages!: Language[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  @Matches(/^[^\p{Cc}]*$/u, { each: true, message: 'interests may not contain control characters' })
  interests!: string[];

  @Field(() => Int, { defaultValue: MENTEES_PER_MENTOR.min })
  @Min(MENTEES_PER_MENTOR.min)
  @Max(MENTEES_PER_MENTOR.max)
  maxMentees!: number;

  @Field({ defaultValue: true })
  available!: boolean;

  @Field(() => String, { nullable: true })
  @IsPhone()
  contactPhone?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(254)
  @IsEmail()
  contactEmail?: string;
}

@InputType({ description: 'Fields left out are not changed; null clears an optional field. Identity (IIN, birth date, sex) is fixed.' })
export class UpdateMentorInput extends RecordEditInput {
  @Field(() => String, { nullable: true })
  @IsPersonName()
  lastName?: string;

  @Field(() => String, { nullable: true })
  @IsPersonName()
  firstName?: string;

  @Field(() => String, { nullable: true })
  @IsPersonName()
  middleName?: string;

  @Field(() => Citizenship, { nullable: true })
  citizenship?: Citizenship;

  @Field(() => String, { nullable: true })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => String, { nullable: true })
  @IsPlainText(100)
  city?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  trainingCertificateDate?: string;

  @Field(() => CheckResult, { nullable: true })
  backgroundCheckResult?: CheckResult;

  @Field(() => LocalDateScalar, { nullable: true })
  backgroundCheckDate?: string;

  @Field(() => [Language], { nullable: true })
  @ArrayMaxSize(10)
  languages?: Language[];

  @Field(() => [String], { nullable: true })
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  @Matches(/^[^\p{Cc}]*$/u, { each: true, message: 'interests may not contain control characters' })
  interests?: string[];

  @Field(() => Int, { nullable: true })
  @Min(MENTEES_PER_MENTOR.min)
  @Max(MENTEES_PER_MENTOR.max)
  maxMentees?: number;

  @Field(() => Boolean, { nullable: true })
  available?: boolean;

  @Field(() => String, { nullable: true })
  @IsPhone()
  contactPhone?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(254)
  @IsEmail()
  contactEmail?: string;
}

@InputType()
export class MentorFilter {
  @Field(() => String, { nullable: true, description: 'Defaults to your own region for coordinators.' })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => Boolean, { nullable: true })
  available?: boolean;

  @Field(() => String, { nullable: true, description: 'Words of the name, in any case; Cyrillic and Kazakh letters work.' })
  @IsPlainText(100)
  search?: string;

  @Field(() => [Language], { nullable: true, description: 'Mentors speaking any of these languages.' })
  @ArrayMaxSize(10)
  languages?: Language[];
}
