import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../shared/uuid.js';
import { DATA_BANK_OCCURRENCE, dataBankDeadline } from './data-bank.rules.js';
import { TaskKind, TaskStatus, TaskSubjectKind } from './task.enums.js';

/** How the law's tasks are found: the sweep's parameters. */
export interface SweepOptions {
  /** The day the sweep runs on (UTC calendar, as `today()`): tests set it. */
  today: string;
  /** A mentorship should meet at least this often. */
  meetingIntervalDays?: number;
}

export const DEFAULT_MEETING_INTERVAL_DAYS = 30;
/** A meeting falling due is a task this many days ahead. */
const MEETING_NOTICE_DAYS = 7;
/** A post-adoption report is a task this many days before it is due. */
const REPORT_NOTICE_DAYS = 30;
/** The audited action of an inquiry's answer, which closes its overdue task. */
export const INQUIRY_ANSWER = 'inquiry.answer';

interface Candidate {
  subject_id: string;
  occurrence: string;
  due_on: string;
  region_code: string;
  district_code: string | null;
  assignee_id: string | null;
  due_at?: Date;
}

interface Rule {
  kind: TaskKind;
  subject: TaskSubjectKind;
  /** The open tasks the records call for now: subject, occurrence, due date, place, assignee. Parameters: today, the meeting interval. */
  candidates: string;
  /** For a deadline SQL cannot count (in working days): the task's row from what the query selected. */
  toTask?: (row: Record<string, unknown>) => Candidate;
  /** Closes open tasks of the kind whose reason has gone: `set status, closed_by` for tasks `t`. Parameters as above. */
  closings: { status: TaskStatus; closedBy: string; where: string }[];
}

