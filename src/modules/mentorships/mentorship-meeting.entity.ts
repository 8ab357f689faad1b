import { Check, Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { EncryptedText } from '../../db/encrypted-text.type.js';
import { MeetingKind } from './mentorship.enums.js';
import { Mentorship } from './mentorship.entity.js';

@Entity()
@Check({ name: 'mentorship_meeting_duration_check', expression: 'duration_minutes > 0' })
export class MentorshipMeeting extends BaseEntity {
  @ManyToOne(() => Mentorship, { ref: true, index: true, deleteRule: 'cascade' })
  mentorship!: Ref<Mentorship>;

  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Enum({ items: () => MeetingKind, type: 'string' })
  kind!: MeetingKind;

  /** Case notes: sensitive, never logged, encrypted at rest. */
  @Property({ type: EncryptedText, nullable: true })
  notes?: string;
}
