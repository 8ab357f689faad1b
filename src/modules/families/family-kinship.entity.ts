import { Entity, Enum, ManyToOne, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { Child } from '../children/child.entity.js';
import { KinshipRelation } from './family.enums.js';
import { Family } from './family.entity.js';

/** The family is related to this child: relatives come first (PRI-1) and are exempt from training (D11). */
@Entity()
@Unique({ properties: ['family', 'child'] })
export class FamilyKinship extends BaseEntity {
  @ManyToOne(() => Family, { ref: true, deleteRule: 'cascade' })
  family!: Ref<Family>;

  @ManyToOne(() => Child, { ref: true })
  child!: Ref<Child>;

  @Enum({ items: () => KinshipRelation, type: 'string' })
  relation!: KinshipRelation;
}
