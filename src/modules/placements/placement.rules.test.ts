import { describe, expect, it } from 'vitest';
import { PlacementForm } from '../../shared/enums.js';
import { ChildStatus } from '../children/child.enums.js';
import { AssessmentStatus } from '../families/family.enums.js';
import { formForAgeProblem, proposalProblems, type ProposalChildFacts, type ProposalFamilyFacts } from './placement.rules.js';

const TODAY = '2026-11-22';
const F = PlacementForm;

const child = (overrides: Partial<ProposalChildFacts> = {}): ProposalChildFacts => ({
  status: ChildStatus.AWAITING_PLACEMENT,
  birthDate: '2016-04-02',
  hasActivePlacement: false,
  ...overrides,
});
const family = (overrides: Partial<ProposalFamilyFacts> = {}): ProposalFamilyFacts => ({
  forms: [F.ADOPTION, F.GUARDIANSHIP, F.CUSTODY],
  assessmentStatus: AssessmentStatus.APPROVED,
  approvalExpiresAt: '2027-03-01',
  ...overrides,
});

describe('proposing a placement', () => {
  it('accepts an approved family for a child awaiting placement', () => {
    expect(proposalProblems(child(), family(), F.ADOPTION, TODAY)).toEqual([]);
    expect(proposalProblems(child({ status: ChildStatus.IN_INSTITUTION }), family(), F.GUARDIANSHIP, TODAY)).toEqual([]);
  });

  it('accepts an approval that expires today', () => {
    expect(proposalProblems(child(), family({ approvalExpiresAt: TODAY }), F.ADOPTION, TODAY)).toEqual([]);
  });

  it.each([
    ['a child who left the data bank', child({ status: ChildStatus.LEFT_DATA_BANK }), family(), F.ADOPTION, 'childId'],
    ['an adopted child', child({ status: ChildStatus.ADOPTED }), family(), F.ADOPTION, 'childId'],
    ['a child with an active placement', child({ status: ChildStatus.IN_FAMILY_PLACEMENT, hasActivePlacement: true }), family(), F.ADOPTION, 'childId'],
    ['a form the family did not apply for', child(), family(), F.PATRONAGE, 'form'],
    ['a family still in assessment', child(), family({ assessmentStatus: AssessmentStatus.IN_ASSESSMENT }), F.ADOPTION, 'familyId'],
    ['a suspended family', child(), family({ assessmentStatus: AssessmentStatus.SUSPENDED }), F.ADOPTION, 'familyId'],
    ['an approval that expired yesterday', child(), family({ approvalExpiresAt: '2026-11-21' }), F.ADOPTION, 'familyId'],
    ['an approval without expiry date', child(), family({ approvalExpiresAt: null }), F.ADOPTION, 'familyId'],
    ['custody of a 10-year-old', child(), family(), F.CUSTODY, 'form'],
    ['guardianship of a 15-year-old', child({ birthDate: '2011-01-01' }), family(), F.GUARDIANSHIP, 'form'],
  ])('refuses %s', (_, c, f, form, field) => {
    expect(proposalProblems(c, f, form, TODAY).map((p) => p.field)).toEqual([field]);
  });
});

describe('G-AGE: the form follows the age', () => {
  it.each([
    ['2012-11-23', F.GUARDIANSHIP, null],
    ['2012-11-22', F.GUARDIANSHIP, 'form'],
    ['2012-11-22', F.CUSTODY, null],
    ['2012-11-23', F.CUSTODY, 'form'],
    ['2009-01-01', F.CUSTODY, null],
    ['2012-11-22', F.ADOPTION, null],
    ['2020-01-01', F.FOSTER_FAMILY, null],
  ])('a child born %s, form %s', (birthDate, form, field) => {
    expect(formForAgeProblem(form, birthDate, TODAY)?.field ?? null).toBe(field);
  });
});
