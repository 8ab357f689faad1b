import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Opt, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { EncryptedText } from '../../db/encrypted-text.type.js';
import { Child } from '../children/child.entity.js';
import { Mentor } from '../mentors/mentor.entity.js';
import { MentorshipCloseReason, MentorshipStatus } from './mentorship.enums.js';
import { MentorshipMeeting } from './mentorship-meeting.entity.js';

@Entity()
@Index({ name: 'mentorship_one_open_per_pair', expression: `create unique index "mentorship_one_open_per_pair" on "mentorship" ("mentor_id", "child_id") where "status" <> 'CLOSED'` })
export class Mentorship extends VersionedEntity {
  @ManyToOne(() => Mentor, { ref: true, index: true })
  mentor!: Ref<Mentor>;

  @ManyToOne(() => Child, { ref: true, index: true })
  child!: Ref<Child>;

  @Enum({ items: () => MentorshipStatus, type: 'string' })
  status: MentorshipStatus & Opt = MentorshipStatus.PROPOSED;

  @Property({ type: 'date', nullable: true })
  startedAt?: string;

  @Property({ type: 'date', nullable: true })
  closedAt?: string;

  @Enum({ items: () => MentorshipCloseReason, type: 'string', nullable: true })
  closeReason?: MentorshipCloseReason;

  /** Free text, sealed. */
  @Property({ type: EncryptedText, nullable: true })
  note?: string;

  @OneToMany(() => MentorshipMeeting, (meeting) => meeting.mentorship, { orderBy: { date: 'desc', id: 'desc' } })
  meetings = new Collection<MentorshipMeeting>(this);
}
