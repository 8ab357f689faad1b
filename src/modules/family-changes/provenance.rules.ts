import { Role } from '../../shared/enums.js';

export enum ProvenanceSource {
  /** Set when the family was registered, and unchanged since. */
  REGISTRATION = 'REGISTRATION',
  /** Set by staff (a worker or an administrator) through one of their mutations. */
  STAFF = 'STAFF',
  /** Proposed by the family in a change request that a worker accepted. */
  FAMILY = 'FAMILY',
}

/** The fields of a family record that carry a provenance, as the Family type names them. */
export const PROVENANCE_FIELDS = [
  'region', 'district', 'forms', 'settlement', 'monthlyIncome', 'housing', 'assessmentStatus', 'approvedAt', 'approvalExpiresAt',
  'trainingCertificateDate', 'preferences', 'capacity', 'childrenInHousehold', 'householdMembers', 'contactPhone', 'contactEmail', 'address',
  'acceptingPlacements', 'availabilityNote', 'assignedWorker',
] as const;

/** The record history names fields as the entity does: an embedded value's part under its owner, the decided status by its property. */
const API_NAMES: Readonly<Record<string, string>> = { decidedStatus: 'assessmentStatus' };
const apiField = (historyField: string) => {
  const owner = historyField.split('.')[0]!;
  return API_NAMES[owner] ?? owner;
};

export interface Setter {
  at: Date;
  actorId?: string;
  actorRole?: Role;
  action?: string;
}

/** One change of the record as its history keeps it. */
export interface KeptChange extends Setter {
  fields: readonly string[];
  changeRequestId?: string;
}

export interface Provenance {
  field: string;
  source: ProvenanceSource;
  at: Date;
  setById?: string;
  setByRole?: Role;
  acceptedById?: string;
  action?: string;
  changeRequestId?: string;
}

/**
 * Who set each field's current value: the newest change of it in the record's history, or, if it
 * never changed, the registration. A change that applied a family's change request was set by the
 * family that proposed it (`submitters`: request → account) and accepted by the worker who made it.
 */
export function fieldProvenance(registration: Setter, changesNewestFirst: readonly KeptChange[], submitters: ReadonlyMap<string, string>): Provenance[] {
  return PROVENANCE_FIELDS.map((field): Provenance => {
    const change = changesNewestFirst.find((each) => each.fields.some((name) => apiField(name) === field));
    if (!change) return { field, source: ProvenanceSource.REGISTRATION, at: registration.at, setById: registration.actorId, setByRole: registration.actorRole, action: registration.action };
    const { at, actorId, actorRole, action, changeRequestId } = change;
    if (!changeRequestId) return { field, source: ProvenanceSource.STAFF, at, setById: actorId, setByRole: actorRole, action };
    return { field, source: ProvenanceSource.FAMILY, at, setById: submitters.get(changeRequestId), setByRole: Role.FAMILY, acceptedById: actorId, action, changeRequestId };
  });
}
