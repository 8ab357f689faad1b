import { Entity, Enum, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { EncryptedJson } from '../../db/encrypted-text.type.js';
import { DEFAULT_LOCALE, Locale } from '../../shared/locale.js';
import { uuidv7 } from '../../shared/uuid.js';

/** The messages the service sends. */
export enum NotificationTemplate {
  /** A new account's activation link (a staff member, a family, a mentor). */
  ACCOUNT_ACTIVATION = 'account-activation',
  PASSWORD_RESET = 'password-reset',
  /** A worker's morning digest: how many of their tasks fall due today and how many are overdue. */
  TASK_DIGEST = 'task-digest',
  /** To a family with an account: a placement with it reached a step (introduction, trial, approval, start, end). */
  PLACEMENT_STEP = 'placement-step',
  /** To a family: its worker answered its inquiry about a child (the decision, and the reason's code when declined). */
  INQUIRY_ANSWERED = 'inquiry-answered',
  /** To a family: its availability lapses soon unless it confirms it (the day it lapses). */
  AVAILABILITY_REMINDER = 'availability-reminder',
}

/**
 * A message waiting to be sent, written in the transaction of the change that calls for it, so no
 * message goes out for a change that rolled back and none is lost for one that committed. The
 * sender (delivery.ts) takes the unsent rows whose `next_attempt_at` has come, one at a time and
 * locked, and sets `sent_at` in the transaction that holds the lock.
 */
@Entity({ tableName: 'notification_outbox' })
// The sender reads the unsent rows whose turn has come; sent rows leave the index.
@Index({ name: 'notification_outbox_unsent_index', expression: 'create index "notification_outbox_unsent_index" on "notification_outbox" ("next_attempt_at") where "sent_at" is null' })
export class NotificationOutbox {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  /** An email address. */
  @Property({ type: 'string', length: 254 })
  recipient!: string;

  @Property({ type: 'string', length: 64 })
  template!: NotificationTemplate;

  /** The recipient's language when the message was written. */
  @Enum({ items: () => Locale, type: 'string', default: DEFAULT_LOCALE })
  language: Locale & Opt = DEFAULT_LOCALE;

  /** What the message needs and nothing more (a one-time token and its expiry, a link's target): sealed, because a token opens an account. */
  @Property({ type: new EncryptedJson<Record<string, string>>(0) })
  payload!: Record<string, string>;

  /** For a message written by a job rather than a change (a daily digest): one per key, however often or wherever the job runs. */
  @Property({ type: 'string', length: 128, nullable: true, unique: 'notification_outbox_dedupe_key_unique' })
  dedupeKey?: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  /** Sending attempts so far, successful one included. */
  @Property({ type: 'integer', default: 0 })
  attempts: number & Opt = 0;

  /** Not tried before this: the back-off after a failure. */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt?: Date;

  /** The class of the last failure (an SMTP reply code, a connection error's code), never the server's words: they may quote the address. */
  @Property({ type: 'string', length: 120, nullable: true })
  lastError?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;
}
