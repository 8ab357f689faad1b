import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../shared/enums.js';

/** One entry of the audit trail: who did or read what, to which record, when; never a value. `fields` is resolved in AuditEventResolver. */
@ObjectType('AuditEvent')
export class AuditEventType {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The user; null for an anonymous action.' })
  actorId?: string;

  @Field(() => Role, { nullable: true, description: 'The role the user had at the time.' })
  actorRole?: Role;

  @Field({ description: 'E.g. `placement.activate`; reads of audited fields are `<entity>.read-…`.' })
  action!: string;

  @Field()
  entityName!: string;

  @Field()
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'The request that wrote it: an id the server chose, unique to the request.' })
  requestId?: string;

  @Field(() => String, { nullable: true, description: 'The `x-request-id` the client sent with the request, if any: several requests may share one.' })
  correlationId?: string;
}
