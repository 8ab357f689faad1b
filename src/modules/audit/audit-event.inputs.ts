import { IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlainText } from '../../graphql/validation.js';
import { CORRELATION_ID } from '../../http/correlation-id.js';

/** Every condition given must hold. */
@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true })
  @IsUUID()
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'E.g. `child.update`, `child.read-case-file`.' })
  @IsPlainText(64)
  action?: string;

  @Field(() => String, { nullable: true, description: 'E.g. `Child`, `Placement`, `FamilyApplicant`.' })
  @IsPlainText(64)
  entityName?: string;

  @Field(() => String, { nullable: true })
  @IsPlainText(64)
  entityId?: string;

  @Field(() => String, { nullable: true, description: 'The request that wrote the events (its server-chosen id).' })
  @Matches(/^[\w-]{1,64}$/, { message: 'requestId may hold letters, digits, underscores and hyphens (at most 64)' })
  requestId?: string;

  @Field(() => String, { nullable: true, description: 'The `x-request-id` the client sent with the requests that wrote the events.' })
  @Matches(CORRELATION_ID, { message: 'correlationId may hold printable ASCII characters (at most 64)' })
  correlationId?: string;

  @Field(() => Date, { nullable: true, description: 'At or after this instant.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this instant.' })
  to?: Date;
}
