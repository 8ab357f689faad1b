import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Role } from '../src/shared/enums.js';
import { AssessmentStatus } from '../src/modules/families/family.enums.js';
import { Family } from '../src/modules/families/family.entity.js';
import { hashPassword } from '../src/modules/identity/password.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Prng } from './prng.js';
import { DEFAULT_SEED_DATE } from './population.seeder.js';

/** Shared by every demo account; printed by the server in development. Never used outside demo data. */
export const DEMO_PASSWORD = 'shanyraq-demo';

export interface DemoAccount {
  email: string;
  role: Role;
  displayName: string;
  description: string;
  /** Workers and coordinators act within this region. */
  region?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@shanyraq.demo', role: Role.ADMIN, displayName: 'Администратор (демо)', description: 'Administrator: all regions, users and audit trail' },
  { email: 'worker@shanyraq.demo', role: Role.SOCIAL_WORKER, region: 'ASTANA', displayName: 'Социальный работник, Астана (демо)', description: 'Social worker of the Astana guardianship authority' },
  { email: 'worker.almaty@shanyraq.demo', role: Role.SOCIAL_WORKER, region: 'ALMATY', displayName: 'Социальный работник, Алматы (демо)', description: 'Social worker in Almaty: sees only Almaty records' },
  { email: 'coordinator@shanyraq.demo', role: Role.MENTOR_COORDINATOR, region: 'ASTANA', displayName: 'Координатор наставничества, Астана (демо)', description: 'Mentoring coordinator in Astana' },
  { email: 'supervisor@shanyraq.demo', role: Role.SUPERVISOR, region: 'ASTANA', displayName: 'Руководитель отдела опеки, Астана (демо)', description: 'Head of the Astana guardianship department: its caseloads, approvals' },
  { email: 'family@shanyraq.demo', role: Role.FAMILY, displayName: 'Семья-кандидат (демо)', description: 'An approved candidate family in Astana' },
];

export interface DemoAccountsOptions {
  /** Same reference date as the population: the family account needs an approval in force on it. */
  today?: string;
}

/** Demo users, one per role; needs the population (the family account belongs to a seeded family). */
export class DemoAccountsSeeder extends Seeder {
  constructor(private readonly options: DemoAccountsOptions = {}) {
    super();
  }

  async run(em: EntityManager): Promise<void> {
    const today = this.options.today ?? DEFAULT_SEED_DATE;
    const existing = new Set((await em.find(User, { email: { $in: DEMO_ACCOUNTS.map((a) => a.email) } })).map((user) => user.email));
    const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
    if (missing.length === 0) return;
    // Preferably one still accepting children, so the demo can walk through a new proposal.
    const family = await em.findOne(
      Family,
      { region: 'ASTANA', decidedStatus: AssessmentStatus.APPROVED, approvalExpiresAt: { $gt: today } },
      { orderBy: { acceptingPlacements: 'desc', id: 'asc' } },
    );
    if (!family) throw new Error('no approved Astana family to attach the demo family account to');
    // argon2id is deliberately slow: hash once for all accounts.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const createdAt = new Date(`${today}T04:00:00Z`);
    for (const account of missing) {
      em.create(User, {
        // Stable ids, so a demo account keeps its id across re-seeded databases.
        id: Prng.forStage(`demo-account:${account.email}`).uuid(createdAt),
        createdAt,
        updatedAt: createdAt,
        email: account.email,
        passwordHash,
        role: account.role,
        displayName: account.displayName,
        disabled: false,
        ...(account.region ? { region: account.region } : {}),
        ...(account.role === Role.FAMILY ? { family } : {}),
      });
    }
    await em.flush();
  }
}
