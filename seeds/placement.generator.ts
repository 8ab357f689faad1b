import { addDays, fullYearsBetween } from '../src/shared/dates.js';
import { PlacementForm } from '../src/shared/enums.js';
import { ChildStatus, DataBankExitReason } from '../src/modules/children/child.enums.js';
import { AssessmentStatus, KinshipRelation } from '../src/modules/families/family.enums.js';
import { PlacementEndReason, PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { latest } from './calendar.js';
import { PROFESSIONAL_FOSTER_SINCE } from './family.generator.js';
import { familyPools, formFits, free, welcomes, type FamilyInfo } from './family-pool.js';
import { groupBy } from './group-by.js';
import type { SeedContext } from './people.js';
import type { Prng } from './prng.js';
import { planSteps, placementRows, type Step } from './placement.timeline.js';
import type { ApplicantRow, ChildRow, FamilyRow, KinshipRow, PlacementRow, TransitionRow } from './population.types.js';
import { REGIONS } from './region.seeder.js';

const { ADOPTION, GUARDIANSHIP, CUSTODY, PATRONAGE, FOSTER_FAMILY, PROFESSIONAL_FOSTER_FAMILY, GUEST_FAMILY } = PlacementForm;
const { PROPOSED, INTRODUCTION, TRIAL, APPROVED, ACTIVE } = PlacementStatus;

/** What a placement is for: adoption, ongoing care, any form, or a fixed-term contract. */
type Purpose = 'ADOPT' | 'CARE' | 'ANY' | 'TERM';

const FORMS_BY_PURPOSE: Record<Purpose, readonly PlacementForm[]> = {
  ADOPT: [ADOPTION],
  // A guest family hosts a child who still lives in an institution: never the child's home.
  CARE: [GUARDIANSHIP, CUSTODY, FOSTER_FAMILY, PATRONAGE, PROFESSIONAL_FOSTER_FAMILY],
  ANY: [GUARDIANSHIP, CUSTODY, FOSTER_FAMILY, PATRONAGE, PROFESSIONAL_FOSTER_FAMILY, GUEST_FAMILY, ADOPTION],
  TERM: [PROFESSIONAL_FOSTER_FAMILY, PATRONAGE, FOSTER_FAMILY, GUEST_FAMILY],
};

/** Earlier placements that ended before the current one, or before the child came back to wait. */
const EARLIER_ENDINGS = {
  placed: [[PlacementEndReason.BREAKDOWN, 40], [PlacementEndReason.TRANSFERRED, 25], [PlacementEndReason.TERM_EXPIRED, 20], [PlacementEndReason.WITHDRAWN_BEFORE_APPROVAL, 10], [PlacementEndReason.NOT_APPROVED, 5]],
  waiting: [[PlacementEndReason.BREAKDOWN, 35], [PlacementEndReason.WITHDRAWN_BEFORE_APPROVAL, 25], [PlacementEndReason.NOT_APPROVED, 15], [PlacementEndReason.TERM_EXPIRED, 15], [PlacementEndReason.ADOPTION_REVOKED, 5], [PlacementEndReason.OTHER, 5]],
} as const;

interface Ending {
  purpose: Purpose;
  reached: PlacementStatus;
  reason: PlacementEndReason;
  from: string;
  to: string;
  /** Days between the last step and the end. */
  tail: readonly [number, number];
  /** Fixed end date (the day the child left the data bank). */
  endsOn?: string;
}

interface Match {
  family: FamilyInfo;
  forms: PlacementForm[];
  steps: Step[];
}

export interface PlacementOutput {
  placements: PlacementRow[];
  transitions: TransitionRow[];
  kinships: KinshipRow[];
}

/**
 * Gives every child a placement history consistent with its status: children meant to be in a
 * family get an ACTIVE placement with a matching family (or wait, if none fits), waiting children
 * get proposals in progress and past placements that ended, leavers get the placement they left.
 * Adjusts children's status and families' capacity as it goes.
 */
export function generatePlacements(ctx: SeedContext, children: ChildRow[], families: FamilyRow[], applicants: ApplicantRow[]): PlacementOutput {
  const rng = ctx.rng('placements');
  const { today } = ctx;
  const output: PlacementOutput = { placements: [], transitions: [], kinships: [] };
  const pools = familyPools(families, applicants, today);
  const neighbours = new Map(REGIONS.map((region) => [region.code, region.neighbours]));
  const kin = new Set<string>();

  /** The first family, in the child's region and then the neighbouring ones, for which `attempt` succeeds. */
  const firstMatch = <T>(region: string, attempt: (family: FamilyInfo) => T | null): [FamilyInfo, T] | null => {
    for (const code of [region, ...(neighbours.get(region) ?? [])]) {
      const pool = pools.get(code) ?? [];
      const offset = rng.int(0, Math.max(0, pool.length - 1));
      for (let i = 0; i < pool.length; i += 1) {
        const family = pool[(offset + i) % pool.length]!;
        const result = attempt(family);
        if (result) return [family, result];
      }
    }
    return null;
  };

  /** A family with the forms it would take the unit in and the planned steps. */
  const match = (region: string, attempt: (family: FamilyInfo) => Omit<Match, 'family'> | null): Match | null => {
    const found = firstMatch(region, attempt);
    return found && { family: found[0], ...found[1] };
  };

  const formsFor = (family: FamilyInfo, unit: ChildRow[], purpose: Purpose, on: string): PlacementForm[] | null => {
    const order = purpose === 'ANY' ? rng.shuffle([...FORMS_BY_PURPOSE.ANY]) : FORMS_BY_PURPOSE[purpose];
    const forms: PlacementForm[] = [];
    for (const child of unit) {
      const age = Math.max(0, fullYearsBetween(child.birthDate, on));
      const form = order.find((candidate) => family.row.forms.includes(candidate) && formFits(candidate, age, child, family));
      if (!form) return null;
      forms.push(form);
    }
    return forms;
  };

  const record = (unit: ChildRow[], chosen: Match, ended?: { reason: PlacementEndReason; date: string }) => {
    const family = chosen.family.row;
    unit.forEach((child, index) => {
      const { placement, transitions } = placementRows(rng, { child: child.id, family: family.id, form: chosen.forms[index]!, steps: chosen.steps, ...(ended ? { ended } : {}) });
      output.placements.push(placement);
      output.transitions.push(...transitions);
      if (placement.updatedAt > child.updatedAt) child.updatedAt = placement.updatedAt;
      if (placement.updatedAt > family.updatedAt) family.updatedAt = placement.updatedAt;
    });
  };

  /** Relatives live in the child's region here; placements across a border stay without kinship. */
  const addKinship = (family: FamilyInfo, unit: ChildRow[]) => {
    for (const child of unit) {
      if (family.row.region !== child.region || kin.has(`${family.row.id}:${child.id}`)) continue;
      kin.add(`${family.row.id}:${child.id}`);
      output.kinships.push({ id: rng.uuid(family.row.createdAt), createdAt: family.row.createdAt, updatedAt: family.row.createdAt, family: family.row.id, child: child.id, relation: relationFor(rng, family, child) });
    }
  };

  /** One placement that ended; returns its end date, or null when no family fits the window. */
  const endEarlier = (unit: ChildRow[], ending: Ending): string | null => {
    const tail = rng.int(...ending.tail);
    const lastStepBy = addDays(ending.endsOn ?? ending.to, -tail);
    const found = match(unit[0]!.region, (family) => {
      if (!family.hosts || (unit.length > 1 && !family.row.preferences.acceptsSiblings)) return null;
      const forms = formsFor(family, unit, ending.purpose, ending.from);
      if (!forms) return null;
      const floor = forms.includes(PROFESSIONAL_FOSTER_FAMILY) ? PROFESSIONAL_FOSTER_SINCE : ending.from;
      const steps = planSteps(rng, ending.reached, latest(ending.from, addDays(family.appliedOn, 30), floor), lastStepBy);
      return steps && { forms, steps };
    });
    if (!found) return null;
    const date = ending.endsOn ?? addDays(found.steps[found.steps.length - 1]!.date, tail);
    record(unit, found, { reason: ending.reason, date });
    return date;
  };

  const earlierEnding = (unit: ChildRow[], from: string, to: string, placed: boolean): string | null => {
    const reason = rng.weighted(placed ? EARLIER_ENDINGS.placed : EARLIER_ENDINGS.waiting);
    const beforeApproval = reason === PlacementEndReason.WITHDRAWN_BEFORE_APPROVAL || reason === PlacementEndReason.NOT_APPROVED;
    return endEarlier(unit, {
      reason,
      from,
      to,
      purpose: reason === PlacementEndReason.ADOPTION_REVOKED ? 'ADOPT' : reason === PlacementEndReason.TERM_EXPIRED ? 'TERM' : 'CARE',
      reached: beforeApproval ? rng.pick([PROPOSED, INTRODUCTION, TRIAL]) : ACTIVE,
      // P-STAY: a fixed-term stay lasts six to twelve months.
      tail: beforeApproval ? [3, 30] : reason === PlacementEndReason.TERM_EXPIRED ? [180, 365] : [60, 900],
    });
  };

  const wait = (unit: ChildRow[], from: string) => {
    if (rng.chance(0.15)) {
      const ended = earlierEnding(unit, from, addDays(today, -45), false);
      if (ended) from = addDays(ended, 14);
    }
    if (rng.chance(0.3)) {
      const reached = rng.weighted([[PROPOSED, 35], [INTRODUCTION, 25], [TRIAL, 20], [APPROVED, 20]] as const);
      const proposal = match(unit[0]!.region, (family) => {
        if (!family.open || free(family) < unit.length || !welcomes(family, unit, today)) return null;
        const forms = formsFor(family, unit, 'ANY', today);
        const steps = forms && planSteps(rng, reached, latest(from, family.row.approvedAt!, addDays(today, -150)), today);
        return steps && { forms: forms!, steps };
      });
      if (proposal) {
        proposal.family.proposed += unit.length;
        record(unit, proposal);
      }
    }
    // Relatives who have applied and are still being assessed (PRI-1, PRI-3).
    if (rng.chance(0.05)) {
      const relatives = firstMatch(unit[0]!.region, (family) =>
        (family.row.region === unit[0]!.region &&
          (family.row.decidedStatus === AssessmentStatus.APPLIED || family.row.decidedStatus === AssessmentStatus.IN_ASSESSMENT) &&
          (family.row.forms.includes(GUARDIANSHIP) || family.row.forms.includes(CUSTODY))) || null);
      if (relatives) addKinship(relatives[0], unit);
    }
  };

  const place = (unit: ChildRow[], purpose: 'ADOPT' | 'CARE') => {
    let from = unit[0]!.registeredAt;
    if (rng.chance(0.12)) {
      const ended = earlierEnding(unit, from, addDays(today, -150), true);
      if (ended) from = addDays(ended, 14);
    }
    const placement = match(unit[0]!.region, (family) => {
      if (!family.hosts || free(family) < unit.length || !welcomes(family, unit, today)) return null;
      const forms = formsFor(family, unit, purpose, today);
      if (!forms) return null;
      // P-STAY: a professional foster placement that is still active began within six months.
      const floor = forms.includes(PROFESSIONAL_FOSTER_FAMILY) ? addDays(today, -180) : from;
      const steps = planSteps(rng, ACTIVE, latest(from, addDays(family.appliedOn, 30), floor), today);
      return steps && { forms, steps };
    });
    if (!placement) {
      for (const child of unit) child.status = rng.chance(0.6) ? ChildStatus.IN_INSTITUTION : ChildStatus.AWAITING_PLACEMENT;
      wait(unit, from);
      return;
    }
    record(unit, placement);
    for (const [index, child] of unit.entries()) child.status = placement.forms[index] === ADOPTION ? ChildStatus.ADOPTED : ChildStatus.IN_FAMILY_PLACEMENT;
    const family = placement.family.row;
    family.capacity -= unit.length;
    family.childrenInHousehold += unit.length;
    if (family.capacity === 0) family.acceptingPlacements = false;
    // Many guardians and custodians are relatives (PRI-3).
    if ((placement.forms[0] === GUARDIANSHIP || placement.forms[0] === CUSTODY) && rng.chance(0.3)) addKinship(placement.family, unit);
  };

  const leave = (unit: ChildRow[]) => {
    const { exitReason, exitedAt, registeredAt } = unit[0]!;
    if (exitReason === DataBankExitReason.REACHED_MAJORITY && rng.chance(0.8)) {
      endEarlier(unit, { purpose: 'CARE', reached: ACTIVE, reason: PlacementEndReason.CHILD_REACHED_MAJORITY, from: registeredAt, to: exitedAt!, endsOn: exitedAt!, tail: [180, 180] });
    } else if (exitReason === DataBankExitReason.RETURNED_TO_PARENTS && rng.chance(0.5)) {
      endEarlier(unit, { purpose: 'CARE', reached: ACTIVE, reason: PlacementEndReason.RETURNED_TO_PARENTS, from: registeredAt, to: exitedAt!, endsOn: exitedAt!, tail: [30, 30] });
    }
  };

  for (const unit of rng.shuffle(units(children))) {
    switch (unit[0]!.status) {
      case ChildStatus.IN_FAMILY_PLACEMENT:
        place(unit, 'CARE');
        break;
      case ChildStatus.ADOPTED:
        place(unit, 'ADOPT');
        break;
      case ChildStatus.AWAITING_PLACEMENT:
      case ChildStatus.IN_INSTITUTION:
        wait(unit, unit[0]!.registeredAt);
        break;
      case ChildStatus.LEFT_DATA_BANK:
        leave(unit);
        break;
    }
  }
  return output;
}

/** Sibling groups move together (SIB); everyone else alone. */
function units(children: ChildRow[]): ChildRow[][] {
  return [...groupBy(children, (child) => child.siblingGroup ?? child.id).values()];
}

function relationFor(rng: Prng, family: FamilyInfo, child: ChildRow): KinshipRelation {
  const gap = fullYearsBetween(family.eldestBirth, child.birthDate);
  if (gap >= 40 && rng.chance(0.6)) return KinshipRelation.GRANDPARENT;
  if (gap < 25 && rng.chance(0.4)) return KinshipRelation.ADULT_SIBLING;
  return rng.weighted([[KinshipRelation.AUNT_OR_UNCLE, 70], [KinshipRelation.OTHER_RELATIVE, 25], [KinshipRelation.STEP_PARENT, 5]]);
}
