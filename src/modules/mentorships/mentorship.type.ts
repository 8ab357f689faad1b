import { Authorized, Field, ID, Int, ObjectType, registerEnumType, UseMiddleware } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { AuditRecordRead } from '../audit/read-audit.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { MeetingKind, MentorshipCloseReason, MentorshipStatus } from './mentorship.enums.js';

registerEnumType(MentorshipStatus, { name: 'MentorshipStatus' });
registerEnumType(MentorshipCloseReason, { name: 'MentorshipCloseReason' });
registerEnumType(MeetingKind, { name: 'MeetingKind' });

@ObjectType('MentorshipMeeting')
export class MentorshipMeetingType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Authorized(rolesFor('MentorshipMeeting.notes'))
  @UseMiddleware(AuditRecordRead('mentorship-meeting.read-personal', 'MentorshipMeeting'))
  @Field(() => String, { nullable: true, description: 'Coordinators and administrators only.' })
  notes?: string;
}

/** A mentor with a child. Mentor, child and meetings are resolved in MentorshipResolver. */
@ObjectType('Mentorship')
export class MentorshipType {
  @Field(() => ID)
  id!: string;

  @Field(() => MentorshipStatus)
  status!: MentorshipStatus;

  @Field(() => LocalDateScalar, { nullable: true })
  startedAt?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  closedAt?: string;

  @Field(() => MentorshipCloseReason, { nullable: true })
  closeReason?: MentorshipCloseReason;

  @UseMiddleware(AuditRecordRead('mentorship.read-personal', 'Mentorship'))
  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;
}
