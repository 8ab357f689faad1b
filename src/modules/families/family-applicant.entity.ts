import { Entity, Enum, ManyToOne, Opt, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { EncryptedJson, EncryptedText } from '../../db/encrypted-text.type.js';
import { hashIin } from '../../db/encryption.js';
import { Citizenship, Sex } from '../../shared/enums.js';
import type { BackgroundCheck } from './family.embeddables.js';
import { MaritalStatus } from './family.enums.js';
import { Family } from './family.entity.js';

/** One of the one or two adults applying together. */
@Entity()
export class FamilyApplicant extends BaseEntity {
  @ManyToOne(() => Family, { ref: true, deleteRule: 'cascade', index: true })
  family!: Ref<Family>;

  /** 1 or 2: the order in which the applicants are shown. */
  @Property({ type: 'smallint' })
  position!: number;

  /** ИИН, stored encrypted; found by `iinHash`. */
  @Property({ type: EncryptedText })
  iin!: string;

  /** Keyed hash of the IIN, always derived from it. */
  @Property({ type: 'string', length: 64, index: true, hydrate: false })
  get iinHash(): string & Opt {
    return hashIin(this.iin);
  }

  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  middleName?: string;

  @Property({ type: 'date' })
  birthDate!: string;

  @Enum({ items: () => Sex, type: 'string' })
  sex!: Sex;

  @Enum({ items: () => Citizenship, type: 'string' })
  citizenship!: Citizenship;

  @Property({ type: 'boolean' })
  residesInKazakhstan: boolean & Opt = true;

  @Enum({ items: () => MaritalStatus, type: 'string' })
  maritalStatus!: MaritalStatus;

  /**
   * Special category (criminal record, medical and register checks): the whole list is sealed as
   * one value, so matching opens one value per applicant. Padded to steps of 256 characters, so a
   * FLAGGED result is not told from a CLEAR one by length.
   */
  @Property({ type: new EncryptedJson<BackgroundCheck[]>(256) })
  checks: Opt<BackgroundCheck[]> = [];
}
