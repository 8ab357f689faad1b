import { CaseworkSeeder } from '../../seeds/casework.seeder.js';
import { ChangeRequestSeeder } from '../../seeds/change-request.seeder.js';
import { DemoAccountsSeeder } from '../../seeds/demo-accounts.seeder.js';
import { DEFAULT_SEED_DATE, PopulationSeeder } from '../../seeds/population.seeder.js';
import type { SeedScale } from '../../seeds/population.generator.js';
import { DistrictSeeder } from '../../seeds/district.seeder.js';
import { RegionSeeder } from '../../seeds/region.seeder.js';
import { seedInquiries } from '../../seeds/inquiry.seeder.js';
import { seedTasks } from '../../seeds/task.seeder.js';
import { isRealDate } from '../shared/iin.js';
import { Child } from '../modules/children/child.entity.js';
import { today as todayOf } from '../shared/dates.js';
import type { Orm } from './orm.js';

export type { SeedScale };

export interface SeedOptions {
  /** 'demo' (default): ~2,000 children; 'national': ~21,000, the size of the real data bank. */
  scale?: SeedScale;
  /** A multiple of the scale's counts (default 1; 2 gives twice the national seed, same distributions). */
  times?: number;
  /** Reference date of the synthetic population, YYYY-MM-DD; fixed by default so every run is identical. */
  today?: string;
  log?: (line: string) => void;
}

/** Reference data every database needs (the regions and their districts); safe to run again. */
export async function seedReferenceData(orm: Orm): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    await new RegionSeeder().run(em);
    await new DistrictSeeder().run(em);
  });
}

/** Reference data, then, on a database without children, the synthetic population and the demo accounts. */
/** Seeds the population into a database without children; returns false, seeding nothing, when it has some. */
export async function seedDatabase(orm: Orm, options: SeedOptions = {}): Promise<boolean> {
  const log = options.log ?? (() => {});
  const today = options.today ?? DEFAULT_SEED_DATE;
  if (!isRealDate(today)) throw new Error(`seed date must be a real date (YYYY-MM-DD), got "${today}"`);
  await seedReferenceData(orm);
  const em = orm.em.fork();
  if ((await em.count(Child)) > 0) {
    log('children already present: population not seeded');
    return false;
  }
  // One transaction: an interrupted seed leaves no children behind, so the next run starts over.
  await em.transactional(async (tx) => {
    await new PopulationSeeder({ scale: options.scale ?? 'demo', times: options.times, today, log }).run(tx);
    await new DemoAccountsSeeder({ today }).run(tx);
    await new ChangeRequestSeeder({ today }).run(tx);
    await new CaseworkSeeder({ today }).run(tx);
  });
  // Tasks, inquiries and lapsing availability are about now: they count from the real date (or the one given), not the population's.
  await seedInquiries(orm.em.fork(), options.today ?? todayOf());
  await seedTasks(orm.em.fork(), options.today ?? todayOf());
  return true;
}
