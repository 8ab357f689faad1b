import { Entity, Enum, ManyToOne, Opt, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { Role } from '../../shared/enums.js';
import { DEFAULT_LOCALE, Locale } from '../../shared/locale.js';
import { Family } from '../families/family.entity.js';
import { Mentor } from '../mentors/mentor.entity.js';
import { District } from '../regions/district.entity.js';
import { Region } from '../regions/region.entity.js';

@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  /** Stored lower-cased. */
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  /** argon2id; never leaves the server. Null until an invited account is activated: no password signs in to it. */
  @Property({ type: 'string', length: 255, hidden: true, nullable: true })
  passwordHash?: string;

  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  /** Workers and coordinators act within one region. */
  @ManyToOne(() => Region, { ref: true, nullable: true })
  region?: Ref<Region>;

  /** Set for staff of one district of that region; null: the whole region. */
  @ManyToOne(() => District, { ref: true, nullable: true })
  district?: Ref<District>;

  @ManyToOne(() => Family, { ref: true, nullable: true })
  family?: Ref<Family>;

  @ManyToOne(() => Mentor, { ref: true, nullable: true })
  mentor?: Ref<Mentor>;

  @Property({ type: 'string', length: 200 })
  displayName!: string;

  /** The language of the account's mail (and, later, of the console). */
  @Enum({ items: () => Locale, type: 'string', default: DEFAULT_LOCALE })
  language: Locale & Opt = DEFAULT_LOCALE;

  @Property({ type: 'boolean' })
  disabled: boolean & Opt = false;

  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date;

  /**
   * Carried in every token signed for the user (claim `ver`) and compared on each request:
   * raising it ends every session. Logout raises it; a database trigger raises it whenever the
   * password hash changes or the account is disabled (Migration20261203000110).
   */
  @Property({ type: 'integer', default: 0 })
  tokenVersion: number & Opt = 0;
}
