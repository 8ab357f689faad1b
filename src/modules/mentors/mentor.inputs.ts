import { ArrayMaxSize, IsEmail, Matches, Max, MaxLength, Min } from 'class-validator';
import { AssignedToFilter } from '../casework/assignment.js';
import { Field, InputType, Int } from 'type-graphql';
import { NameEditInput, PersonIdentityInput } from '../../graphql/person.inputs.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { IsIinFormat, IsPhone, IsPlainText } from '../../graphql/validation.js';
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
export class UpdateMentorInput extends NameEditInput {
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
  @AssignedToFilter()
  assignedTo?: string;

  @Field(() => String, { nullable: true, description: 'Defaults to your own region for coordinators.' })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => Boolean, { nullable: true })
  available?: boolean;

  @Field(() => String, { nullable: true, description: 'Words (or parts of words) of the name, in Kazakh, Russian or Latin spelling: Нұрғалиева, Нургалиева and Nurgalieva find each other.' })
  @IsPlainText(100)
  search?: string;

  @Field(() => [Language], { nullable: true, description: 'Mentors speaking any of these languages.' })
  @ArrayMaxSize(10)
  languages?: Language[];

  @Field(() => String, { nullable: true, description: 'The mentor with exactly this IIN (found by its keyed hash).' })
  @IsIinFormat()
  iin?: string;
}
