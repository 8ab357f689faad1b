import { Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { EncryptedJson } from '../../db/encrypted-text.type.js';
import { uuidv7 } from '../../shared/uuid.js';

/** The messages the service sends. */
export enum NotificationTemplate {
  /** A new account's activation link (a staff member, a family, a mentor). */
  ACCOUNT_ACTIVATION = 'account-activation',
  PASSWORD_RESET = 'password-reset',
}

/**
 * A message waiting to be sent, written in the transaction of the change that calls for it, so no
 * message goes out for a change that rolled back and none is lost for one that committed. The
 * notification channel (Casework II) delivers the rows with `sent_at` null and sets it.
 */
@Entity({ tableName: 'notification_outbox' })
// The sender reads the unsent rows, oldest first; sent rows leave the index.
@Index({ name: 'notification_outbox_unsent_index', expression: 'create index "notification_outbox_unsent_index" on "notification_outbox" ("created_at") where "sent_at" is null' })
export class NotificationOutbox {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  /** An email address. */
  @Property({ type: 'string', length: 254 })
  recipient!: string;

  @Property({ type: 'string', length: 64 })
  template!: NotificationTemplate;

  /** What the message needs and nothing more (a one-time token and its expiry): sealed, because the token opens an account. */
  @Property({ type: new EncryptedJson<Record<string, string>>(0) })
  payload!: Record<string, string>;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;
}
