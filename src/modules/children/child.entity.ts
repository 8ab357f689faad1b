import { Entity, Enum, Index, ManyToOne, Opt, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { EncryptedJson, EncryptedText } from '../../db/encrypted-text.type.js';
import { hashIin } from '../../db/encryption.js';
import { Language, Sex } from '../../shared/enums.js';
import { Institution } from '../institutions/institution.entity.js';
import { District } from '../regions/district.entity.js';
import { Region } from '../regions/region.entity.js';
import { User } from '../identity/user.entity.js';
import { ChildStatus, DataBankExitReason, HealthGroup, LegalStatus, SpecialNeed } from './child.enums.js';
import { SiblingGroup } from './sibling-group.entity.js';

/** A child registered in the Republican Data Bank of orphans and children without parental care. */
@Entity()
// Pages are in id order: each filter's index ends with the id, so a page is read in order and stops at its size.
@Index({ properties: ['region', 'status', 'id'] })
@Index({ properties: ['region', 'id'] })
@Index({ name: 'child_search_name_trgm', expression: 'create index "child_search_name_trgm" on "child" using gin ("search_name" gin_trgm_ops)' })
@Index({ properties: ['district', 'status', 'id'] })
@Index({ properties: ['siblingGroup'] })
// A worker's caseload and `assignedTo` pages.
@Index({ properties: ['assignedWorker', 'id'] })
export class Child extends VersionedEntity {
  /** ИИН: individual identification number. Stored encrypted; found and kept unique by `iinHash`. */
  @Property({ type: EncryptedText })
  iin!: string;

  /** Keyed hash of the IIN, always derived from it: the only way to look a child up by IIN. */
  @Property({ type: 'string', length: 64, unique: 'child_iin_unique', hydrate: false })
  get iinHash(): string & Opt {
    return hashIin(this.iin);
  }

  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Property({ type: 'string', length: 100 })
  firstName!: string;

  /** Patronymic (әкесінің аты / отчество), absent for many children. */
  @Property({ type: 'string', length: 100, nullable: true })
  middleName?: string;

  /** Search key of the full name (src/shared/search-text.ts): one for its Kazakh, Russian and Latin spellings. */
  @Property({ type: 'text' })
  searchName!: string;

  @Property({ type: 'date' })
  birthDate!: string;

  @Enum({ items: () => Sex, type: 'string' })
  sex!: Sex;

  @ManyToOne(() => Region, { ref: true })
  region!: Ref<Region>;

  /** The district whose guardianship body keeps the case; null: kept at region level. */
  @ManyToOne(() => District, { ref: true, nullable: true })
  district?: Ref<District>;

  /** The worker who owns the case (the coordinator, for a mentor): the registrar, then whoever accepts a transfer; null: unassigned. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  assignedWorker?: Ref<User>;

  /** Where the child lives (the institution's settlement while in one): LOCATION scores the same settlement. */
  @Property({ type: 'string', length: 100, nullable: true })
  settlement?: string;

  /** The institution the child lives in; null while in a family or not yet recorded. */
  @ManyToOne(() => Institution, { ref: true, nullable: true })
  institution?: Ref<Institution>;

  /** Special category, sealed: a filter on it is applied after opening (see child.service.ts). */
  @Property({ type: EncryptedJson.oneOf(LegalStatus) })
  legalStatus!: LegalStatus;

  /** The date the child was taken onto the register, from which its time waiting counts. */
  @Property({ type: 'date' })
  registeredAt!: string;

  /** When the guardianship body learnt of the child: its entry in the Republican Data Bank is due within 1 working day of it. */
  @Property({ type: 'timestamptz' })
  identifiedAt: Date & Opt = new Date();

  /** When the child was entered in the Republican Data Bank; null: not yet, and a task asks for it. */
  @Property({ type: 'timestamptz', nullable: true })
  dataBankRegisteredAt?: Date;

  /** The data bank's registration number, when recorded: it names the child in a state register, so it is sealed. */
  @Property({ type: EncryptedText, nullable: true })
  dataBankNumber?: string;

  /** Special category, sealed. */
  @Property({ type: EncryptedJson.oneOf(HealthGroup) })
  healthGroup!: HealthGroup;

  /** Special category (a need can name a diagnosis), sealed; filtered and matched after opening. */
  @Property({ type: EncryptedJson.setOf(SpecialNeed) })
  specialNeeds: Opt<SpecialNeed[]> = [];

  /** Encrypted at rest. */
  @Property({ type: EncryptedText, nullable: true })
  healthNotes?: string;

  @Enum({ items: () => Language, type: 'string', array: true })
  languages: Opt<Language[]> = [];

  @ManyToOne(() => SiblingGroup, { ref: true, nullable: true })
  siblingGroup?: Ref<SiblingGroup>;

  @Enum({ items: () => ChildStatus, type: 'string' })
  status: ChildStatus & Opt = ChildStatus.AWAITING_PLACEMENT;

  @Enum({ items: () => DataBankExitReason, type: 'string', nullable: true })
  exitReason?: DataBankExitReason;

  @Property({ type: 'date', nullable: true })
  exitedAt?: string;

  /** Case notes of the guardianship authority: sensitive, never logged, encrypted at rest. */
  @Property({ type: EncryptedText, nullable: true })
  caseNotes?: string;
}
