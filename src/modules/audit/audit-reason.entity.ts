import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { EncryptedText } from '../../db/encrypted-text.type.js';

/**
 * The reason a person stated for an audited change (a correction of identity, a sibling link
 * undone). The audit trail holds names of fields, never values, and is append-only, so it could
 * never be re-encrypted: the reason, free text that may name people, is kept here, sealed, one row
 * per audit event, written in the same transaction.
 */
@Entity()
export class AuditReason {
  /** The audit event's id: one reason per event. Not a foreign key, like the trail's own references. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: EncryptedText })
  reason!: string;
}
