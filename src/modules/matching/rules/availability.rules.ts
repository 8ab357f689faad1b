import { addDays } from '../../../shared/dates.js';
import { FAMILY_FORMS, fail, pass, placementRule } from './support.js';

/**
 * A family's "accepting placements" and capacity are its own statement, and go stale: unless it
 * re-confirms them every `confirmEveryDays`, matching no longer counts on them. The family is
 * reminded `reminderDaysBefore` the day they lapse (availability.jobs.ts).
 */

export interface AvailabilityParams {
  confirmEveryDays: number;
  reminderDaysBefore: number;
}

/** The first day the family's availability no longer holds: `confirmEveryDays` after it was last confirmed. */
export const availabilityLapsesOn = (confirmedOn: string, params: AvailabilityParams): string => addDays(confirmedOn, params.confirmEveryDays);

export const AVAILABILITY_CURRENT = placementRule({
  code: 'AVAILABILITY-CURRENT',
  version: 1,
  description:
    'The family confirmed within the last `confirmEveryDays` days that it accepts placements with the capacity on record ' +
    '(confirmMyAvailability, or an accepted change of either); a lapsed statement is not relied on until the family confirms it again.',
  legalBasis:
    'Matching policy, not law: the data bank holds candidates’ current information (Code on Marriage and Family, Art. 118-2); ' +
    'a family’s own availability is relied on only while recently confirmed',
  confidence: 'high',
  kind: 'HARD',
  forms: FAMILY_FORMS,
  params: { confirmEveryDays: 90, reminderDaysBefore: 14 },
  evaluate(facts, params) {
    const lapsesOn = availabilityLapsesOn(facts.family.availabilityConfirmedOn, params);
    if (facts.asOf >= lapsesOn) return fail(`The family’s availability lapsed on ${lapsesOn}: last confirmed on ${facts.family.availabilityConfirmedOn}, every ${params.confirmEveryDays} days asked`);
    return pass(`Availability confirmed on ${facts.family.availabilityConfirmedOn}, holds until ${addDays(lapsesOn, -1)}`);
  },
});
