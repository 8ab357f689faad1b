import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { CheckResult, Citizenship, Language, Sex } from '../../shared/enums.js';
import { AuditRecordRead } from '../audit/read-audit.js';

const AuditMentorRead = AuditRecordRead('mentor.read-personal', 'Mentor');

/** A mentor. Region and mentorships are resolved in MentorResolver. Reads of the check result, interests and contacts are audited. */
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

  @UseMiddleware(AuditMentorRead)
  @Field(() => CheckResult)
  backgroundCheckResult!: CheckResult;

  @Field(() => LocalDateScalar, { nullable: true })
  backgroundCheckDate?: string;

  @Field(() => [Language])
  languages!: Language[];

  @UseMiddleware(AuditMentorRead)
  @Field(() => [String])
  interests!: string[];

  @Field(() => Int)
  maxMentees!: number;

  @Field()
  available!: boolean;

  @UseMiddleware(AuditMentorRead)
  @Field(() => String, { nullable: true })
  contactPhone?: string;

  @UseMiddleware(AuditMentorRead)
  @Field(() => String, { nullable: true })
  contactEmail?: string;

  @Field(() => Int)
  version!: number;
}
