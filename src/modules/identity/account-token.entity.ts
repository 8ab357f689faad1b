import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from './user.entity.js';

export enum AccountTokenPurpose {
  /** Sets the first password of an invited account. */
  ACTIVATION = 'ACTIVATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * A one-time token sent by email: 32 random bytes, of which only the SHA-256 is kept (a random
 * token needs no slow hash: there is nothing to guess). Good once, until `expiresAt`.
 */
@Entity()
export class AccountToken extends BaseEntity {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => AccountTokenPurpose, type: 'string' })
  purpose!: AccountTokenPurpose;

  /** Hex SHA-256 of the token. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date;
}
