import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { Sex } from '../../shared/enums.js';
import { InquiryDecision, InquiryDeclineReason, InquiryStatus } from './inquiry.rules.js';

registerEnumType(InquiryStatus, { name: 'InquiryStatus', description: 'SHARED: shown to the family; OPEN: the family asked, the answer is due; ACCEPTED or DECLINED: answered.' });
registerEnumType(InquiryDecision, { name: 'InquiryDecision' });
registerEnumType(InquiryDeclineReason, { name: 'InquiryDeclineReason', description: 'Why an inquiry was declined: a fixed list.' });

/** What a family is shown of a child shared with it: nothing that names or identifies the child. */
@ObjectType('InquiryChildProfile', { description: 'The child as the family is shown it: age, sex, how many brothers and sisters wait with it, the region. No name, no case file.' })
export class InquiryChildProfileType {
  @Field(() => Int)
  age!: number;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => Int, { description: 'Brothers and sisters waiting with the child: they are placed together.' })
  siblingsWaiting!: number;

  @Field()
  regionCode!: string;
}

/** Child, family and profile are resolved in InquiryResolver. */
@ObjectType('Inquiry', { description: 'A child shown to a family by its worker, the family\'s inquiry about it and the worker\'s coded answer.' })
export class InquiryType {
  @Field(() => ID)
  id!: string;

  @Field(() => InquiryStatus)
  status!: InquiryStatus;

  @Field({ description: 'When the worker shared the child with the family.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the family said it is interested.' })
  inquiredAt?: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day for the answer, in working days from the inquiry.' })
  dueOn?: string;

  @Field(() => Date, { nullable: true })
  answeredAt?: Date;

  @Field(() => InquiryDecision, { nullable: true })
  decision?: InquiryDecision;

  @Field(() => InquiryDeclineReason, { nullable: true })
  declineReason?: InquiryDeclineReason;

  @Field(() => Int)
  version!: number;
}
