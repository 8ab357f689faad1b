/**
 * The clients of `bench/load.ts`, in a worker thread: `connections` loops, each sending one
 * request and waiting for its answer, until the time is up. Every 10 s they report how many
 * requests were answered; at the end, every latency and every error.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { DEMO_PASSWORD } from '../seeds/demo-accounts.seeder.js';

export interface LoadPlan {
  origin: string;
  seconds: number;
  connections: number;
  /** Fresh IINs, none of them registered yet (checked against the database's IIN hashes). */
  iins: { iin: string; birthDate: string; sex: 'MALE' | 'FEMALE' }[];
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'tick'; requests: number }
  | { type: 'done'; latencies: Float64Array; kinds: Record<string, number[]>; errors: Record<string, number>; firstError?: string };

export const SAMPLE_MS = 10_000;

const CHILD_PAGE = `query LoadChildren($first: Int, $filter: ChildFilter) {
  children(first: $first, filter: $filter) { totalCount edges { node { id lastName firstName age status region { code } } } pageInfo { hasNextPage endCursor } }
}`;
const CHILD = `query LoadChild($id: ID!) {
  child(id: $id) { id lastName firstName birthDate age sex status legalStatus specialNeeds languages version region { code } }
}`;
const CANDIDATES = `query LoadCandidates($childId: ID!, $form: PlacementForm!) {
  placementCandidates(childId: $childId, form: $form, first: 10) { eligible score family { id settlement } }
}`;
const REGISTER = `mutation LoadRegister($input: RegisterChildInput!) { registerChild(input: $input) { id version } }`;
const UPDATE = `mutation LoadUpdate($input: UpdateChildInput!) { updateChild(input: $input) { id version } }`;
const WAITING_IDS = `query LoadWaiting($after: String) {
  children(first: 100, after: $after, filter: { status: [AWAITING_PLACEMENT, IN_INSTITUTION] }) { edges { node { id age } } pageInfo { hasNextPage endCursor } }
}`;

const FILTERS = [
  { status: ['AWAITING_PLACEMENT'] },
  { ageMin: 5, ageMax: 12 },
  { hasSpecialNeeds: true },
  { sex: 'FEMALE', status: ['AWAITING_PLACEMENT', 'IN_INSTITUTION'] },
  { search: 'ай' },
];
const NAMES = ['Айдана', 'Данияр', 'Мадина', 'Арман', 'Томирис', 'Нурлан'];

interface Answer {
  ok: boolean;
  code?: string;
  data?: Record<string, unknown>;
}

export async function runClients(plan: LoadPlan): Promise<void> {
  const port = parentPort!;
  const call = async (query: string, variables: object, token?: string): Promise<Answer> => {
    try {
      const response = await fetch(`${plan.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
      if (response.status === 200 && !body.errors) return { ok: true, data: body.data };
      return { ok: false, code: `${response.status} ${body.errors?.[0]?.extensions?.code ?? ''} ${body.errors?.[0]?.message ?? ''}`.trim() };
    } catch (error) {
      return { ok: false, code: `NETWORK ${(error as Error).message}` };
    }
  };

  const login = await call('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'worker@shanyraq.demo', p: DEMO_PASSWORD });
  if (!login.ok) throw new Error(`login failed: ${login.code}`);
  const token = (login.data!.login as { token: string }).token;

  // Children waiting in the worker's region: the ones placement candidates are asked for.
  const waiting: { id: string; age: number }[] = [];
  for (let after: string | null = null; waiting.length < 1000; ) {
    const page = await call(WAITING_IDS, { after }, token);
    if (!page.ok) throw new Error(`listing children failed: ${page.code}`);
    const children = page.data!.children as { edges: { node: { id: string; age: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    waiting.push(...children.edges.map((edge) => edge.node));
    if (!children.pageInfo.hasNextPage) break;
    after = children.pageInfo.endCursor;
  }
  if (waiting.length === 0) throw new Error('no waiting children in the demo worker’s region');
  port.postMessage({ type: 'ready' } satisfies FromWorker);

  const latencies: number[] = [];
  /** Latencies by kind of request. */
  const kinds: Record<string, number[]> = {};
  const errors: Record<string, number> = {};
  let firstError: string | undefined;
  let sinceTick = 0;
  let nextIin = 0;
  const deadline = performance.now() + plan.seconds * 1000;
  const ticker = setInterval(() => {
    port.postMessage({ type: 'tick', requests: sinceTick } satisfies FromWorker);
    sinceTick = 0;
  }, SAMPLE_MS);

  const client = async (n: number) => {
    // Each client edits only the children it registered, so its versions are always current.
    const own: { id: string; version: number }[] = [];
    let step = n;
    while (performance.now() < deadline) {
      const roll = (step++ * 7919 + n * 104729) % 100;
      const child = waiting[(step * 31 + n) % waiting.length]!;
      let kind: string;
      let answer: Answer;
      const started = performance.now();
      if (roll < 30) {
        kind = 'children page';
        answer = await call(CHILD_PAGE, { first: 20, filter: FILTERS[step % FILTERS.length] }, token);
      } else if (roll < 60) {
        kind = 'child';
        answer = await call(CHILD, { id: child.id }, token);
      } else if (roll < 80) {
        kind = 'placementCandidates';
        answer = await call(CANDIDATES, { childId: child.id, form: child.age < 14 ? 'GUARDIANSHIP' : 'CUSTODY' }, token);
      } else if ((roll < 90 || own.length === 0) && nextIin < plan.iins.length) {
        kind = 'registerChild';
        const person = plan.iins[nextIin++]!;
        const input = {
          iin: person.iin,
          lastName: 'Нагрузова',
          firstName: NAMES[step % NAMES.length],
          birthDate: person.birthDate,
          sex: person.sex,
          regionCode: 'ASTANA',
          legalStatus: 'LEFT_WITHOUT_PARENTAL_CARE',
          registeredAt: '2026-10-01',
          healthGroup: 'II',
          languages: ['KAZAKH'],
          // Names and birth dates come round again under load: the worker has confirmed they are new children.
          confirmNotDuplicate: true,
        };
        answer = await call(REGISTER, { input }, token);
        if (answer.ok) own.push({ ...(answer.data!.registerChild as { id: string; version: number }) });
      } else if (own.length > 0) {
        kind = 'updateChild';
        const target = own[step % own.length]!;
        answer = await call(UPDATE, { input: { id: target.id, version: target.version, firstName: NAMES[(step + 1) % NAMES.length] } }, token);
        if (answer.ok) target.version = (answer.data!.updateChild as { version: number }).version;
      } else {
        // No fresh IIN left and nothing of its own to edit: a read instead.
        kind = 'child';
        answer = await call(CHILD, { id: child.id }, token);
      }
      latencies.push(performance.now() - started);
      (kinds[kind] ??= []).push(performance.now() - started);
      sinceTick++;
      if (!answer.ok) {
        errors[kind] = (errors[kind] ?? 0) + 1;
        firstError ??= `${kind}: ${answer.code}`;
      }
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, (_, n) => client(n)));
  clearInterval(ticker);
  const result = Float64Array.from(latencies);
  port.postMessage({ type: 'done', latencies: result, kinds, errors, firstError } satisfies FromWorker, [result.buffer]);
}

if (parentPort) await runClients(workerData as LoadPlan);
