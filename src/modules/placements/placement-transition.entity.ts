import { Entity, Enum, ManyToOne, Opt, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { EncryptedText } from '../../db/encrypted-text.type.js';
import { User } from '../identity/user.entity.js';
import { PlacementStatus } from './placement.enums.js';
import { Placement } from './placement.entity.js';

/** One step of a placement's lifecycle: who moved it, when, from where to where, and why. */
@Entity()
export class PlacementTransition extends BaseEntity {
  @ManyToOne(() => Placement, { ref: true, index: true, deleteRule: 'cascade' })
  placement!: Ref<Placement>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  actor?: Ref<User>;

  @Property({ type: 'timestamptz' })
  at: Date & Opt = new Date();

  /** Null for the proposal itself. */
  @Enum({ items: () => PlacementStatus, type: 'string', nullable: true })
  from?: PlacementStatus;

  @Enum({ items: () => PlacementStatus, type: 'string' })
  to!: PlacementStatus;

  /** Free text, sealed. */
  @Property({ type: EncryptedText, nullable: true })
  note?: string;
}
