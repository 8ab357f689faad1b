import { Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Role } from '../../shared/enums.js';
import { uuidv7 } from '../../shared/uuid.js';

/** Who did what to which record, written in the same transaction as the change. Holds no personal data. */
@Entity()
@Index({ properties: ['entityName', 'entityId'] })
@Index({ properties: ['at'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  /** Null for anonymous actions (a failed login). Not a foreign key: the trail outlives its actors. */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  @Property({ type: 'string', length: 32, nullable: true })
  actorRole?: Role;

  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 64 })
  entityName!: string;

  @Property({ type: 'string', length: 64 })
  entityId!: string;

  @Property({ type: 'timestamptz' })
  at: Date & Opt = new Date();

  /** Names of the changed fields, never their values. */
  @Property({ type: 'text[]' })
  changedFields: Opt<string[]> = [];

  /** Chosen by the server for each request: a client cannot make two requests share one. */
  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string;

  /** The client's `x-request-id`, if it sent a valid one: to find its requests, never to tell them apart. */
  @Property({ type: 'string', length: 64, nullable: true })
  correlationId?: string;
}
