import { fullYearsBetween } from '../../shared/dates.js';
import { PlacementForm } from '../../shared/enums.js';
import { ChildStatus } from '../children/child.enums.js';
import type { FieldProblem } from '../../shared/app-error.js';
import { AssessmentStatus } from '../families/family.enums.js';

/**
 * The basic checks before a placement is proposed. Deliberately minimal: the full
 * eligibility engine (disqualifications D1–D12, A-AGE, SIB, priorities…) replaces them later.
 */

/** G-AGE: guardianship (опека) is for children under 14, custody (попечительство) for 14–17 (Code, medium confidence). */
export const CUSTODY_FROM_AGE = 14;

export interface ProposalChildFacts {
  status: ChildStatus;
  birthDate: string;
  hasActivePlacement: boolean;
}

export interface ProposalFamilyFacts {
  forms: readonly PlacementForm[];
  assessmentStatus: AssessmentStatus;
  approvalExpiresAt?: string | null;
}

/** A child who has left the data bank or been adopted is no longer placed. */
export function childPlaceabilityProblem(child: ProposalChildFacts): FieldProblem | null {
  if (child.status === ChildStatus.LEFT_DATA_BANK) return { field: 'childId', message: 'The child has left the data bank' };
  if (child.status === ChildStatus.ADOPTED) return { field: 'childId', message: 'The child is adopted' };
  if (child.hasActivePlacement) return { field: 'childId', message: 'The child already has an active placement; end it first' };
  return null;
}

/** The family must be assessed for this form and its approval still valid today (re-checked every 12 months since 2025). */
export function familyApprovalProblem(family: ProposalFamilyFacts, form: PlacementForm, today: string): FieldProblem | null {
  if (!family.forms.includes(form)) return { field: 'form', message: 'The family has not applied for this form of placement' };
  if (family.assessmentStatus !== AssessmentStatus.APPROVED) return { field: 'familyId', message: 'The family is not approved' };
  if (!family.approvalExpiresAt || family.approvalExpiresAt < today) return { field: 'familyId', message: 'The family’s approval has expired' };
  return null;
}

/** G-AGE, the basic check only: the form follows the child's age today. */
export function formForAgeProblem(form: PlacementForm, childBirthDate: string, today: string): FieldProblem | null {
  const age = fullYearsBetween(childBirthDate, today);
  if (form === PlacementForm.GUARDIANSHIP && age >= CUSTODY_FROM_AGE) {
    return { field: 'form', message: `Guardianship is for children under ${CUSTODY_FROM_AGE}; choose custody` };
  }
  if (form === PlacementForm.CUSTODY && age < CUSTODY_FROM_AGE) {
    return { field: 'form', message: `Custody is for children aged ${CUSTODY_FROM_AGE} to 17; choose guardianship` };
  }
  return null;
}

/** Every reason the proposal is refused, child first; an empty list when it may go ahead. */
export function proposalProblems(child: ProposalChildFacts, family: ProposalFamilyFacts, form: PlacementForm, today: string): FieldProblem[] {
  return [childPlaceabilityProblem(child), familyApprovalProblem(family, form, today), formForAgeProblem(form, child.birthDate, today)].filter(
    (p): p is FieldProblem => p !== null,
  );
}
