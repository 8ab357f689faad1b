import { Check, Entity, Enum, ManyToOne, Opt, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { EncryptedJson, EncryptedText } from '../../db/encrypted-text.type.js';
import { hashIin, hashPassport } from '../../db/encryption.js';
import { Citizenship, Sex } from '../../shared/enums.js';
import type { BackgroundCheck } from './family.embeddables.js';
import { MaritalStatus } from './family.enums.js';
import { Family } from './family.entity.js';

/** One of the one or two adults applying together. */
@Entity()
@Check({ name: 'family_applicant_identity_check', expression: 'iin is not null or (passport_number is not null and passport_country is not null)' })
export class FamilyApplicant extends BaseEntity {
  @ManyToOne(() => Family, { ref: true, deleteRule: 'cascade', index: true })
  family!: Ref<Family>;

  /** 1 or 2: the order in which the applicants are shown. */
  @Property({ type: 'smallint' })
  position!: number;

  /** ИИН, stored encrypted; found by `iinHash`. Absent only for a foreign applicant registered by passport. */
  @Property({ type: EncryptedText, nullable: true })
  iin?: string;

  /** Keyed hash of the IIN, always derived from it. */
  @Property({ type: 'string', length: 64, nullable: true, index: true, hydrate: false })
  get iinHash(): Opt<string> | undefined {
    return this.iin ? hashIin(this.iin) : undefined;
  }

  /** A foreign applicant's passport number, sealed, upper case without spaces; found and kept unique by `passportHash`. */
  @Property({ type: EncryptedText, nullable: true })
  passportNumber?: string;

  /** The passport's issuing country, ISO 3166-1 alpha-2. */
  @Property({ type: 'string', length: 2, nullable: true })
  passportCountry?: string;

  /** Keyed hash of country and passport number, always derived from them. */
  @Property({ type: 'string', length: 64, nullable: true, unique: 'family_applicant_passport_unique', hydrate: false })
  get passportHash(): Opt<string> | undefined {
    return this.passportNumber && this.passportCountry ? hashPassport(this.passportCountry, this.passportNumber) : undefined;
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
