import { composeIin } from '../src/shared/iin.js';
import { Sex } from '../src/shared/enums.js';
import { Prng } from './prng.js';

/** Hands out IINs that are valid for the birth date and sex and never repeat across the population. */
export class IinRegistry {
  private readonly issued = new Set<string>();

  issue(rng: Prng, birthDate: string, sex: Sex): string {
    for (;;) {
      // About one serial in eleven has no valid check digit: composeIin returns null, draw again.
      const iin = composeIin(birthDate, sex === Sex.MALE ? 'MALE' : 'FEMALE', rng.int(0, 9999));
      if (iin && !this.issued.has(iin)) {
        this.issued.add(iin);
        return iin;
      }
    }
  }
}

/** Shared by every generator of one seeding run. */
export class SeedContext {
  readonly iins = new IinRegistry();

  constructor(
    readonly label: string,
    /** The reference date: the population is as of this day, so re-runs give identical data. */
    readonly today: string,
  ) {}

  rng(stage: string): Prng {
    return Prng.forStage(`${this.label}:${this.today}:${stage}`);
  }
}

const MOBILE_CODES = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];

/** A Kazakhstani mobile number (+7 7xx …), synthetic. */
export function drawPhone(rng: Prng): string {
  return `+7${rng.pick(MOBILE_CODES)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
}

export function drawSex(rng: Prng): Sex {
  return rng.chance(0.5) ? Sex.MALE : Sex.FEMALE;
}
