import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '../../shared/locale.js';
import { Role } from '../../shared/enums.js';
import { User } from '../identity/user.entity.js';
import { NotificationOutbox, NotificationTemplate } from './notification-outbox.entity.js';

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

/** Tells the family's account, if it has an active one, that a placement with it reached a step: the step and a link, nothing of the child. */
export async function tellFamilyOfStep(em: EntityManager, familyId: string, placementId: string, step: string): Promise<void> {
  const account = await em.findOne(User, { family: familyId, role: Role.FAMILY, disabled: false, passwordHash: { $ne: null } });
  if (account) queueNotification(em, account, NotificationTemplate.PLACEMENT_STEP, { placementId, step });
}