/** The law's tasks, each as SQL over the records: what must exist, and what is done. */
const RULES: readonly Rule[] = [
  {
    kind: TaskKind.DATA_BANK_REGISTRATION,
    subject: TaskSubjectKind.Child,
    // A child not yet in the Republican Data Bank: entered within 1 working day of its identification (the registration makes it at once; this follows its owner and makes any missed).
    candidates: `select c.id as subject_id, '${DATA_BANK_OCCURRENCE}' as occurrence, (extract(epoch from c.identified_at) * 1000)::float8 as identified_ms, c.region_code, c.district_code, c.assigned_worker_id as assignee_id
      from child c where c.data_bank_registered_at is null and c.status <> 'LEFT_DATA_BANK'`,
    toTask: ({ identified_ms, ...row }) => {
      const { dueOn, dueAt } = dataBankDeadline(new Date(Number(identified_ms)));
      return { ...(row as Omit<Candidate, 'due_on'>), due_on: dueOn, due_at: dueAt };
    },
    closings: [
      { status: TaskStatus.DONE, closedBy: 'child.record-data-bank-registration', where: `exists (select 1 from child c where c.id = t.subject_id and c.data_bank_registered_at is not null)` },
      { status: TaskStatus.CANCELLED, closedBy: 'child.exit-data-bank', where: `exists (select 1 from child c where c.id = t.subject_id and c.status = 'LEFT_DATA_BANK')` },
    ],
  },
  {
    kind: TaskKind.FOSTER_STAY_ENDING,
    subject: TaskSubjectKind.Placement,
    // 30 days before each last day of a professional foster stay (6 months, 12 with the extension decision).
    candidates: `select p.id as subject_id, p.ends_on::text as occurrence, (p.ends_on - 30)::text as due_on, c.region_code, c.district_code, c.assigned_worker_id as assignee_id
      from placement p join child c on c.id = p.child_id
      where p.status = 'ACTIVE' and p.form = 'PROFESSIONAL_FOSTER_FAMILY' and p.ends_on is not null`,
    closings: [
      { status: TaskStatus.DONE, closedBy: 'placement.end', where: `exists (select 1 from placement p where p.id = t.subject_id and p.status = 'ENDED')` },
      { status: TaskStatus.DONE, closedBy: 'placement.extend-stay', where: `exists (select 1 from placement p where p.id = t.subject_id and p.status = 'ACTIVE' and p.ends_on::text <> t.occurrence)` },
    ],
  },
  {
    kind: TaskKind.FAMILY_RECHECK,
    subject: TaskSubjectKind.Family,
    // 60 days before an approval lapses.
    candidates: `select f.id as subject_id, f.approval_expires_at::text as occurrence, (f.approval_expires_at - 60)::text as due_on, f.region_code, f.district_code, f.assigned_worker_id as assignee_id
      from family f where f.assessment_status = 'APPROVED' and f.approval_expires_at is not null`,
    closings: [
      { status: TaskStatus.DONE, closedBy: 'family.assess', where: `exists (select 1 from family f where f.id = t.subject_id and f.assessment_status = 'APPROVED' and f.approval_expires_at::text <> t.occurrence)` },
      { status: TaskStatus.CANCELLED, closedBy: 'family.assess', where: `exists (select 1 from family f where f.id = t.subject_id and f.assessment_status <> 'APPROVED')` },
    ],
  },
  {
    kind: TaskKind.MENTORSHIP_MEETING_DUE,
    subject: TaskSubjectKind.Mentorship,
    // The interval after the last meeting (or the start), a week ahead; kept by the mentor's region and its coordinator.
    candidates: `select m.id as subject_id, last.last_on::text as occurrence, (last.last_on + cast(:interval as int))::text as due_on, r.region_code, null as district_code, r.assigned_worker_id as assignee_id
      from mentorship m join mentor r on r.id = m.mentor_id
      cross join lateral (select greatest(m.started_at, (select max(g.date) from mentorship_meeting g where g.mentorship_id = m.id)) as last_on) last
      where m.status = 'ACTIVE' and last.last_on is not null and last.last_on + cast(:interval as int) <= cast(:today as date) + ${MEETING_NOTICE_DAYS}`,
    closings: [
      { status: TaskStatus.DONE, closedBy: 'mentorship.record-meeting', where: `exists (select 1 from mentorship_meeting g where g.mentorship_id = t.subject_id and g.date::text > t.occurrence)` },
      { status: TaskStatus.CANCELLED, closedBy: 'mentorship.status', where: `exists (select 1 from mentorship m where m.id = t.subject_id and m.status <> 'ACTIVE')` },
    ],
  },
  {
    kind: TaskKind.CHILD_CONSENT_NEEDED,
    subject: TaskSubjectKind.Placement,
    // From 10 a child's opinion is heard, and consent given, before the placement goes on (Code on Marriage and Family, art. 62).
    candidates: `select p.id as subject_id, 'consent' as occurrence, cast(:today as date)::text as due_on, c.region_code, c.district_code, c.assigned_worker_id as assignee_id
      from placement p join child c on c.id = p.child_id
      where p.status in ('PROPOSED', 'INTRODUCTION', 'TRIAL', 'APPROVED') and c.birth_date <= cast(:today as date) - interval '10 years'
        and jsonb_array_length(p.child_consents::jsonb) = 0`,
    closings: [
      { status: TaskStatus.DONE, closedBy: 'placement.record-consent', where: `exists (select 1 from placement p where p.id = t.subject_id and jsonb_array_length(p.child_consents::jsonb) > 0)` },
      { status: TaskStatus.CANCELLED, closedBy: 'placement.end', where: `exists (select 1 from placement p where p.id = t.subject_id and p.status = 'ENDED')` },
    ],
  },
  {
    kind: TaskKind.ADOPTION_REPORT_DUE,
    subject: TaskSubjectKind.Placement,
    // Adopters living abroad report every 6 months for 3 years, then yearly until the child is 18; each report a month ahead. Filed by hand (completeTask).
    candidates: `select p.id as subject_id, report.on_day::date::text as occurrence, report.on_day::date::text as due_on, c.region_code, c.district_code, c.assigned_worker_id as assignee_id
      from placement p join child c on c.id = p.child_id
      cross join lateral (
        select generate_series(p.started_at + interval '6 months', p.started_at + interval '3 years', interval '6 months') as on_day
        union all
        select generate_series(p.started_at + interval '4 years', c.birth_date + interval '18 years', interval '1 year')
      ) report
      where p.status = 'ACTIVE' and p.form = 'ADOPTION' and p.started_at is not null
        and exists (select 1 from family_applicant a where a.family_id = p.family_id and not a.resides_in_kazakhstan)
        and report.on_day <= cast(:today as date) + ${REPORT_NOTICE_DAYS} and report.on_day <= c.birth_date + interval '18 years'`,
    closings: [{ status: TaskStatus.CANCELLED, closedBy: 'placement.end', where: `exists (select 1 from placement p where p.id = t.subject_id and p.status = 'ENDED')` }],
  },
  {
    kind: TaskKind.INQUIRY_OVERDUE,
    subject: TaskSubjectKind.Family,
    // An inquiry past its answer day, for the family's worker; the answer closes it (and closes it at once, inquiry.service.ts).
    candidates: `select f.id as subject_id, i.id::text as occurrence, i.due_on::text as due_on, f.region_code, f.district_code, f.assigned_worker_id as assignee_id
      from inquiry i join family f on f.id = i.family_id
      where i.status = 'OPEN' and i.due_on < cast(:today as date)`,
    closings: [{ status: TaskStatus.DONE, closedBy: INQUIRY_ANSWER, where: `exists (select 1 from inquiry i where i.id::text = t.occurrence and i.status in ('ACCEPTED', 'DECLINED'))` }],
  },
];

