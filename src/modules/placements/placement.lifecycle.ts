import { addYears } from '../../shared/dates.js';
import { PlacementForm } from '../../shared/enums.js';
import { ChildStatus, DataBankExitReason } from '../children/child.enums.js';
import type { FieldProblem } from '../../shared/app-error.js';
import { DecisionKind, PlacementEndReason, PlacementStatus } from './placement.enums.js';

/**
 * The placement lifecycle: the one place that says which status may follow which.
 *
 *   PROPOSED → INTRODUCTION → TRIAL → APPROVED → ACTIVE → ENDED
 *
 * - Guest and professional foster families have no trial stay: a guest family's visits are
 *   short by nature, and a professional foster family takes children without choosing them
 *   in advance (P-SCOPE). They go INTRODUCTION → APPROVED and may not enter TRIAL.
 * - Every other form must pass the trial stay before approval.
 * - Any status but ENDED may end, with a reason that fits the stage (END_REASONS).
 * Pure: no ORM, no GraphQL. The service applies the outcome.
 */

export type PlacementStep =
  | { kind: 'START_INTRODUCTION' }
  | { kind: 'START_TRIAL' }
  | { kind: 'APPROVE'; decisionKind?: DecisionKind; decisionReference?: string; decisionDate?: string }
  | { kind: 'ACTIVATE'; startedAt: string }
  | { kind: 'END'; reason: PlacementEndReason; endedAt: string };

export type PlacementStepKind = PlacementStep['kind'];

/** What the lifecycle needs to know about the placement besides its status. */
export interface PlacementFacts {
  form: PlacementForm;
  today: string;
  decisionDate?: string;
  startedAt?: string;
  childBirthDate?: string;
}

export type StepOutcome = { to: PlacementStatus } | { problem: FieldProblem };

export const FORMS_WITHOUT_TRIAL: ReadonlySet<PlacementForm> = new Set([PlacementForm.GUEST_FAMILY, PlacementForm.PROFESSIONAL_FOSTER_FAMILY]);

const hasTrial = (form: PlacementForm) => !FORMS_WITHOUT_TRIAL.has(form);

interface Move {
  step: PlacementStepKind;
  from: PlacementStatus;
  to: PlacementStatus;
  appliesTo?: (form: PlacementForm) => boolean;
}

const OPEN_STATUSES = Object.values(PlacementStatus).filter((status) => status !== PlacementStatus.ENDED);

/** The transition table. Anything not listed here is refused. */
export const PLACEMENT_MOVES: readonly Move[] = [
  { step: 'START_INTRODUCTION', from: PlacementStatus.PROPOSED, to: PlacementStatus.INTRODUCTION },
  { step: 'START_TRIAL', from: PlacementStatus.INTRODUCTION, to: PlacementStatus.TRIAL, appliesTo: hasTrial },
  { step: 'APPROVE', from: PlacementStatus.TRIAL, to: PlacementStatus.APPROVED, appliesTo: hasTrial },
  { step: 'APPROVE', from: PlacementStatus.INTRODUCTION, to: PlacementStatus.APPROVED, appliesTo: (form) => !hasTrial(form) },
  { step: 'ACTIVATE', from: PlacementStatus.APPROVED, to: PlacementStatus.ACTIVE },
  ...OPEN_STATUSES.map((from): Move => ({ step: 'END', from, to: PlacementStatus.ENDED })),
];

/**
 * The decision that makes a placement lawful: a court decides an adoption (усыновление); a
 * contract with the guardianship authority founds foster, professional foster and patronage
 * placements; an act of the guardianship authority appoints guardians, custodians and guest families.
 */
export const DECISION_FOR_FORM: Readonly<Record<PlacementForm, DecisionKind>> = {
  [PlacementForm.ADOPTION]: DecisionKind.COURT_DECISION,
  [PlacementForm.FOSTER_FAMILY]: DecisionKind.CONTRACT,
  [PlacementForm.PROFESSIONAL_FOSTER_FAMILY]: DecisionKind.CONTRACT,
  [PlacementForm.PATRONAGE]: DecisionKind.CONTRACT,
  [PlacementForm.GUARDIANSHIP]: DecisionKind.GUARDIANSHIP_AUTHORITY_ACT,
  [PlacementForm.CUSTODY]: DecisionKind.GUARDIANSHIP_AUTHORITY_ACT,
  [PlacementForm.GUEST_FAMILY]: DecisionKind.GUARDIANSHIP_AUTHORITY_ACT,
};

const R = PlacementEndReason;
const BEFORE_APPROVAL = [R.WITHDRAWN_BEFORE_APPROVAL, R.NOT_APPROVED, R.OTHER];

/**
 * Why a placement may end, by stage. Before approval it can only be withdrawn or refused.
 * Approved but not started, the decision can be overturned or the child placed otherwise.
 * Adoption is permanent: once made it ends only by revocation (or OTHER, e.g. the child's
 * death); ADOPTION_REVOKED fits no other form.
 */
