import { addDays, addMonths } from '../src/shared/dates.js';
import type { PlacementForm } from '../src/shared/enums.js';
import { DECISION_FOR_FORM, FORMS_WITHOUT_TRIAL } from '../src/modules/placements/placement.lifecycle.js';
import { DecisionKind, PlacementEndReason, PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { dateBetween, daysBetween, instantOn, latest } from './calendar.js';
import type { Prng } from './prng.js';
import type { PlacementRow, TransitionRow } from './population.types.js';
import { stayEndsOn, stayLimits } from '../src/modules/placements/placement.stay.js';

const { PROPOSED, INTRODUCTION, TRIAL, APPROVED, ACTIVE, ENDED } = PlacementStatus;

/** The lifecycle in order; a placement may end after any of these steps. */
const STEPS = [PROPOSED, INTRODUCTION, TRIAL, APPROVED, ACTIVE] as const;

/** How many days each step takes after the previous one, [min, max]. */
const STEP_DAYS: Record<PlacementStatus, readonly [number, number]> = {
  [PROPOSED]: [0, 0],
  [INTRODUCTION]: [3, 14],
  [TRIAL]: [7, 30],
  [APPROVED]: [14, 45],
  [ACTIVE]: [1, 14],
  [ENDED]: [0, 0],
};

export interface Step {
  status: PlacementStatus;
  date: string;
}

/**
 * Dates for the steps up to `reached`: the proposal on or after `from`, the last step on or
 * before `to`. Null when the window is shorter than the steps take.
 */
export function planSteps(rng: Prng, reached: PlacementStatus, from: string, to: string): Step[] | null {
  const gaps = STEPS.slice(1, STEPS.indexOf(reached as (typeof STEPS)[number]) + 1).map((status) => ({
    status,
    days: rng.int(...STEP_DAYS[status]),
  }));
  const total = gaps.reduce((sum, gap) => sum + gap.days, 0);
  if (daysBetween(from, to) < total) return null;
  let date = dateBetween(rng, from, addDays(to, -total));
  const steps: Step[] = [{ status: PROPOSED, date }];
  for (const gap of gaps) {
    date = addDays(date, gap.days);
    steps.push({ status: gap.status, date });
  }
  return steps;
}

function decisionReference(rng: Prng, kind: DecisionKind, date: string): string {
  const year = date.slice(0, 4);
  const number = rng.int(100, 9999);
  switch (kind) {
    case DecisionKind.COURT_DECISION:
      return `№ 2-${number}/${year}`;
    case DecisionKind.CONTRACT:
      return `№ ${number}-Д/${year}`;
    case DecisionKind.GUARDIANSHIP_AUTHORITY_ACT:
      return `№ ${number}-П/${year}`;
  }
}

const NOTES: Partial<Record<PlacementStatus, string>> = {
  [INTRODUCTION]: 'Демо-запись: первая встреча назначена',
  [TRIAL]: 'Демо-запись: пробное проживание',
  [ENDED]: 'Демо-запись: решение согласовано',
};

export interface PlacementDraft {
  child: string;
  family: string;
  form: PlacementForm;
  steps: Step[];
  ended?: { reason: PlacementEndReason; date: string };
}

/**
 * The placement row and one transition per step (null → PROPOSED first), as the service would
 * have written them. The steps and decisions follow the lifecycle's own tables, so seeded
 * histories are ones the API could have produced.
 */
/** The policy's first version, as the seed is written: P-STAY's own months. */
const SEED_STAY = stayLimits({ version: 1, rules: {} });

/**
 * P-STAY: a professional foster stay's last day; one that ran past six months was extended,
 * by a decision two weeks before the first term ran out. No draw: the random stream stays as it was.
 */
function stay(draft: PlacementDraft, startedAt: string): Pick<PlacementRow, 'endsOn' | 'extensionDecisionReference' | 'extensionDecisionDate'> {
  const endsOn = stayEndsOn(draft.form, startedAt, SEED_STAY);
  if (!endsOn || !draft.ended || draft.ended.date <= endsOn) return endsOn ? { endsOn } : {};
  const extensionDecisionDate = latest(startedAt, addDays(endsOn, -14));
  return {
    endsOn: addMonths(startedAt, SEED_STAY.extendedStayMonths),
    extensionDecisionDate,
    extensionDecisionReference: `№ ${draft.child.slice(-4)}-ДС/${extensionDecisionDate.slice(0, 4)}`,
  };
}

export function placementRows(rng: Prng, draft: PlacementDraft): { placement: PlacementRow; transitions: TransitionRow[] } {
  // Guest and professional foster families skip the trial stay; sibling units share one plan.
  const steps = FORMS_WITHOUT_TRIAL.has(draft.form) ? draft.steps.filter((step) => step.status !== TRIAL) : draft.steps;
  const moves = [...steps, ...(draft.ended ? [{ status: ENDED, date: draft.ended.date }] : [])];
  const instants = moves.map((move) => instantOn(rng, move.date));
  const createdAt = instants[0]!;
  const id = rng.uuid(createdAt);
  const approval = steps.find((step) => step.status === APPROVED);
  const start = steps.find((step) => step.status === ACTIVE);
  const kind = DECISION_FOR_FORM[draft.form];
  const placement: PlacementRow = {
    id,
    createdAt,
    updatedAt: instants[instants.length - 1]!,
    child: draft.child,
    family: draft.family,
    form: draft.form,
    status: moves[moves.length - 1]!.status,
    ...(approval ? { decisionKind: kind, decisionReference: decisionReference(rng, kind, approval.date), decisionDate: approval.date } : {}),
    ...(start ? { startedAt: start.date } : {}),
    ...(draft.ended ? { endedAt: draft.ended.date, endReason: draft.ended.reason } : {}),
    ...(start ? stay(draft, start.date) : {}),
  };
  const transitions = moves.map((move, index): TransitionRow => {
    const note = NOTES[move.status];
    return {
      id: rng.uuid(instants[index]!),
      createdAt: instants[index]!,
      updatedAt: instants[index]!,
      placement: id,
      at: instants[index]!,
      ...(index > 0 ? { from: moves[index - 1]!.status } : {}),
      to: move.status,
      ...(note && rng.chance(0.25) ? { note } : {}),
    };
  });
  return { placement, transitions };
}
