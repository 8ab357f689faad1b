/**
 * The workloads of `npm run bench:api`: the GraphQL operations, who sends them, and the
 * statements of the raw-SQL limit server (bench/api/limit-server.ts) for W1 and W2.
 */

/** Fixed keys: a cluster kept with BENCH_KEEP_DIR must open with the keys it was seeded with. */
export const BENCH_ENCRYPTION = {
  key: Buffer.alloc(32, 'bench-encryption-key'),
  previousKeys: [],
  hashKey: Buffer.alloc(32, 'bench-iin-hash-key'),
};

export type Caller = 'admin' | 'worker';

export interface Workload {
  name: string;
  title: string;
  caller: Caller;
  query: string;
  variables?: Record<string, unknown>;
  /** Also measured against the limit server, at this path. */
  limitPath?: string;
}

/** The demo accounts the workloads sign in as: an administrator, and a social worker of Astana (region level). */
export const CALLERS: Record<Caller, string> = { admin: 'admin@shanyraq.demo', worker: 'worker@shanyraq.demo' };

export const W1 = '{ children(first: 50) { edges { node { id region { code } placements { id family { id } } } } } }';

// Unsealed fields only: the limit server cannot open sealed columns in SQL.
export const W2 = `{ children(first: 20, filter: { status: [AWAITING_PLACEMENT] }) { edges { node {
  id lastName firstName middleName birthDate status
  siblings { id lastName firstName birthDate status }
  placements { id form status startedAt endedAt family { id settlement applicants { id lastName firstName birthDate } } }
} } } }`;

const W3 = `query Card($id: ID!) { child(id: $id) {
  id lastName firstName middleName birthDate age sex status legalStatus healthGroup specialNeeds languages registeredAt
  region { code nameEn } siblings { id lastName firstName }
  placements { id form status decisionDate startedAt endedAt endReason family { id settlement applicants { lastName firstName } }
    transitions { id at from to actorName note } }
} }`;

const W4 = `{ families(first: 20, filter: { assessmentStatus: [IN_ASSESSMENT] }) { totalCount edges { node {
  id settlement assessmentStatus forms capacity applicants { id lastName firstName birthDate }
} } } }`;

const W5 = `query Candidates($childId: ID!, $form: PlacementForm!) {
  placementCandidates(childId: $childId, form: $form, first: 20) { eligible score family { id settlement region { code } } }
}`;

/** The children W3 and W5 ask for, picked from the seeded data by bench/api/run.ts. */
export interface Picks {
  cardChildId: string;
  candidateChildId: string;
  candidateForm: string;
}

export function workloads(picks: Picks): Workload[] {
  return [
    { name: 'W1', title: '50 children, region, placements, family ids (admin)', caller: 'admin', query: W1, limitPath: '/w1' },
    { name: 'W2', title: "worker's page: 20 waiting children, siblings, placements, families, applicants", caller: 'worker', query: W2, limitPath: '/w2' },
    { name: 'W3', title: "a child's card with its timeline (worker; audited case-file read)", caller: 'worker', query: W3, variables: { id: picks.cardChildId } },
    { name: 'W4', title: 'family review queue: IN_ASSESSMENT families with applicants (worker)', caller: 'worker', query: W4 },
    {
      name: 'W5',
      title: 'placementCandidates for one child against every family (admin)',
      caller: 'admin',
      query: W5,
      variables: { childId: picks.candidateChildId, form: picks.candidateForm },
    },
  ];
}

/*
 * The limit: one statement per page, the whole answer built by PostgreSQL. $1 and $2 are the user
 * id and token version of the verified token; the statement returns no row for an unknown,
 * disabled or signed-out account. The authorization predicate is Shanyraq's (access-policy.ts
 * maySee) for administrators and regional staff: an administrator sees every record; staff see the
 * records of their region, and of their district when they have one. Orders are those of
 * src/graphql/loaders.ts.
 */
const ACTOR = `with actor as (select role, region_code, district_code from app_user where id = $1 and token_version = $2 and not disabled)`;
const visibleTo = (alias: string) =>
  `(a.role = 'ADMIN' or (${alias}.region_code = a.region_code and (a.district_code is null or ${alias}.district_code = a.district_code)))`;

/**
 * The first `limit` children by id that the actor may see and `filter` keeps. One branch per kind
 * of actor, so that each has a plan that uses its index (an OR of the two would scan every child);
 * the branch that is not the actor's is cut by a one-time filter.
 */
const childPage = (filter: string, limit: number) => `(
  (select c.* from child c where (select role from actor) = 'ADMIN' and ${filter} order by c.id limit ${limit})
  union all
  (select c.* from child c, actor a where a.role <> 'ADMIN' and c.region_code = a.region_code
     and (a.district_code is null or c.district_code = a.district_code) and ${filter} order by c.id limit ${limit})
) c`;

export const LIMIT_SQL: Record<string, string> = {
  '/w1': `${ACTOR}
select json_build_object('data', json_build_object('children', json_build_object('edges', coalesce((
  select json_agg(json_build_object('node', json_build_object(
    'id', c.id,
    'region', json_build_object('code', c.region_code),
    'placements', coalesce((select json_agg(json_build_object('id', p.id, 'family', json_build_object('id', p.family_id)) order by p.created_at desc, p.id)
                            from placement p where p.child_id = c.id), '[]')
  )) order by c.id)
  from ${childPage('true', 50)}), '[]'))))::text as body
from actor a`,
  '/w2': `${ACTOR}
select json_build_object('data', json_build_object('children', json_build_object('edges', coalesce((
  select json_agg(json_build_object('node', json_build_object(
    'id', c.id, 'lastName', c.last_name, 'firstName', c.first_name, 'middleName', c.middle_name, 'birthDate', c.birth_date, 'status', c.status,
    'siblings', coalesce((select json_agg(json_build_object('id', s.id, 'lastName', s.last_name, 'firstName', s.first_name, 'birthDate', s.birth_date, 'status', s.status)
                                  order by s.birth_date, s.id)
                          from child s where s.sibling_group_id = c.sibling_group_id and s.id <> c.id and ${visibleTo('s')}), '[]'),
    'placements', coalesce((select json_agg(json_build_object(
        'id', p.id, 'form', p.form, 'status', p.status, 'startedAt', p.started_at, 'endedAt', p.ended_at,
        'family', (select json_build_object('id', f.id, 'settlement', f.settlement,
                     'applicants', coalesce((select json_agg(json_build_object('id', fa.id, 'lastName', fa.last_name, 'firstName', fa.first_name, 'birthDate', fa.birth_date)
                                                     order by fa.position, fa.id)
                                             from family_applicant fa where fa.family_id = f.id), '[]'))
                   from family f where f.id = p.family_id and ${visibleTo('f')})
      ) order by p.created_at desc, p.id)
      from placement p where p.child_id = c.id), '[]')
  )) order by c.id)
  from ${childPage(`c.status = 'AWAITING_PLACEMENT'`, 20)}), '[]'))))::text as body
from actor a`,
};
