import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../shared/enums.js';
import { ChangeRequestStatus, FAMILY_CHANGE_FIELDS, FieldDecision, type FamilyChangeField } from './family-change.rules.js';
import { ProvenanceSource } from './provenance.rules.js';

/** The fields a family may propose, named as the Family type names them. */
export const FamilyChangeFieldName = Object.fromEntries(FAMILY_CHANGE_FIELDS.map((field) => [field, field])) as Record<FamilyChangeField, FamilyChangeField>;

registerEnumType(FamilyChangeFieldName, { name: 'FamilyChangeField', description: 'A field of the Family type a family may propose a change to.' });
registerEnumType(FieldDecision, { name: 'FieldDecision' });
registerEnumType(ChangeRequestStatus, { name: 'ChangeRequestStatus', description: 'PENDING while any field waits; then ACCEPTED, REJECTED or PARTLY_ACCEPTED; SUPERSEDED when the family proposed every field again in a later request.' });

registerEnumType(ProvenanceSource, { name: 'ProvenanceSource' });

@ObjectType('FamilyFieldChange', { description: 'One field of a change request. Values are JSON: housing and preferences as objects, household members as a list of them, null for none.' })
export class FamilyFieldChangeType {
  @Field(() => FamilyChangeFieldName)
  field!: FamilyChangeField;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value the family read (the record at the version it sent).' })
  readValue!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  proposedValue!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The accepted value the record holds now: what matching and staff see.' })
  currentValue!: unknown;

  @Field({ description: 'Staff changed the field after the family read it: for a pending field, now; for a reviewed one, when it was decided. The current value stands until the worker picks.' })
  conflict!: boolean;

  @Field(() => FieldDecision)
  decision!: FieldDecision;

  @Field(() => GraphQLJSON, { nullable: true, description: 'For a reviewed field: the value that stood when the worker decided.' })
  standingValue?: unknown;

  @Field(() => String, { nullable: true, description: 'Why the worker rejected it.' })
  rejectionReason?: string;

  @Field(() => Date, { nullable: true })
  reviewedAt?: Date;

  @Field(() => ID, { nullable: true })
  reviewedById?: string;

  @Field(() => ID, { nullable: true, description: 'For a SUPERSEDED field: the later change request of the family that proposes it again.' })
  supersededById?: string;
}

/** Its family and its fields are resolved in FamilyChangeRequestResolver; reads of the fields are audited. */
@ObjectType('FamilyChangeRequest', { description: "A family's proposed changes to its own record, reviewed field by field by its worker." })
export class FamilyChangeRequestType {
  @Field(() => ID)
  id!: string;

  @Field(() => ChangeRequestStatus)
  status!: ChangeRequestStatus;

  @Field(() => Int, { description: 'The version of the family record the family read.' })
  readVersion!: number;

  @Field(() => ID, { description: 'The family account that submitted it.' })
  submittedBy!: string;

  @Field({ description: 'When it was submitted.' })
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType('FieldProvenance', { description: 'Who set the current value of a field of a family record, when, and through what.' })
export class FieldProvenanceType {
  @Field({ description: 'The field as the Family type names it (housing and preferences as a whole).' })
  field!: string;

  @Field(() => ProvenanceSource)
  source!: ProvenanceSource;

  @Field()
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'Who set it: the worker, or the family account whose change was accepted. Null for a change made outside a request (seeds).' })
  setById?: string;

  @Field(() => Role, { nullable: true })
  setByRole?: Role;

  @Field(() => ID, { nullable: true, description: 'For a family change: the worker who accepted it.' })
  acceptedById?: string;

  @Field(() => String, { nullable: true, description: 'The audited action that set it, e.g. `family.update` or `family.accept-changes`.' })
  action?: string;

  @Field(() => ID, { nullable: true, description: 'For a family change: its change request.' })
  changeRequestId?: string;
}
