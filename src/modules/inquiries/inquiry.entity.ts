import { Enum, Entity, Index, ManyToOne, Opt, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { Child } from '../children/child.entity.js';
import { Family } from '../families/family.entity.js';
import { InquiryDecision, InquiryDeclineReason, InquiryStatus } from './inquiry.rules.js';

/**
 * A child (with the siblings waiting with it) shown to a family by a worker, and the family's
 * inquiry about it: shared, asked about, answered. Its scope is its child's (region and district,
 * which follow the child across a transfer) and, for reading, its family's.
 */
@Entity()
// One share of a child with a family not yet answered; an answered one may be followed by a new share.
@Index({
  name: 'inquiry_one_open_per_pair',
  expression: `create unique index "inquiry_one_open_per_pair" on "inquiry" ("child_id", "family_id") where "status" in ('SHARED', 'OPEN')`,
})
// The open inquiries by answer day (overdue tasks, figures).
@Index({ name: 'inquiry_open_by_due', expression: `create index "inquiry_open_by_due" on "inquiry" ("due_on") where "status" = 'OPEN'` })
@Index({ properties: ['family', 'id'] })
@Index({ properties: ['child', 'id'] })
export class Inquiry extends VersionedEntity {
  @ManyToOne(() => Child, { ref: true })
  child!: Ref<Child>;

  @ManyToOne(() => Family, { ref: true })
  family!: Ref<Family>;

  @Enum({ items: () => InquiryStatus, type: 'string' })
  status: InquiryStatus & Opt = InquiryStatus.SHARED;

  /** The worker who showed the child to the family. Not a foreign key, like the audit trail. */
  @Property({ type: 'uuid' })
  sharedBy!: string;

  /** When the family said it is interested: the answer's clock starts. */
  @Property({ type: 'timestamptz', nullable: true })
  inquiredAt?: Date;

  /** The last day for the answer: working days from the inquiry. */
  @Property({ type: 'date', nullable: true })
  dueOn?: string;

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt?: Date;

  @Property({ type: 'uuid', nullable: true })
  answeredBy?: string;

  @Enum({ items: () => InquiryDecision, type: 'string', nullable: true })
  decision?: InquiryDecision;

  @Enum({ items: () => InquiryDeclineReason, type: 'string', nullable: true })
  declineReason?: InquiryDeclineReason;
}
