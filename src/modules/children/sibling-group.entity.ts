import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { EncryptedText } from '../../db/encrypted-text.type.js';
import { Child } from './child.entity.js';

/** Brothers and sisters who are to be placed together unless their interest requires otherwise. */
@Entity()
export class SiblingGroup extends BaseEntity {
  /** Free text, sealed. */
  @Property({ type: EncryptedText, nullable: true })
  note?: string;

  @OneToMany(() => Child, (child) => child.siblingGroup)
  children = new Collection<Child>(this);
}
