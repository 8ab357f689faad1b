import { ArrayMaxSize, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { IsNoteText, IsPlainText } from '../../graphql/validation.js';
import { MeetingKind, MentorshipCloseReason, MentorshipStatus } from './mentorship.enums.js';
import { MENTORING_PARAMETERS } from './mentorship.rules.js';

@InputType()
export class ProposeMentorshipInput {
  @Field(() => ID)
  @IsUUID()
  mentorId!: string;

  @Field(() => ID)
  @IsUUID()
  childId!: string;

  @Field(() => String, { nullable: true })
  @IsNoteText(1000)
  note?: string;
}

@InputType()
export class MentorshipStepInput {
  @Field(() => ID)
  @IsUUID()
  mentorshipId!: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  @Min(1)
  version!: number;
}

@InputType()
export class ActivateMentorshipInput extends MentorshipStepInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today.' })
  startedAt?: string;
}

@InputType()
export class CloseMentorshipInput extends MentorshipStepInput {
  @Field(() => MentorshipCloseReason, { description: 'DECLINED only for a proposal; GOALS_REACHED only once it has run.' })
  reason!: MentorshipCloseReason;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today.' })
  closedAt?: string;
}

@InputType()
export class RecordMentorshipMeetingInput {
  @Field(() => ID)
  @IsUUID()
  mentorshipId!: string;

  @Field(() => LocalDateScalar, { description: 'Not in the future, not before the mentorship started.' })
  date!: string;

  @Field(() => Int)
  @Min(1)
  @Max(MENTORING_PARAMETERS.meetingMaxMinutes)
  durationMinutes!: number;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => String, { nullable: true })
  @IsNoteText(4000)
  notes?: string;
}

@InputType()
export class MentorshipFilter {
  @Field(() => String, { nullable: true, description: 'Region of the mentor or the child. Defaults to your own region for coordinators.' })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => [MentorshipStatus], { nullable: true })
  @ArrayMaxSize(10)
  status?: MentorshipStatus[];

  @Field(() => ID, { nullable: true })
  @IsUUID()
  mentorId?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  childId?: string;
}
