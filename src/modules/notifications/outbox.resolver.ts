import { Arg, Args, Authorized, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { renderMessage } from './catalogue.js';
import type { NotificationOutbox } from './notification-outbox.entity.js';
import { OutboxMessageFilter } from './outbox.inputs.js';
import { listOutbox } from './outbox.service.js';
import { OutboxMessageType } from './outbox-message.type.js';

@ObjectType()
export class OutboxMessageConnection extends ConnectionType(OutboxMessageType, 'OutboxMessage') {}

@Resolver(() => OutboxMessageType)
export class OutboxResolver {
  @Authorized(rolesFor('Query.outboxMessages'))
  @Query(() => OutboxMessageConnection, { description: 'The notification outbox, oldest first: what was sent, what waits, what is retried and why.' })
  outboxMessages(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => OutboxMessageFilter, { nullable: true }) filter?: OutboxMessageFilter) {
    return listOutbox(ctx, filter, page);
  }

  @FieldResolver(() => String)
  subject(@Root() message: NotificationOutbox, @Ctx() ctx: Context): string {
    return renderMessage(message.template, message.language, message.payload, ctx.mail?.publicUrl ?? '').subject;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The text as mailed, links and one-time tokens included: only while no mail server is configured outside production (development reads its mail here); null otherwise.',
  })
  body(@Root() message: NotificationOutbox, @Ctx() ctx: Context): string | null {
    if (!ctx.mail?.bodiesReadable) return null;
    return renderMessage(message.template, message.language, message.payload, ctx.mail.publicUrl).text;
  }
}
