import { Arg, Args, Authorized, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import type { AuditEvent } from './audit-event.entity.js';
import { AuditReason } from './audit-reason.entity.js';
import { AuditEventFilter } from './audit-event.inputs.js';
import { AuditEventType } from './audit-event.type.js';
import { listAuditEvents } from './audit.service.js';

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEventType, 'AuditEvent') {}

@Resolver(() => AuditEventType)
export class AuditEventResolver {
  @Authorized(rolesFor('Query.auditEvents'))
  @Query(() => AuditEventConnection, { description: 'The audit trail, oldest first: every change, and every read of a case file or background check.' })
  auditEvents(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter) {
    return listAuditEvents(ctx, filter, page);
  }

  @FieldResolver(() => [String], { description: 'Names of the fields changed, or read for a read event; never their values.' })
  fields(@Root() event: AuditEvent): string[] {
    return event.changedFields;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The reason the actor stated for the change (an identity correction, a sibling unlinked); opened from where it is kept sealed.' })
  async reason(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.em.findOne(AuditReason, { id: event.id }))?.reason ?? null;
  }
}
