import { Check, Entity, Enum, Index, ManyToOne, Opt, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { EncryptedText } from '../../db/encrypted-text.type.js';
import { Child } from '../children/child.entity.js';
import { Family } from '../families/family.entity.js';
import { User } from '../identity/user.entity.js';
import { Mentor } from '../mentors/mentor.entity.js';
import { Region } from '../regions/region.entity.js';

export enum TransferStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  /** Taken back by the sending side before an answer. */
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * A case handed from one worker to another (Primero's model): asked by its owner or a supervisor,
 * accepted or declined by the receiver. Until accepted nothing of the case changes; on acceptance
 * the receiver owns it and, across a border, the case moves to the receiver's region.
 */
@Entity()
@Check({ name: 'case_transfer_one_record_check', expression: 'num_nonnulls(child_id, family_id, mentor_id) = 1' })
// One open transfer per case at a time.
@Index({
  name: 'case_transfer_one_pending',
  expression: `create unique index "case_transfer_one_pending" on "case_transfer" ((coalesce("child_id", "family_id", "mentor_id"))) where "status" = 'PENDING'`,
})
@Index({ properties: ['toWorker', 'status'] })
export class CaseTransfer extends BaseEntity {
  @ManyToOne(() => Child, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  child?: Ref<Child>;

  @ManyToOne(() => Family, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  family?: Ref<Family>;

  @ManyToOne(() => Mentor, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  mentor?: Ref<Mentor>;

  /** The owner when it was asked; null for a case nobody owned. */
  @ManyToOne(() => User, { ref: true, nullable: true })
  fromWorker?: Ref<User>;

  @ManyToOne(() => User, { ref: true })
  toWorker!: Ref<User>;

  @ManyToOne(() => User, { ref: true })
  requestedBy!: Ref<User>;

  /** The case's region when it was asked, and the receiver's: the transfer is of both. */
  @ManyToOne(() => Region, { ref: true })
  fromRegion!: Ref<Region>;

  @ManyToOne(() => Region, { ref: true })
  toRegion!: Ref<Region>;

  @Enum({ items: () => TransferStatus, type: 'string' })
  status: TransferStatus & Opt = TransferStatus.PENDING;

  /** Why it is handed over: free text that may name people, sealed. */
  @Property({ type: EncryptedText, nullable: true })
  note?: string;

  /** The receiver's reason for declining, which the sender reads; sealed. */
  @Property({ type: EncryptedText, nullable: true })
  declineReason?: string;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date;

  @ManyToOne(() => User, { ref: true, nullable: true })
  decidedBy?: Ref<User>;
}
