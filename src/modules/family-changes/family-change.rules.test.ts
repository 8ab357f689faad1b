import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/enums.js';
import {
  alreadyReviewed,
  ChangeRequestStatus,
  changeableValues,
  decisionProblems,
  FieldDecision,
  inConflict,
  mayReview,
  supersededFields,
  plainValue,
  proposedFields,
  requestStatus,
  reviewedFields,
  valuesBefore,
  type FamilyChangeField,
  type ProposedField,
} from './family-change.rules.js';

const record = changeableValues({
  settlement: 'Астана',
  monthlyIncome: 400_000,
  housing: { rooms: 3, kind: 'RENTED', areaSqm: 70 },
  preferences: { childAgeMin: 0, childAgeMax: 10, maxChildren: 1, acceptsSiblings: false, specialNeedsAccepted: [], languages: ['RUSSIAN', 'KAZAKH'] },
  capacity: 2,
  childrenInHousehold: 1,
  contactPhone: '+7 701 000 00 00',
  contactEmail: undefined,
  address: undefined,
  acceptingPlacements: true,
  availabilityNote: undefined,
} as Record<FamilyChangeField, unknown>);

const pending = (field: FamilyChangeField, read: unknown, proposed: unknown): ProposedField => ({ field, read, proposed, decision: FieldDecision.PENDING });

describe('values of a family record', () => {
  it('keeps every part of housing and preferences, absent ones as null, sets sorted', () => {
    expect(record.housing).toEqual({ kind: 'RENTED', areaSqm: 70, rooms: 3 });
    expect(record.preferences).toMatchObject({ childSex: null, languages: ['KAZAKH', 'RUSSIAN'] });
    expect(record.address).toBeNull();
  });

  it('undoes the changes made since a version, newest first, part by part', () => {
    const changes = [
      { changes: [{ field: 'housing.rooms', old: 2 }, { field: 'contactPhone', old: '+7 702' }] },
      { changes: [{ field: 'contactPhone', old: '+7 700' }, { field: 'decidedStatus', old: 'APPLIED' }] },
    ];
    const before = valuesBefore(record, changes);
    expect(before.housing).toEqual({ kind: 'RENTED', areaSqm: 70, rooms: 2 });
    expect(before.contactPhone).toBe('+7 700');
    expect(before.capacity).toBe(2);
  });
});

describe('a submission', () => {
  it('proposes only fields given with a value other than the one read; null clears only what may be cleared', () => {
    const fields = proposedFields(record, {
      capacity: 2,
      settlement: null,
      address: 'Synthetic street 1',
      contactPhone: null,
      preferences: { childAgeMin: 0, childAgeMax: 10, maxChildren: 1, acceptsSiblings: false, specialNeedsAccepted: [], languages: ['KAZAKH', 'RUSSIAN', 'KAZAKH'] },
    });
    expect(fields.map((field) => [field.field, field.read, field.proposed])).toEqual([
      ['contactPhone', '+7 701 000 00 00', null],
      ['address', null, 'Synthetic street 1'],
    ]);
  });
});

describe('a review', () => {
  const fields = [pending('capacity', 2, 3), pending('contactPhone', '+7 700', '+7 709')];

  it('marks as a conflict a field whose value moved since the family read it', () => {
    expect(fields.map((field) => inConflict(field, record))).toEqual([false, true]);
  });

  it('refuses unknown and repeated fields and a rejection without a reason', () => {
    const problems = decisionProblems(fields, [{ field: 'settlement', accept: true }, { field: 'capacity', accept: false, reason: ' ' }, { field: 'capacity', accept: true }]);
    expect(problems.map((problem) => problem.field)).toEqual(['decisions.0.field', 'decisions.1.reason', 'decisions.2.field']);
  });

  it('records each decision with what stood, and tells reviewed fields apart', () => {
    const reviewed = reviewedFields(fields, [{ field: 'contactPhone', accept: false, reason: 'Synthetic: wrong' }], record, 'worker', '2026-12-03T10:00:00.000Z');
    expect(reviewed[1]).toMatchObject({ decision: FieldDecision.REJECTED, conflict: true, standing: '+7 701 000 00 00', reason: 'Synthetic: wrong', reviewedBy: 'worker' });
    expect(reviewed[0]).toBe(fields[0]);
    expect(alreadyReviewed(reviewed, [{ field: 'contactPhone', accept: true }, { field: 'capacity', accept: true }])).toEqual(['contactPhone']);
    expect(requestStatus(reviewed)).toBe(ChangeRequestStatus.PENDING);
    const done = reviewedFields(reviewed, [{ field: 'capacity', accept: true }], record, 'worker', '2026-12-03T10:01:00.000Z');
    expect(requestStatus(done)).toBe(ChangeRequestStatus.PARTLY_ACCEPTED);
    expect(requestStatus(done.filter((field) => field.field === 'capacity'))).toBe(ChangeRequestStatus.ACCEPTED);
  });
});

describe('who reviews a family’s changes', () => {
  const owner = 'b1d2c3e4-0000-4000-8000-000000000001';
  const colleague = { userId: 'b1d2c3e4-0000-4000-8000-000000000002', role: Role.SOCIAL_WORKER };
  it('is the owner of the case, a supervisor or an administrator', () => {
    expect(mayReview({ userId: owner, role: Role.SOCIAL_WORKER }, owner)).toBe(true);
    expect(mayReview({ ...colleague, role: Role.SUPERVISOR }, owner)).toBe(true);
    expect(mayReview({ ...colleague, role: Role.ADMIN }, owner)).toBe(true);
    expect(mayReview(colleague, owner)).toBe(false);
  });
  it('is any worker who sees the family while nobody owns the case', () => {
    expect(mayReview(colleague, undefined)).toBe(true);
  });
});

describe('the household members as a value', () => {
  it('are a list in order, each member in its parts; none recorded is the empty list', () => {
    expect(plainValue('householdMembers', null)).toEqual([]);
    const members = [{ birthYear: 1950, relation: 'GRANDPARENT', fullName: 'Синтетикова', extra: 'dropped' }, { fullName: 'Синтетиков', relation: 'CHILD', birthYear: 2015 }];
    expect(JSON.stringify(plainValue('householdMembers', members))).toBe(
      JSON.stringify([{ fullName: 'Синтетикова', relation: 'GRANDPARENT', birthYear: 1950 }, { fullName: 'Синтетиков', relation: 'CHILD', birthYear: 2015 }]),
    );
  });
});

describe('a field proposed again', () => {
  const pending = (field: FamilyChangeField): ProposedField => ({ field, read: null, proposed: 'x', decision: FieldDecision.PENDING });
  it('is superseded only where still pending; a request left with nothing to review is SUPERSEDED', () => {
    const decided = { ...pending('capacity'), decision: FieldDecision.REJECTED, reason: 'no' };
    const fields = supersededFields([pending('settlement'), decided, pending('address')], ['settlement', 'capacity'], 'later');
    expect(fields.map((field) => [field.decision, field.supersededBy])).toEqual([[FieldDecision.SUPERSEDED, 'later'], [FieldDecision.REJECTED, undefined], [FieldDecision.PENDING, undefined]]);
    expect(requestStatus(fields)).toBe(ChangeRequestStatus.PENDING);
    expect(requestStatus([fields[0]!])).toBe(ChangeRequestStatus.SUPERSEDED);
    expect(requestStatus([fields[0]!, decided])).toBe(ChangeRequestStatus.REJECTED);
  });
});
