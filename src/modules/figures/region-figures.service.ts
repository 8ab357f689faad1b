import type { Context } from '../../graphql/context.js';
import { rejectProblems } from '../../shared/app-error.js';
import { SQL_TODAY } from '../../shared/dates.js';
import type { PlacementForm } from '../../shared/enums.js';
import { confinementOf, requireActor, scopeRegion } from '../identity/access-policy.js';
import { AGE_BANDS, bandCase, per5000, rangeProblem, SPECIALISTS_PER_5000_STANDARD, WAIT_BANDS } from './region-figures.rules.js';
import type { RegionFigures } from './region-figures.type.js';

const count = (value: unknown) => Number(value ?? 0);

/**
 * The figures of a region, or of the country for an administrator who names none, as a handful of
 * aggregate queries run side by side: no record leaves the database. District staff get their
 * district's figures where records are kept by district (children, families, placements, tasks).
 */
export async function regionFigures(ctx: Context, regionCode: string | null | undefined, from: string, to: string): Promise<RegionFigures> {
  const actor = requireActor(ctx.actor);
  rejectProblems([rangeProblem(from, to)]);
  const region = scopeRegion(actor, regionCode) ?? null;
  const district = confinementOf(actor).districtCode ?? null;
  const params = { region, district, from, to };
  // Records kept by region and district: the caller's place, or every one.
  const place = (alias: string) => `(cast(:region as text) is null or ${alias}.region_code = :region) and (cast(:district as text) is null or ${alias}.district_code = :district)`;
  const knex = ctx.em.getKnex();
  const query = async <T>(sql: string) => (await knex.raw(sql, params)).rows as T[];

  const [waiting, months, [median], [families], [mentorships], [tasks], [staff], [inquiries]] = await Promise.all([
    query<{ age_band: string; wait_band: string; n: string }>(
      `select ${bandCase('w.age', AGE_BANDS)} as age_band, ${bandCase('w.waited', WAIT_BANDS)} as wait_band, count(*) as n
       from (select extract(year from age(cast(:to as date), c.birth_date))::int as age, cast(:to as date) - c.registered_at as waited
             from child c where c.status in ('AWAITING_PLACEMENT', 'IN_INSTITUTION') and c.registered_at <= cast(:to as date) and ${place('c')}) w
       group by 1, 2`,
    ),
    query<{ month: string; form: PlacementForm; started: string; ended: string; breakdowns: string }>(
      `select to_char(e.on_day, 'YYYY-MM') as month, e.form, sum(e.started) as started, sum(e.ended) as ended, sum(e.breakdown) as breakdowns
       from (select p.started_at as on_day, p.form, 1 as started, 0 as ended, 0 as breakdown from placement p join child c on c.id = p.child_id
               where p.started_at between cast(:from as date) and cast(:to as date) and ${place('c')}
             union all
             select p.ended_at, p.form, 0, 1, case when p.end_reason = 'BREAKDOWN' then 1 else 0 end from placement p join child c on c.id = p.child_id
               where p.started_at is not null and p.ended_at between cast(:from as date) and cast(:to as date) and ${place('c')}) e
       group by 1, 2 order by 1, 2`,
    ),
    query<{ median: number | null }>(
      `select percentile_cont(0.5) within group (order by p.started_at - c.registered_at) as median
       from placement p join child c on c.id = p.child_id where p.started_at between cast(:from as date) and cast(:to as date) and ${place('c')}`,
    ),
    query<{ approved: string; lapsing: string }>(
      `select count(*) filter (where f.approved_at between cast(:from as date) and cast(:to as date)) as approved,
              count(*) filter (where f.assessment_status = 'APPROVED' and f.approval_expires_at > cast(:to as date) and f.approval_expires_at <= cast(:to as date) + 60) as lapsing
       from family f where ${place('f')}`,
    ),
    query<{ n: string }>(`select count(*) as n from mentorship m join mentor r on r.id = m.mentor_id where m.status = 'ACTIVE' and (cast(:region as text) is null or r.region_code = :region)`),
    query<{ n: string }>(`select count(*) as n from task t where t.status = 'OPEN' and t.due_on < ${SQL_TODAY} and ${place('t')}`),
    query<{ specialists: string; children: string }>(
      `select (select count(*) from app_user u where u.role = 'SOCIAL_WORKER' and not u.disabled and ${place('u')}) as specialists,
              (select count(*) from child c where c.status not in ('ADOPTED', 'LEFT_DATA_BANK') and ${place('c')}) as children`,
    ),
    // Inquiries are the child's case: of its region and district.
    query<{ answered: string; median: number | null; overdue: string }>(
      `select count(*) filter (where a.in_range) as answered,
              percentile_cont(0.5) within group (order by extract(epoch from a.answered_at - a.inquired_at) / 86400) filter (where a.in_range) as median,
              count(*) filter (where a.status = 'OPEN' and a.due_on < ${SQL_TODAY}) as overdue
       from (select i.*, (i.answered_at at time zone 'UTC')::date between cast(:from as date) and cast(:to as date) as in_range
             from inquiry i join child c on c.id = i.child_id where ${place('c')}) a`,
    ),
  ]);

  const bands = (key: 'age_band' | 'wait_band', labels: readonly { label: string }[]) =>
    labels.map(({ label }) => ({ band: label, count: waiting.filter((row) => row[key] === label).reduce((sum, row) => sum + count(row.n), 0) }));
  const specialists = count(staff?.specialists);
  const children = count(staff?.children);
  return {
    regionCode: region,
    from,
    to,
    waitingByAge: bands('age_band', AGE_BANDS),
    waitingByTime: bands('wait_band', WAIT_BANDS),
    placementsByMonth: months.map((row) => ({ month: row.month, form: row.form, started: count(row.started), ended: count(row.ended), breakdowns: count(row.breakdowns) })),
    medianDaysToPlacement: median?.median == null ? null : Number(median.median),
    familiesApproved: count(families?.approved),
    familiesLapsing: count(families?.lapsing),
    mentorshipsActive: count(mentorships?.n),
    tasksOverdue: count(tasks?.n),
    specialists,
    childrenInDataBank: children,
    specialistsPer5000: per5000(specialists, children),
    standardPer5000: SPECIALISTS_PER_5000_STANDARD,
    inquiriesAnswered: count(inquiries?.answered),
    medianDaysToAnswerInquiry: inquiries?.median == null ? null : Number(inquiries.median),
    inquiriesOverdue: count(inquiries?.overdue),
  };
}
