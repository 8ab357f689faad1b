import { Check, Entity, Enum, Index, ManyToOne, Opt, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { EncryptedJson, EncryptedText } from '../../db/encrypted-text.type.js';
import { hashIin } from '../../db/encryption.js';
import { CheckResult, Citizenship, Language, Sex } from '../../shared/enums.js';
import { Region } from '../regions/region.entity.js';
import { User } from '../identity/user.entity.js';

/** A trained volunteer (наставник) who supports a child in care or a care leaver. */
@Entity()
@Index({ properties: ['region', 'available'] })
@Index({ properties: ['assignedWorker', 'id'] })
@Check({ name: 'mentor_max_mentees_check', expression: 'max_mentees >= 1 and max_mentees <= 10' })
@Index({ name: 'mentor_search_name_trgm', expression: 'create index "mentor_search_name_trgm" on "mentor" using gin ("search_name" gin_trgm_ops)' })
export class Mentor extends VersionedEntity {
  /** ИИН, stored encrypted; found and kept unique by `iinHash`. */
  @Property({ type: EncryptedText })
  iin!: string;

  /** Keyed hash of the IIN, always derived from it. */
  @Property({ type: 'string', length: 64, unique: 'mentor_iin_unique', hydrate: false })
  get iinHash(): string & Opt {
    return hashIin(this.iin);
  }

  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  middleName?: string;

  /** Search key of the full name (src/shared/search-text.ts). */
  @Property({ type: 'text' })
  searchName!: string;

  @Property({ type: 'date' })
  birthDate!: string;

  @Enum({ items: () => Sex, type: 'string' })
  sex!: Sex;

  @Enum({ items: () => Citizenship, type: 'string' })
  citizenship!: Citizenship;

  @ManyToOne(() => Region, { ref: true })
  region!: Ref<Region>;

  /** The worker who owns the case (the coordinator, for a mentor): the registrar, then whoever accepts a transfer; null: unassigned. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  assignedWorker?: Ref<User>;

  @Property({ type: 'string', length: 100 })
  city!: string;

  @Property({ type: 'date', nullable: true })
  trainingCertificateDate?: string;

  /** Special category (a criminal-record check), sealed; matching (M-CHECK) opens it. */
  @Property({ type: EncryptedJson.oneOf(CheckResult) })
  backgroundCheckResult!: CheckResult;

  @Property({ type: 'date', nullable: true })
  backgroundCheckDate?: string;

  @Enum({ items: () => Language, type: 'string', array: true })
  languages: Opt<Language[]> = [];

  /** Free text, sealed. */
  @Property({ type: new EncryptedJson<string[]>(64) })
  interests: Opt<string[]> = [];

  @Property({ type: 'integer' })
  maxMentees: number & Opt = 1;

  @Property({ type: 'boolean' })
  available: boolean & Opt = true;

  @Property({ type: 'string', length: 32, nullable: true })
  contactPhone?: string;

  @Property({ type: 'string', length: 254, nullable: true })
  contactEmail?: string;
}
