import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/enums.js';
import { fieldProvenance, ProvenanceSource } from './provenance.rules.js';

const registered = { at: new Date('2026-01-01T00:00:00Z'), actorId: 'registrar', actorRole: Role.SOCIAL_WORKER, action: 'family.register' };
const byWorker = { at: new Date('2026-02-01T00:00:00Z'), actorId: 'worker', actorRole: Role.SOCIAL_WORKER, action: 'family.update', fields: ['housing.rooms', 'contactPhone'] };
const accepted = { at: new Date('2026-03-01T00:00:00Z'), actorId: 'reviewer', actorRole: Role.SOCIAL_WORKER, action: 'family.accept-changes', changeRequestId: 'request', fields: ['contactPhone'] };
const assessed = { at: new Date('2026-04-01T00:00:00Z'), actorId: 'assessor', actorRole: Role.SOCIAL_WORKER, action: 'family.assess', fields: ['decidedStatus'] };

describe('the provenance of a family record', () => {
  const provenance = fieldProvenance(registered, [assessed, accepted, byWorker], new Map([['request', 'family-account']]));
  const of = (field: string) => provenance.find((entry) => entry.field === field);

  it('takes the newest change of each field, a part of an embedded value counting for the whole', () => {
    expect(of('housing')).toMatchObject({ source: ProvenanceSource.STAFF, setById: 'worker', action: 'family.update', at: byWorker.at });
  });

  it('names the family that proposed an accepted change, and the worker who accepted it', () => {
    expect(of('contactPhone')).toEqual({
      field: 'contactPhone', source: ProvenanceSource.FAMILY, at: accepted.at, setById: 'family-account', setByRole: Role.FAMILY, acceptedById: 'reviewer', action: 'family.accept-changes', changeRequestId: 'request',
    });
  });

  it('knows the decided status as the assessment status, and an untouched field by its registration', () => {
    expect(of('assessmentStatus')).toMatchObject({ source: ProvenanceSource.STAFF, setById: 'assessor' });
    expect(of('settlement')).toMatchObject({ source: ProvenanceSource.REGISTRATION, setById: 'registrar', action: 'family.register', at: registered.at });
    expect(provenance.map((entry) => entry.field)).toContain('householdMembers');
    expect(provenance).toHaveLength(20);
  });
});
