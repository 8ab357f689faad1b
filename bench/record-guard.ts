/**
 * What the record guard costs: `npm run bench:guard`. A fresh embedded PostgreSQL with the demo
 * seed; the same operations executed in process against the schema with the guard and against
 * the same resolvers without it, alternating one run of each so machine noise hits both alike.
 * Prints the median time per operation for each and their ratio. Synthetic data only.
 */
import 'reflect-metadata';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../src/graphql/auth-checker.js';
import { createSchema, resolvers } from '../src/graphql/schema.js';
import type { Actor } from '../src/modules/identity/actor.js';
import { Role } from '../src/shared/enums.js';
import { W1, W2 } from './api/workloads.js';
import { percentile, timedOperation, withSeededDatabase } from './support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const median = (values: number[]) => percentile(values, 0.5);

// The workloads of bench:api, so every benchmark measures the same two pages.
const OPERATIONS: { name: string; role: Role; query: string }[] = [
  { name: 'W1: 50 children, placements, families (admin)', role: Role.ADMIN, query: W1 },
  { name: 'W2: 20 waiting children, siblings, placements, families, applicants (worker)', role: Role.SOCIAL_WORKER, query: W2 },
];

await withSeededDatabase({ scale: 'demo' }, async (orm) => {
  const [worker] = await orm.em.getConnection().execute(`select id from app_user where role = 'SOCIAL_WORKER' and region_code = 'ASTANA' limit 1`);
  const actors: Record<string, Actor> = {
    [Role.ADMIN]: { userId: '00000000-0000-7000-8000-000000000000', role: Role.ADMIN },
    [Role.SOCIAL_WORKER]: { userId: worker.id, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' },
  };
  const guarded = await createSchema();
  // The same resolvers and options, without the guard: what the guard's checks cost, and nothing else.
  const bare = await buildSchema({ resolvers, authChecker, validate: { forbidUnknownValues: false, skipMissingProperties: true } });

  const run = async (schema: GraphQLSchema, role: Role, document: ReturnType<typeof parse>) => (await timedOperation(orm, schema, actors[role]!, document)).ms;

  for (const operation of OPERATIONS) {
    const document = parse(operation.query);
    for (let i = 0; i < 20; i++) await run(guarded, operation.role, document), await run(bare, operation.role, document);
    const times = { guarded: [] as number[], bare: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      times.guarded.push(await run(guarded, operation.role, document));
      times.bare.push(await run(bare, operation.role, document));
    }
    const [g, b] = [median(times.guarded), median(times.bare)];
    console.log(`${operation.name}: guarded ${g.toFixed(2)} ms, without the guard ${b.toFixed(2)} ms, ratio ${(g / b).toFixed(2)} (medians of ${RUNS})`);
  }
});