export interface SweepResult {
  created: number;
  closed: number;
}

/**
 * Brings the law's tasks in line with the records: makes the tasks they call for, hands open ones
 * to the case's current worker, and closes those whose reason has gone. Idempotent, and safe on
 * several instances at once: a task exists once per kind, subject and occurrence (the unique key;
 * a second insert does nothing), and closing an already closed task changes nothing.
 */
export async function sweepTasks(em: EntityManager, options: SweepOptions): Promise<SweepResult> {
  // In the caller's transaction when there is one (a seed), so it sees what that transaction wrote.
  const knex = (em.getTransactionContext() as ReturnType<EntityManager['getKnex']> | undefined) ?? em.getKnex();
  const params = { today: options.today, interval: options.meetingIntervalDays ?? DEFAULT_MEETING_INTERVAL_DAYS };
  const result: SweepResult = { created: 0, closed: 0 };
  for (const rule of RULES) {
    const selected = (await knex.raw(rule.candidates, params)).rows as Record<string, unknown>[];
    const candidates = rule.toTask ? selected.map(rule.toTask) : (selected as unknown as Candidate[]);
    const now = new Date();
    for (let start = 0; start < candidates.length; start += 1_000) {
      const rows = candidates.slice(start, start + 1_000).map((candidate) => ({
        id: uuidv7(), created_at: now, updated_at: now, kind: rule.kind, subject_kind: rule.subject, status: TaskStatus.OPEN, ...candidate,
      }));
      // A task that exists stays; an open one follows its case to the worker who has it now.
      const inserted = await knex('task').insert(rows).onConflict(['kind', 'subject_id', 'occurrence']).merge(['assignee_id', 'updated_at'])
        .whereRaw(`task.status = 'OPEN' and task.assignee_id is distinct from excluded.assignee_id`).returning(knex.raw('(xmax = 0) as inserted'));
      result.created += (inserted as { inserted: boolean }[]).filter((row) => row.inserted).length;
    }
    for (const closing of rule.closings) {
      const closed = await knex.raw(
        `update task t set status = :status, closed_by = :closedBy, closed_at = now(), updated_at = now() where t.kind = :kind and t.status = 'OPEN' and ${closing.where}`,
        { ...params, status: closing.status, closedBy: closing.closedBy, kind: rule.kind },
      );
      result.closed += closed.rowCount ?? 0;
    }
  }
  return result;
}
