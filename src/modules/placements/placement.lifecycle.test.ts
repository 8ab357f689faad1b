import { describe, expect, it } from 'vitest';
import { PlacementForm } from '../../shared/enums.js';
import { ChildStatus, DataBankExitReason } from '../children/child.enums.js';
import { childAfter, DECISION_FOR_FORM, endReasonsFor, nextStatus, type PlacementFacts, type PlacementStep } from './placement.lifecycle.js';
import { DecisionKind, PlacementEndReason, PlacementStatus } from './placement.enums.js';

const TODAY = '2026-11-22';
const S = PlacementStatus;
const F = PlacementForm;
const R = PlacementEndReason;

const facts = (form: PlacementForm, overrides: Partial<PlacementFacts> = {}): PlacementFacts => ({ form, today: TODAY, childBirthDate: '2012-05-01', ...overrides });
const approve = (form: PlacementForm, overrides: Partial<Extract<PlacementStep, { kind: 'APPROVE' }>> = {}): PlacementStep => ({
  kind: 'APPROVE',
  decisionKind: DECISION_FOR_FORM[form],
  decisionReference: '№ 2-1234/2026',
  decisionDate: '2026-11-01',
  ...overrides,
});
const simple = (kind: 'START_INTRODUCTION' | 'START_TRIAL'): PlacementStep => ({ kind });
const activate: PlacementStep = { kind: 'ACTIVATE', startedAt: '2026-11-10' };
const end = (reason: PlacementEndReason, endedAt = '2026-11-20'): PlacementStep => ({ kind: 'END', reason, endedAt });

describe('placement lifecycle: allowed moves', () => {
  it.each([
    [S.PROPOSED, simple('START_INTRODUCTION'), F.ADOPTION, S.INTRODUCTION],
    [S.INTRODUCTION, simple('START_TRIAL'), F.ADOPTION, S.TRIAL],
    [S.TRIAL, approve(F.ADOPTION), F.ADOPTION, S.APPROVED],
    [S.TRIAL, approve(F.GUARDIANSHIP), F.GUARDIANSHIP, S.APPROVED],
    [S.TRIAL, approve(F.FOSTER_FAMILY), F.FOSTER_FAMILY, S.APPROVED],
    [S.INTRODUCTION, approve(F.GUEST_FAMILY), F.GUEST_FAMILY, S.APPROVED],
    [S.INTRODUCTION, approve(F.PROFESSIONAL_FOSTER_FAMILY), F.PROFESSIONAL_FOSTER_FAMILY, S.APPROVED],
    [S.APPROVED, activate, F.CUSTODY, S.ACTIVE],
    [S.PROPOSED, end(R.WITHDRAWN_BEFORE_APPROVAL), F.ADOPTION, S.ENDED],
    [S.TRIAL, end(R.NOT_APPROVED), F.PATRONAGE, S.ENDED],
    [S.APPROVED, end(R.ADOPTION_REVOKED), F.ADOPTION, S.ENDED],
    [S.APPROVED, end(R.TRANSFERRED), F.GUARDIANSHIP, S.ENDED],
    [S.ACTIVE, end(R.BREAKDOWN), F.FOSTER_FAMILY, S.ENDED],
    [S.ACTIVE, end(R.ADOPTION_REVOKED), F.ADOPTION, S.ENDED],
  ])('%s --%o--> for %s goes to %s', (from, step, form, to) => {
    expect(nextStatus(from, step, facts(form, { decisionDate: '2026-11-01', startedAt: '2026-11-10' }))).toEqual({ to });
  });
});

