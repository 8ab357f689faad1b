import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Opt, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { EncryptedJson, EncryptedText } from '../../db/encrypted-text.type.js';
import { PlacementForm } from '../../shared/enums.js';
import { Child } from '../children/child.entity.js';
import { Family } from '../families/family.entity.js';
import { DecisionKind, PlacementEndReason, PlacementStatus } from './placement.enums.js';
import type { ChildConsentRecord, PlacementEvaluationRecord } from './placement.records.js';
import { PlacementTransition } from './placement-transition.entity.js';

/**
 * A child placed (or proposed to be placed) with a family in one form.
 * At most one ACTIVE placement per child, guest-family visits aside: a partial unique index enforces it.
 */
@Entity()
@Index({ properties: ['family', 'status'] })
@Index({
  name: 'placement_one_open_per_pair',
  expression: `create unique index "placement_one_open_per_pair" on "placement" ("child_id", "family_id") where "status" <> 'ENDED'`,
})
@Index({
  name: 'placement_one_active_per_child',
  expression: `create unique index "placement_one_active_per_child" on "placement" ("child_id") where "status" = 'ACTIVE' and "form" <> 'GUEST_FAMILY'`,
})
export class Placement extends VersionedEntity {
  @ManyToOne(() => Child, { ref: true, index: true })
  child!: Ref<Child>;

  @ManyToOne(() => Family, { ref: true })
  family!: Ref<Family>;

  @Enum({ items: () => PlacementForm, type: 'string' })
  form!: PlacementForm;

  @Enum({ items: () => PlacementStatus, type: 'string' })
  status: PlacementStatus & Opt = PlacementStatus.PROPOSED;

  @Enum({ items: () => DecisionKind, type: 'string', nullable: true })
  decisionKind?: DecisionKind;

  /** Court decision or contract number: sealed. */
  @Property({ type: EncryptedText, nullable: true })
  decisionReference?: string;

  @Property({ type: 'date', nullable: true })
  decisionDate?: string;

  @Property({ type: 'date', nullable: true })
  startedAt?: string;

  @Property({ type: 'date', nullable: true })
  endedAt?: string;

  @Enum({ items: () => PlacementEndReason, type: 'string', nullable: true })
  endReason?: PlacementEndReason;

  /** Reference of the commission's conclusion that no placement in Kazakhstan was possible (PRI-2). */
  @Property({ type: EncryptedText, nullable: true })
  foreignPlacementConclusion?: string;

  /** Sealed: its overrides carry free-text reasons and court decision numbers. Padded so `eligible` and the outcomes do not show by length. */
  @Property({ type: new EncryptedJson<PlacementEvaluationRecord>(256), nullable: true })
  evaluation?: PlacementEvaluationRecord;

  @Property({ type: 'json' })
  childConsents: ChildConsentRecord[] & Opt = [];

  @OneToMany(() => PlacementTransition, (transition) => transition.placement, { orderBy: { at: 'asc', id: 'asc' } })
  transitions = new Collection<PlacementTransition>(this);
}
