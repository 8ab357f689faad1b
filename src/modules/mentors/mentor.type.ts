import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { CheckResult, Citizenship, Language, Sex } from '../../shared/enums.js';

/** A mentor. Region and mentorships are resolved in MentorResolver. */
@ObjectType('Mentor')
export class MentorType {
  @Field(() => ID)
  id!: string;

  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => String, { nullable: true })
  middleName?: string;

  @Field(() => LocalDateScalar)
  birthDate!: string;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => Citizenship)
  citizenship!: Citizenship;

  @Field()
  city!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  trainingCertificateDate?: string;

  @Field(() => CheckResult)
  backgroundCheckResult!: CheckResult;

  @Field(() => LocalDateScalar, { nullable: true })
  backgroundCheckDate?: string;

  @Field(() => [Language])
  languages!: Language[];

  @Field(() => [String])
  interests!: string[];

  @Field(() => Int)
  maxMentees!: number;

  @Field()
  available!: boolean;

  @Field(() => String, { nullable: true })
  contactPhone?: string;

  @Field(() => String, { nullable: true })
  contactEmail?: string;

  @Field(() => Int)
  version!: number;
}