export function endReasonsFor(form: PlacementForm, from: PlacementStatus): readonly PlacementEndReason[] {
  switch (from) {
    case PlacementStatus.PROPOSED:
    case PlacementStatus.INTRODUCTION:
    case PlacementStatus.TRIAL:
      return BEFORE_APPROVAL;
    case PlacementStatus.APPROVED:
      return form === PlacementForm.ADOPTION ? [R.ADOPTION_REVOKED, R.OTHER] : [R.TRANSFERRED, R.OTHER];
    case PlacementStatus.ACTIVE:
      return form === PlacementForm.ADOPTION
        ? [R.ADOPTION_REVOKED, R.OTHER]
        : [R.CHILD_REACHED_MAJORITY, R.RETURNED_TO_PARENTS, R.TERM_EXPIRED, R.BREAKDOWN, R.TRANSFERRED, R.OTHER];
    case PlacementStatus.ENDED:
      return [];
  }
}

const problem = (field: string, message: string): StepOutcome => ({ problem: { field, message } });

function approvalProblem(step: Extract<PlacementStep, { kind: 'APPROVE' }>, facts: PlacementFacts): StepOutcome | null {
  const required = DECISION_FOR_FORM[facts.form];
  if (!step.decisionKind) return problem('decisionKind', 'Approval needs the decision that founds the placement');
  if (step.decisionKind !== required) return problem('decisionKind', `Approving a ${facts.form} placement needs a ${required}`);
  if (!step.decisionReference?.trim()) return problem('decisionReference', 'Give the number of the decision');
  if (!step.decisionDate) return problem('decisionDate', 'Give the date of the decision');
  if (step.decisionDate > facts.today) return problem('decisionDate', 'The decision date is in the future');
  return null;
}

function stepDataProblem(step: PlacementStep, facts: PlacementFacts): StepOutcome | null {
  switch (step.kind) {
    case 'APPROVE':
      return approvalProblem(step, facts);
    case 'ACTIVATE':
      if (step.startedAt > facts.today) return problem('startedAt', 'The start date is in the future');
      if (facts.decisionDate && step.startedAt < facts.decisionDate) return problem('startedAt', 'The start date is before the decision');
      return null;
    case 'END':
      if (step.endedAt > facts.today) return problem('endedAt', 'The end date is in the future');
      if (facts.startedAt && step.endedAt < facts.startedAt) return problem('endedAt', 'The end date is before the start date');
      if (step.reason === R.CHILD_REACHED_MAJORITY && facts.childBirthDate && addYears(facts.childBirthDate, 18) > step.endedAt) {
        return problem('reason', 'The child is not 18 on the end date');
      }
      return null;
    default:
      return null;
  }
}

/** Where `step` takes a placement in status `current`, or why it may not. */
export function nextStatus(current: PlacementStatus, step: PlacementStep, facts: PlacementFacts): StepOutcome {
  const move = PLACEMENT_MOVES.find((m) => m.step === step.kind && m.from === current && (m.appliesTo?.(facts.form) ?? true));
  if (!move) return problem('status', `Step ${step.kind} is not allowed for a ${facts.form} placement in status ${current}`);
  if (step.kind === 'END' && !endReasonsFor(facts.form, current).includes(step.reason)) {
    return problem('reason', `A ${facts.form} placement in status ${current} cannot end for the reason ${step.reason}`);
  }
  return stepDataProblem(step, facts) ?? { to: move.to };
}

export interface ChildAfterPlacement {
  status: ChildStatus;
  exitReason?: DataBankExitReason;
  exitedAt?: string;
}

/**
 * The child's status after a step, or null when the step leaves the child alone. Activation
 * places the child (ADOPTED for an adoption). Ending an active placement returns the child to
 * the data bank as awaiting placement, except where Code Art. 118-4 says the child leaves the
 * bank: majority and return to the parents. Ending any other stage changes nothing for the child.
 * A guest family (гостевая семья) only hosts a child of an institution at weekends and holidays:
 * the child stays where it lives, so its status never changes.
 */
export function childAfter(form: PlacementForm, from: PlacementStatus, step: PlacementStep): ChildAfterPlacement | null {
  if (form === PlacementForm.GUEST_FAMILY) return null;
  if (step.kind === 'ACTIVATE') return { status: form === PlacementForm.ADOPTION ? ChildStatus.ADOPTED : ChildStatus.IN_FAMILY_PLACEMENT };
  if (step.kind !== 'END' || from !== PlacementStatus.ACTIVE) return null;
  if (step.reason === R.CHILD_REACHED_MAJORITY) return { status: ChildStatus.LEFT_DATA_BANK, exitReason: DataBankExitReason.REACHED_MAJORITY, exitedAt: step.endedAt };
  if (step.reason === R.RETURNED_TO_PARENTS) return { status: ChildStatus.LEFT_DATA_BANK, exitReason: DataBankExitReason.RETURNED_TO_PARENTS, exitedAt: step.endedAt };
  return { status: ChildStatus.AWAITING_PLACEMENT };
}