describe('placement lifecycle: refused moves name the status', () => {
  it.each([
    [S.PROPOSED, activate, F.ADOPTION],
    [S.PROPOSED, simple('START_TRIAL'), F.ADOPTION],
    [S.PROPOSED, approve(F.ADOPTION), F.ADOPTION],
    [S.INTRODUCTION, approve(F.ADOPTION), F.ADOPTION],
    [S.INTRODUCTION, simple('START_TRIAL'), F.GUEST_FAMILY],
    [S.INTRODUCTION, simple('START_TRIAL'), F.PROFESSIONAL_FOSTER_FAMILY],
    [S.TRIAL, activate, F.GUARDIANSHIP],
    [S.TRIAL, simple('START_INTRODUCTION'), F.GUARDIANSHIP],
    [S.APPROVED, approve(F.ADOPTION), F.ADOPTION],
    [S.ACTIVE, activate, F.ADOPTION],
    [S.ACTIVE, simple('START_INTRODUCTION'), F.ADOPTION],
    [S.ENDED, end(R.OTHER), F.ADOPTION],
    [S.ENDED, simple('START_INTRODUCTION'), F.ADOPTION],
  ])('%s --%o--> for %s', (from, step, form) => {
    expect(nextStatus(from, step, facts(form))).toEqual({ problem: { field: 'status', message: expect.any(String) } });
  });
});

describe('placement approval needs the decision of the form', () => {
  it.each([
    [F.ADOPTION, DecisionKind.COURT_DECISION],
    [F.FOSTER_FAMILY, DecisionKind.CONTRACT],
    [F.PROFESSIONAL_FOSTER_FAMILY, DecisionKind.CONTRACT],
    [F.PATRONAGE, DecisionKind.CONTRACT],
    [F.GUARDIANSHIP, DecisionKind.GUARDIANSHIP_AUTHORITY_ACT],
    [F.CUSTODY, DecisionKind.GUARDIANSHIP_AUTHORITY_ACT],
    [F.GUEST_FAMILY, DecisionKind.GUARDIANSHIP_AUTHORITY_ACT],
  ])('%s is approved by %s and by nothing else', (form, kind) => {
    expect(DECISION_FOR_FORM[form]).toBe(kind);
    const from = form === F.GUEST_FAMILY || form === F.PROFESSIONAL_FOSTER_FAMILY ? S.INTRODUCTION : S.TRIAL;
    for (const other of Object.values(DecisionKind).filter((k) => k !== kind)) {
      expect(nextStatus(from, approve(form, { decisionKind: other }), facts(form))).toMatchObject({ problem: { field: 'decisionKind' } });
    }
  });

  it.each([
    ['no decision kind', { decisionKind: undefined }, 'decisionKind'],
    ['a blank reference', { decisionReference: '   ' }, 'decisionReference'],
    ['no decision date', { decisionDate: undefined }, 'decisionDate'],
    ['a decision dated tomorrow', { decisionDate: '2026-11-23' }, 'decisionDate'],
  ])('refuses %s', (_, overrides, field) => {
    expect(nextStatus(S.TRIAL, approve(F.ADOPTION, overrides), facts(F.ADOPTION))).toMatchObject({ problem: { field } });
  });

  it('accepts a decision dated today', () => {
    expect(nextStatus(S.TRIAL, approve(F.ADOPTION, { decisionDate: TODAY }), facts(F.ADOPTION))).toEqual({ to: S.APPROVED });
  });
});

describe('activation and end dates', () => {
  it.each([
    ['a start in the future', S.APPROVED, { kind: 'ACTIVATE', startedAt: '2026-11-23' }, 'startedAt'],
    ['a start before the decision', S.APPROVED, { kind: 'ACTIVATE', startedAt: '2026-10-31' }, 'startedAt'],
    ['an end in the future', S.ACTIVE, end(R.BREAKDOWN, '2026-11-23'), 'endedAt'],
    ['an end before the start', S.ACTIVE, end(R.BREAKDOWN, '2026-11-09'), 'endedAt'],
    ['majority of a 14-year-old', S.ACTIVE, end(R.CHILD_REACHED_MAJORITY), 'reason'],
  ] as const)('refuses %s', (_, from, step, field) => {
    expect(nextStatus(from, step as PlacementStep, facts(F.CUSTODY, { decisionDate: '2026-11-01', startedAt: '2026-11-10' }))).toMatchObject({ problem: { field } });
  });

  it('ends custody on the 18th birthday', () => {
    const outcome = nextStatus(S.ACTIVE, end(R.CHILD_REACHED_MAJORITY, '2026-05-01'), facts(F.CUSTODY, { childBirthDate: '2008-05-01', startedAt: '2024-01-01' }));
    expect(outcome).toEqual({ to: S.ENDED });
  });
});

