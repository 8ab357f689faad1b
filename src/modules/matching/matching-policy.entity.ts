import { Entity, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import type { RulePolicy } from './rule.js';

/**
 * One version of the matching policy: what the administrator changed from the registry's
 * defaults (parameters, validity dates, rules switched off). Versions are never edited;
 * the newest is in force, and every placement records the version it was evaluated under.
 */
@Entity({ tableName: 'matching_policy' })
export class MatchingPolicyVersion {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  version!: number;

  @Property({ type: 'json' })
  rules: Record<string, RulePolicy> & Opt = {};

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  /** The administrator; not a foreign key, like the audit trail. */
  @Property({ type: 'uuid', nullable: true })
  createdBy?: string;

  @Property({ type: 'string', length: 1000, nullable: true })
  note?: string;
}
