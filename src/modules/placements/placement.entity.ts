import { Check, Collection, Entity, Enum, Formula, Index, ManyToOne, OneToMany, Opt, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { EncryptedJson, EncryptedText } from '../../db/encrypted-text.type.js';
import { SQL_TODAY } from '../../shared/dates.js';
import { PlacementForm } from '../../shared/enums.js';
import { Child } from '../children/child.entity.js';
import { Family } from '../families/family.entity.js';
import { DecisionKind, PlacementEndReason, PlacementStatus } from './placement.enums.js';
import type { ChildConsentRecord, PlacementEvaluationRecord } from './placement.records.js';
import { PlacementTransition } from './placement-transition.entity.js';
import { overdueSql } from './placement.stay.js';

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
@Index({
  name: 'placement_active_ends_on',
  expression: `create index "placement_active_ends_on" on "placement" ("ends_on") where "status" = 'ACTIVE' and "ends_on" is not null`,
})
@Check({
  name: 'placement_stay_check',
  expression: `(ends_on is null or (form = 'PROFESSIONAL_FOSTER_FAMILY' and started_at is not null and ends_on > started_at))
    and ((extension_decision_date is null) = (extension_decision_reference is null))
    and (extension_decision_date is null or ends_on is not null)`,
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

  /** P-STAY: the last day of a professional foster family's stay, set on activation and moved once by an extension. */
  @Property({ type: 'date', nullable: true })
  endsOn?: string;

  /** Number of the decision that extended the stay: sealed, like `decisionReference`. */
  @Property({ type: EncryptedText, nullable: true })
  extensionDecisionReference?: string;

  @Property({ type: 'date', nullable: true })
  extensionDecisionDate?: string;

  /** An active stay past its last day, as of today: the database computes it on every read. A new (proposed) placement is not. */
  @Formula((table) => overdueSql(`${table}`, SQL_TODAY), { type: 'boolean' })
  overdue: boolean & Opt = false;

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