describe('end reasons by stage', () => {
  it.each([S.PROPOSED, S.INTRODUCTION, S.TRIAL])('before approval (%s) only withdrawal, refusal or other', (from) => {
    expect([...endReasonsFor(F.GUARDIANSHIP, from)].sort()).toEqual([R.NOT_APPROVED, R.OTHER, R.WITHDRAWN_BEFORE_APPROVAL]);
    expect(nextStatus(from, end(R.BREAKDOWN), facts(F.GUARDIANSHIP))).toMatchObject({ problem: { field: 'reason' } });
  });

  it.each([
    [F.ADOPTION, S.ACTIVE, R.CHILD_REACHED_MAJORITY],
    [F.ADOPTION, S.ACTIVE, R.TERM_EXPIRED],
    [F.ADOPTION, S.ACTIVE, R.BREAKDOWN],
    [F.GUARDIANSHIP, S.ACTIVE, R.ADOPTION_REVOKED],
    [F.FOSTER_FAMILY, S.APPROVED, R.ADOPTION_REVOKED],
    [F.FOSTER_FAMILY, S.ACTIVE, R.NOT_APPROVED],
    [F.FOSTER_FAMILY, S.APPROVED, R.WITHDRAWN_BEFORE_APPROVAL],
  ])('a %s placement in status %s cannot end for %s', (form, from, reason) => {
    expect(nextStatus(from, end(reason), facts(form, { startedAt: '2026-11-10' }))).toMatchObject({ problem: { field: 'reason' } });
  });
});

describe('what happens to the child', () => {
  it.each([
    [F.ADOPTION, S.APPROVED, activate, { status: ChildStatus.ADOPTED }],
    [F.GUARDIANSHIP, S.APPROVED, activate, { status: ChildStatus.IN_FAMILY_PLACEMENT }],
    [F.FOSTER_FAMILY, S.ACTIVE, end(R.BREAKDOWN), { status: ChildStatus.AWAITING_PLACEMENT }],
    [F.ADOPTION, S.ACTIVE, end(R.ADOPTION_REVOKED), { status: ChildStatus.AWAITING_PLACEMENT }],
    [F.CUSTODY, S.ACTIVE, end(R.CHILD_REACHED_MAJORITY, '2026-05-01'), { status: ChildStatus.LEFT_DATA_BANK, exitReason: DataBankExitReason.REACHED_MAJORITY, exitedAt: '2026-05-01' }],
    [F.GUARDIANSHIP, S.ACTIVE, end(R.RETURNED_TO_PARENTS), { status: ChildStatus.LEFT_DATA_BANK, exitReason: DataBankExitReason.RETURNED_TO_PARENTS, exitedAt: '2026-11-20' }],
    [F.GUARDIANSHIP, S.TRIAL, end(R.NOT_APPROVED), null],
    [F.GUARDIANSHIP, S.APPROVED, end(R.TRANSFERRED), null],
    [F.GUARDIANSHIP, S.PROPOSED, simple('START_INTRODUCTION'), null],
    [F.GUEST_FAMILY, S.APPROVED, activate, null],
    [F.GUEST_FAMILY, S.ACTIVE, end(R.OTHER), null],
  ])('%s placement, %s, step %o', (form, from, step, expected) => {
    expect(childAfter(form, from, step)).toEqual(expected);
  });
});
