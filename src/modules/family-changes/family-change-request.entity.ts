import { Entity, Enum, Index, ManyToOne, Opt, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { EncryptedJson } from '../../db/encrypted-text.type.js';
import { Family } from '../families/family.entity.js';
import { ChangeRequestStatus, type ProposedField } from './family-change.rules.js';

/**
 * What a family asked to change in its record, field by field, and what its worker decided. The
 * family record holds only accepted values: matching and staff read those, never these.
 */
@Entity()
// The review queue: pending requests, oldest first; a family's own, in order.
@Index({ properties: ['status', 'id'] })
@Index({ properties: ['family', 'id'] })
export class FamilyChangeRequest extends VersionedEntity {
  @ManyToOne(() => Family, { ref: true })
  family!: Ref<Family>;

  /** The family account that submitted it. Not a foreign key: the request outlives the account. */
  @Property({ type: 'uuid' })
  submittedBy!: string;

  /** The version of the family record the family read: its values are the ones each field was proposed against. */
  @Property({ type: 'integer' })
  readVersion!: number;

  @Enum({ items: () => ChangeRequestStatus, type: 'string' })
  status: ChangeRequestStatus & Opt = ChangeRequestStatus.PENDING;

  /** Values read and proposed (addresses, notes among them) and the review of each, sealed; padded to steps of 256 characters. */
  @Property({ type: new EncryptedJson<ProposedField[]>(256) })
  fields!: ProposedField[];
}
