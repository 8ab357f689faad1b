import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../shared/logger.js';
import { failureClass, retryDelayMs } from './back-off.js';
import { renderMessage } from './catalogue.js';
import type { Mailer } from './mailer.js';
import { NotificationOutbox } from './notification-outbox.entity.js';

export interface DeliveryOptions {
  mailer: Mailer;
  /** Where the links in messages point. */
  publicUrl: string;
  logger: Logger;
  /** The clock: tests move it to see the back-off. */
  now?: () => Date;
  /** At most this many messages per run; the next run takes the rest. */
  limit?: number;
}

export interface DeliveryRun {
  sent: number;
  failed: number;
  /** When the earliest message still unsent may be tried, if any. */
  nextAttemptAt?: Date;
}

type Outcome = 'sent' | 'failed' | 'none';

/**
 * Sends the messages whose turn has come, one per transaction: the row is locked (`skip locked`,
 * so several senders never take the same message), handed to the mail server, and marked sent in
 * the transaction that holds the lock. A failure records the attempt and its class and sets the
 * next try by back-off; the message stays until it is sent. A crash before the commit leaves the
 * row unsent, and it is sent again: only if the server had accepted it in the instant before the
 * crash does the recipient get it twice, with the same Message-ID, which a receiving server may use
 * to drop the copy.
 */
export async function deliverDue(em: EntityManager, options: DeliveryOptions): Promise<DeliveryRun> {
  const now = options.now ?? (() => new Date());
  const limit = options.limit ?? 100;
  const run: DeliveryRun = { sent: 0, failed: 0 };
  for (let handled = 0; handled < limit; handled++) {
    const outcome = await deliverOne(em.fork(), options, now);
    if (outcome === 'none') break;
    run[outcome]++;
  }
  const next = await em.fork().findOne(NotificationOutbox, { sentAt: null }, { orderBy: { nextAttemptAt: 'asc' }, fields: ['nextAttemptAt'] });
  if (next) run.nextAttemptAt = next.nextAttemptAt;
  if (run.sent || run.failed) options.logger.info('notifications delivered', { sent: run.sent, failed: run.failed });
  return run;
}

function deliverOne(em: EntityManager, options: DeliveryOptions, now: () => Date): Promise<Outcome> {
  return em.transactional(async (tx) => {
    const [message] = await tx.find(
      NotificationOutbox,
      { sentAt: null, nextAttemptAt: { $lte: now() } },
      { orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit: 1, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
    if (!message) return 'none';
    message.attempts++;
    message.lastAttemptAt = now();
    const { subject, text } = renderMessage(message.template, message.language, message.payload, options.publicUrl);
    try {
      await options.mailer.send({ to: message.recipient, subject, text, messageId: message.id });
      message.sentAt = now();
      message.lastError = null;
      return 'sent';
    } catch (error) {
      message.lastError = failureClass(error);
      message.nextAttemptAt = new Date(now().getTime() + retryDelayMs(message.attempts));
      options.logger.info('notification not delivered: will retry', { messageId: message.id, attempts: message.attempts, failure: message.lastError });
      return 'failed';
    }
  });
}

/** What waits in the outbox, for the metrics endpoint: messages unsent, of them those that failed at least once, and the oldest one's age. */
export async function outboxBacklog(em: EntityManager, now: Date = new Date()): Promise<{ unsent: number; retrying: number; oldestAgeSeconds: number }> {
  const [row] = await em.getConnection().execute<{ unsent: string; retrying: string; oldest: Date | null }[]>(
    `select count(*) as unsent, count(*) filter (where attempts > 0) as retrying, min(created_at) as oldest from notification_outbox where sent_at is null`,
  );
  const oldest = row?.oldest ? new Date(row.oldest) : undefined;
  return { unsent: Number(row?.unsent ?? 0), retrying: Number(row?.retrying ?? 0), oldestAgeSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : 0 };
}
