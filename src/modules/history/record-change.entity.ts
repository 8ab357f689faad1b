import { Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { EncryptedJson } from '../../db/encrypted-text.type.js';
import { Role } from '../../shared/enums.js';
import { uuidv7 } from '../../shared/uuid.js';

/** The record kinds whose every change keeps its previous values (record-history.subscriber.ts). */
export const HISTORY_KINDS = ['Child', 'Family', 'FamilyApplicant', 'Mentor', 'Placement', 'Mentorship'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** One field of a change: its value before and after, as the entity holds it (a reference as the referred record's key). */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/**
 * One change of a record: which record, who, when, through which audited action, and every field
 * with its old and new value. The values, personal data among them, are sealed as one JSON list
 * (`record_change.changes` bound in as associated data), so a case-file field is as encrypted in
 * its history as in its record, and a key rotation re-seals the history with the rest.
 */
@Entity()
@Index({ properties: ['entityId', 'id'] })
export class RecordChange {
  /** Time-ordered: pages of a history follow the order of its changes. */
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'string', length: 64 })
  entityName!: HistoryKind;

  /** Not a foreign key: it refers to a row of one of six tables, named by `entityName`. */
  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'timestamptz' })
  at: Date & Opt = new Date();

  /** Null for a change made outside a request (seeds, maintenance). */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  @Property({ type: 'string', length: 32, nullable: true })
  actorRole?: Role;

  /** The audit event of the change (its action, and the reason stated, kept in audit_reason under its id). */
  @Property({ type: 'uuid', nullable: true })
  auditEventId?: string;

  @Property({ type: 'string', length: 64, nullable: true })
  action?: string;

  /** The version the change gave its record (null before record versions were kept here, and for kinds without one). */
  @Property({ type: 'integer', nullable: true })
  version?: number;

  /** The family change request whose accepted fields the change applied (src/modules/family-changes). */
  @Property({ type: 'uuid', nullable: true })
  changeRequestId?: string;

  /** Padded to a multiple of 256 characters, so the length tells little of which fields changed. */
  @Property({ type: new EncryptedJson<FieldChange[]>(256) })
  changes!: FieldChange[];
}
