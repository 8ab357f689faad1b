import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '../../shared/locale.js';
import { NotificationOutbox, type NotificationTemplate } from './notification-outbox.entity.js';

/** Whom a message is for: an address and the language to write in. */
export interface Recipient {
  email: string;
  language: Locale;
}

/**
 * Writes a message into the outbox in the caller's transaction: it is sent only if that commits,
 * and the commit wakes the sender. `payload` holds what the message links to, never case details.
 */
export function queueNotification(em: EntityManager, recipient: Recipient, template: NotificationTemplate, payload: Record<string, string>): NotificationOutbox {
  return em.create(NotificationOutbox, { recipient: recipient.email, language: recipient.language, template, payload });
}
