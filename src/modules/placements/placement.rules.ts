import type { FieldProblem } from '../../shared/app-error.js';
import { fullYearsBetween } from '../../shared/dates.js';
import { PlacementForm } from '../../shared/enums.js';
import { ChildStatus } from '../children/child.enums.js';
import { PlacementStatus } from './placement.enums.js';

/**
 * What a placement needs of the child's own state. Whether the family may take the child is the
 * matching engine's business (src/modules/matching): its rules decide a proposal.
 */

export interface ProposalChildFacts {
  status: ChildStatus;
  hasActivePlacement: boolean;
}

/** A child who has left the data bank, been adopted or is already placed is not proposed again. */
export function childPlaceabilityProblem(child: ProposalChildFacts): FieldProblem | null {
  if (child.status === ChildStatus.LEFT_DATA_BANK) return { field: 'childId', message: 'The child has left the data bank' };
  if (child.status === ChildStatus.ADOPTED) return { field: 'childId', message: 'The child is adopted' };
  if (child.hasActivePlacement) return { field: 'childId', message: 'The child already has an active placement; end it first' };
  return null;
}

/**
 * A sibling placed together with the child asked about: guardianship (опека) under 14 and custody
 * (попечительство) from 14 go together with the same family; every other form is shared.
 */
export function formForSibling(form: PlacementForm, siblingBirthDate: string, today: string, custodyFromAge = 14): PlacementForm {
  if (form !== PlacementForm.GUARDIANSHIP && form !== PlacementForm.CUSTODY) return form;
  return fullYearsBetween(siblingBirthDate, today) >= custodyFromAge ? PlacementForm.CUSTODY : PlacementForm.GUARDIANSHIP;
}

/** A-CONSENT is recorded for a child aged 10 or more, on a real past date, while the placement is still being decided. */
export function consentProblem(status: PlacementStatus, childBirthDate: string, recordedAt: string, today: string, consentAge = 10): FieldProblem | null {
  if (status === PlacementStatus.ACTIVE || status === PlacementStatus.ENDED) return { field: 'placementId', message: 'The placement is already decided' };
  if (recordedAt > today) return { field: 'recordedAt', message: 'The date is in the future' };
  if (fullYearsBetween(childBirthDate, recordedAt) < consentAge) return { field: 'recordedAt', message: `The child was under ${consentAge} on that date: no consent is taken` };
  return null;
}
