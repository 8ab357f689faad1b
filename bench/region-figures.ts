/**
 * Regional figures at national scale: `npm run bench:figures`. A fresh embedded PostgreSQL with
 * the national seed (~21,000 children), then `regionFigures` executed in process as an
 * administrator for each region and for the whole country, over one year. Prints p50 and p95
 * per kind of call. Synthetic data only.
 */
import 'reflect-metadata';
import { parse } from 'graphql';
import { performance } from 'node:perf_hooks';
import { createSchema } from '../src/graphql/schema.js';
import { Child } from '../src/modules/children/child.entity.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Region } from '../src/modules/regions/region.entity.js';
import { Role } from '../src/shared/enums.js';
import { percentile, timedOperation, withSeededDatabase } from './support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const FIGURES = parse(`query Figures($regionCode: String) {
  regionFigures(regionCode: $regionCode, from: "2025-11-01", to: "2026-10-31") {
    regionCode waitingByAge { band count } waitingByTime { band count } placementsByMonth { month form started ended breakdowns }
    medianDaysToPlacement familiesApproved familiesLapsing mentorshipsActive tasksOverdue specialists childrenInDataBank specialistsPer5000 standardPer5000
  }
}`);

const seeding = performance.now();
await withSeededDatabase({ scale: 'national', today: '2026-11-01' }, async (orm) => {
  await orm.em.getConnection().execute('analyze');
  const setup = orm.em.fork();
  console.log(`national seed: ${await setup.count(Child)} children, in ${((performance.now() - seeding) / 1000).toFixed(0)} s`);
  const admin = await setup.findOneOrFail(User, { email: 'admin@shanyraq.demo' });
  const actor = { userId: admin.id, role: Role.ADMIN };
  const regions = (await setup.find(Region, {}, { orderBy: { code: 'asc' } })).map((region) => region.code);

  const schema = await createSchema();
  const call = async (regionCode?: string) => (await timedOperation(orm, schema, actor, FIGURES, { regionCode })).ms;

  for (const region of regions.slice(0, 5)) await call(region);
  const byRegion: number[] = [];
  const country: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const region of regions) byRegion.push(await call(region));
    country.push(await call());
  }
  console.log(`one region, a year: p50 ${percentile(byRegion, 0.5).toFixed(1)} ms, p95 ${percentile(byRegion, 0.95).toFixed(1)} ms (${byRegion.length} calls over ${regions.length} regions)`);
  console.log(`the country, a year: p50 ${percentile(country, 0.5).toFixed(1)} ms, p95 ${percentile(country, 0.95).toFixed(1)} ms (${country.length} calls)`);
});
