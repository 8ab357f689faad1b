import { UniqueConstraintViolationException } from '@mikro-orm/core';
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

/** Writes a message to the family's account, if it has an active one (enabled, activated); a family without one is told nothing. */
export async function tellFamily(em: EntityManager, familyId: string, template: NotificationTemplate, payload: Record<string, string>): Promise<void> {
  const account = await em.findOne(User, { family: familyId, role: Role.FAMILY, disabled: false, passwordHash: { $ne: null } });
  if (account) queueNotification(em, account, template, payload);
}

/** Tells the family that a placement with it reached a step: the step and a link, nothing of the child. */
export function tellFamilyOfStep(em: EntityManager, familyId: string, placementId: string, step: string): Promise<void> {
  return tellFamily(em, familyId, NotificationTemplate.PLACEMENT_STEP, { placementId, step });
}

/**
 * Writes a message a job calls for (a digest, a reminder) at most once per `dedupeKey`, however
 * often and on however many instances the job runs: true when this call wrote it.
 */
export async function queueOnce(em: EntityManager, recipient: Recipient, template: NotificationTemplate, payload: Record<string, string>, dedupeKey: string): Promise<boolean> {
  const fork = em.fork();
  const message = fork.create(NotificationOutbox, { recipient: recipient.email, language: recipient.language, template, payload, dedupeKey }, { persist: false });
  try {
    await fork.insert(message);
    return true;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) return false;
    throw error;
  }
}
