import { Field, ID, InputType } from 'type-graphql';
import { InquiryDecision, InquiryDeclineReason, InquiryStatus } from './inquiry.rules.js';

@InputType()
export class ShareChildInput {
  @Field(() => ID, { description: 'The child; the siblings waiting with it are shared with it.' })
  childId!: string;

  @Field(() => ID)
  familyId!: string;
}

@InputType()
export class AnswerInquiryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => InquiryDecision)
  decision!: InquiryDecision;

  @Field(() => InquiryDeclineReason, { nullable: true, description: 'Required with DECLINED, refused with ACCEPTED.' })
  declineReason?: InquiryDeclineReason | null;
}

@InputType()
export class InquiryFilter {
  @Field(() => [InquiryStatus], { nullable: true })
  status?: InquiryStatus[];

  @Field(() => Boolean, { nullable: true, description: 'Only open inquiries past their answer day.' })
  overdue?: boolean;

  @Field(() => ID, { nullable: true })
  familyId?: string;

  @Field(() => ID, { nullable: true })
  childId?: string;
}
