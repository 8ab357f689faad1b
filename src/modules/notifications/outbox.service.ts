import type { FilterQuery } from '@mikro-orm/core';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { requireActor } from '../identity/access-policy.js';
import { NotificationOutbox } from './notification-outbox.entity.js';
import type { OutboxMessageFilter } from './outbox.inputs.js';

export function listOutbox(ctx: Context, filter: OutboxMessageFilter = {}, page: PageArgs) {
  requireActor(ctx.actor);
  const where: FilterQuery<NotificationOutbox> = {};
  if (filter.pending !== undefined && filter.pending !== null) where.sentAt = filter.pending ? null : { $ne: null };
  if (filter.recipient) where.recipient = filter.recipient.trim().toLowerCase();
  return paginate(ctx.em, NotificationOutbox, where, page);
}
