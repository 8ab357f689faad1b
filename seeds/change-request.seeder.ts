import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { AssessmentStatus } from '../src/modules/families/family.enums.js';
import { Family } from '../src/modules/families/family.entity.js';
import { FamilyChangeRequest } from '../src/modules/family-changes/family-change-request.entity.js';
import { changeableValues, proposedFields, type FamilyChangeField } from '../src/modules/family-changes/family-change.rules.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Prng } from './prng.js';
import { DEFAULT_SEED_DATE } from './population.seeder.js';

/** Families of each region with a request waiting in the demo: their worker's review queue. */
const PER_REGION = 6;
const REGIONS = ['ASTANA', 'ALMATY'];

/** What the n-th family asks to change: a few kinds in turn, so the queue shows each. */
function proposal(family: Family, n: number): Partial<Record<FamilyChangeField, unknown>> {
  const phone = `+7 70${n % 10} 555 ${String(1000 + n).slice(-4)}`;
  switch (n % 3) {
    case 0:
      return { contactPhone: phone, availabilityNote: 'Synthetic: away for two weeks in January' };
    case 1:
      return { capacity: family.capacity + 1, preferences: { ...family.preferences, childAgeMax: Math.min(17, family.preferences.childAgeMax + 2) } };
    default:
      return { housing: { ...family.housing, rooms: family.housing.rooms + 1 }, monthlyIncome: family.monthlyIncome + 50_000 };
  }
}

export interface ChangeRequestOptions {
  today?: string;
}

/**
 * Pending change requests (issue 10, section 2): the demo family account's own, and some of other
 * approved families of Astana and Almaty, against their current values. Those other families have
 * no account in the demo data: their requests name a synthetic account id. Needs the demo accounts.
 */
export class ChangeRequestSeeder extends Seeder {
  constructor(private readonly options: ChangeRequestOptions = {}) {
    super();
  }

  async run(em: EntityManager): Promise<void> {
    if ((await em.count(FamilyChangeRequest)) > 0) return;
    const at = new Date(`${this.options.today ?? DEFAULT_SEED_DATE}T09:00:00Z`);
    const account = await em.findOne(User, { email: 'family@shanyraq.demo' });
    const families = [];
    for (const region of REGIONS) {
      families.push(...(await em.find(Family, { region, decidedStatus: AssessmentStatus.APPROVED }, { orderBy: { id: 'asc' }, limit: PER_REGION })));
    }
    const own = account?.family ? await em.findOneOrFail(Family, account.family.id) : undefined;
    if (own && !families.includes(own)) families.unshift(own);
    families.forEach((family, n) => {
      const submittedBy = family === own ? account!.id : Prng.forStage(`change-request-account:${family.id}`).uuid(at);
      const fields = proposedFields(changeableValues(family as unknown as Record<FamilyChangeField, unknown>), proposal(family, n));
      em.create(FamilyChangeRequest, { id: Prng.forStage(`change-request:${family.id}`).uuid(at), createdAt: at, updatedAt: at, family, submittedBy, readVersion: family.version, fields });
    });
    await em.flush();
  }
}
