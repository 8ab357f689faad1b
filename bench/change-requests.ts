/**
 * The review queue: `npm run bench:change-requests`. A fresh embedded PostgreSQL with the demo
 * seed and 1,000 pending change requests of Astana families (two fields each, sealed like any
 * other); the queue page a worker opens — 50 requests with their families and every field's read,
 * proposed and current value — executed in process as the Astana demo worker, and a walk through
 * the whole queue page by page. Prints p50 and p95 of each. Synthetic data only.
 */
import 'reflect-metadata';
import { parse } from 'graphql';
import { Family } from '../src/modules/families/family.entity.js';
import { FamilyChangeRequest } from '../src/modules/family-changes/family-change-request.entity.js';
import { ChangeRequestStatus, changeableValues, proposedFields, type FamilyChangeField } from '../src/modules/family-changes/family-change.rules.js';
import { User } from '../src/modules/identity/user.entity.js';
import { createSchema } from '../src/graphql/schema.js';
import { Role } from '../src/shared/enums.js';
import { uuidv7 } from '../src/shared/uuid.js';
import { percentile, timedOperation, withSeededDatabase } from './support.js';

const PENDING = 1_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WALKS = Number(process.env.BENCH_WALKS ?? 20);

const QUEUE = parse(`query Queue($after: String) {
  familyChangeRequests(filter: { status: [PENDING], regionCode: "ASTANA" }, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id status readVersion createdAt family { id settlement version } fields { field readValue proposedValue currentValue conflict decision } } }
  }
}`);

await withSeededDatabase({ scale: 'demo' }, async (orm) => {
  const setup = orm.em.fork();
  const families = await setup.find(Family, { region: 'ASTANA' }, { orderBy: { id: 'asc' } });
  const rows = Array.from({ length: PENDING }, (_, n) => {
    const family = families[n % families.length]!;
    const fields = proposedFields(changeableValues(family as unknown as Record<FamilyChangeField, unknown>), {
      contactPhone: `+7 701 ${String(n).padStart(3, '0')} 00 00`,
      availabilityNote: `Synthetic: request ${n}`,
    });
    return setup.create(FamilyChangeRequest, { id: uuidv7(), family, submittedBy: uuidv7(), readVersion: family.version, fields }, { persist: false });
  });
  await setup.insertMany(rows);
  const worker = await setup.findOneOrFail(User, { email: 'worker@shanyraq.demo' });
  const actor = { userId: worker.id, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' };
  const queued = await setup.count(FamilyChangeRequest, { status: ChangeRequestStatus.PENDING, family: { region: 'ASTANA' } });
  console.log(`${queued} pending requests of ${families.length} Astana families in the queue`);

  const schema = await createSchema();
  const page = async (after?: string) => {
    const { ms, data } = await timedOperation(orm, schema, actor, QUEUE, { after });
    const connection = (data as { familyChangeRequests: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).familyChangeRequests;
    return { ms, next: connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor! : undefined };
  };

  for (let i = 0; i < 20; i++) await page();
  const first: number[] = [];
  for (let i = 0; i < RUNS; i++) first.push((await page()).ms);
  console.log(`first page (50 requests, families, fields, totalCount): p50 ${percentile(first, 0.5).toFixed(1)} ms, p95 ${percentile(first, 0.95).toFixed(1)} ms (${RUNS} runs)`);

  const walks: number[] = [];
  const pages: number[] = [];
  for (let i = 0; i < WALKS; i++) {
    let total = 0;
    let after: string | undefined;
    do {
      const answer = await page(after);
      pages.push(answer.ms);
      total += answer.ms;
      after = answer.next;
    } while (after);
    walks.push(total);
  }
  console.log(`any page of the walk: p50 ${percentile(pages, 0.5).toFixed(1)} ms, p95 ${percentile(pages, 0.95).toFixed(1)} ms (${pages.length} pages)`);
  console.log(`whole queue, ${PENDING / 50} pages: p50 ${percentile(walks, 0.5).toFixed(0)} ms, p95 ${percentile(walks, 0.95).toFixed(0)} ms (${WALKS} walks)`);
});
