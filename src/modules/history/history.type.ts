import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../shared/enums.js';
import { ChildType } from '../children/child.type.js';

@ObjectType('FieldChange', { description: 'One field of a change: its value before and after.' })
export class FieldChangeType {
  @Field({ description: 'The field as the record type names it; a field of an embedded value under it (`housing.rooms`).' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'A reference to another record is its id (a region, its code).' })
  old!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  new!: unknown;
}

@ObjectType('HistoryEntry', {
  description:
    'One change of a child, family, applicant, mentor, placement or mentorship: who, when, why, and every field with its old and new value. ' +
    'A field the caller may not read on the record (a case-file field, for a mentor coordinator) is left out, and so is the reason of a change that touched one.',
})
export class HistoryEntryType {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field({ description: 'The record type: Child, Family, FamilyApplicant, Mentor, Placement or Mentorship.' })
  recordKind!: string;

  @Field(() => ID)
  recordId!: string;

  @Field(() => ID, { nullable: true, description: 'Null for a change made outside a request (seeds, maintenance).' })
  actorId?: string;

  @Field(() => Role, { nullable: true, description: 'The role the user had at the time.' })
  actorRole?: Role;

  @Field(() => String, { nullable: true, description: 'The audited action, e.g. `child.correct-identity`.' })
  action?: string;

  @Field(() => Int, { nullable: true, description: 'The version of the record the change made; null for records without one, and for changes kept before versions were.' })
  version?: number;

  @Field(() => ID, { nullable: true, description: "For a family's accepted change: the change request it applied." })
  changeRequestId?: string;

  @Field(() => String, { nullable: true, description: 'The reason stated for the change (an identity correction, a sibling unlinked).' })
  reason?: string | null;

  @Field(() => [FieldChangeType])
  changes!: FieldChangeType[];
}

export enum TimelineKind {
  REGISTERED = 'REGISTERED',
  CORRECTED = 'CORRECTED',
  PLACEMENT_STEP = 'PLACEMENT_STEP',
  CONSENT = 'CONSENT',
  MENTORSHIP_PROPOSED = 'MENTORSHIP_PROPOSED',
  MENTORSHIP_STARTED = 'MENTORSHIP_STARTED',
  MENTORSHIP_CLOSED = 'MENTORSHIP_CLOSED',
  MEETING = 'MEETING',
  TRANSFER_REQUESTED = 'TRANSFER_REQUESTED',
  TRANSFER_ACCEPTED = 'TRANSFER_ACCEPTED',
  TRANSFER_DECLINED = 'TRANSFER_DECLINED',
  TRANSFER_WITHDRAWN = 'TRANSFER_WITHDRAWN',
}

registerEnumType(TimelineKind, {
  name: 'TimelineKind',
  description: 'What happened: registration, an identity correction, a placement step (its transition says which), a consent or opinion, a mentorship begun or ended, a meeting, a transfer of the case asked, accepted, declined or withdrawn.',
});

@ObjectType('TimelineEntry', {
  description:
    "One event of a child's case. `recordKind` and `recordId` name the record that tells of it (ask `placement(id)` or `mentorship(id)` for it): " +
    'only records the caller may see are on its timeline. Events of a day without a time (a meeting, a start) are at 00:00 UTC of that day.',
})
export class TimelineEntryType {
  @Field(() => TimelineKind)
  kind!: TimelineKind;

  @Field()
  at!: Date;

  @Field({ description: 'Child (registration, correction), Placement (steps, consent), Mentorship (its start and end, its meetings) or CaseTransfer.' })
  recordKind!: string;

  @Field(() => ID)
  recordId!: string;

  @Field(() => String, { nullable: true, description: 'For PLACEMENT_STEP: the status the placement moved to; for a transfer, its status now.' })
  status?: string;

  @Field(() => ChildType, { nullable: true, description: 'For REGISTERED.' })
  child?: unknown;

  @Field(() => HistoryEntryType, { nullable: true, description: 'For CORRECTED: the change, as the caller may read it.' })
  change?: unknown;
}
