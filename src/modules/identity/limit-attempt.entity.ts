import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One counted attempt (a failed sign-in, a use of a one-time token, a duplicate IIN found) of one
 * series, kept in the database so every server instance counts the same (attempt-log.ts). The
 * series names what is counted and a SHA-256 of whose it is, never the email or address itself.
 */
@Entity({ tableName: 'limit_attempt' })
@Index({ properties: ['series', 'at'] })
export class LimitAttempt {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 96 })
  series!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;
}
