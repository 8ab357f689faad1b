import { addDays, addYears } from '../src/shared/dates.js';
import { CheckResult } from '../src/shared/enums.js';
import { ChildStatus } from '../src/modules/children/child.enums.js';
import { MeetingKind, MentorshipCloseReason, MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { dateBetween, daysBetween, instantOn, latest } from './calendar.js';
import { groupBy } from './group-by.js';
import type { SeedContext } from './people.js';
import type { Prng } from './prng.js';
import type { ChildRow, MeetingRow, MentorRow, MentorshipRow, PlacementRow } from './population.types.js';

const { PROPOSED, ACTIVE, PAUSED, CLOSED } = MentorshipStatus;

/** M-AGE: mentees are 10 or older. */
const MENTEE_MIN_AGE = 10;

const CLOSE_REASONS = [
  [MentorshipCloseReason.GOALS_REACHED, 25],
  [MentorshipCloseReason.MENTOR_WITHDREW, 20],
  [MentorshipCloseReason.CHILD_WITHDREW, 20],
  [MentorshipCloseReason.DECLINED, 20],
  [MentorshipCloseReason.OTHER, 15],
] as const;

const MEETING_NOTES = ['Прогулка в парке', 'Помощь с домашним заданием', 'Посещение музея', 'Игра в шахматы', 'Разговор о выборе профессии'];

interface MentorSlot {
  row: MentorRow;
  /** Trained and checked from this date on. */
  readyOn: string;
  open: number;
}

interface Plan {
  status: MentorshipStatus;
  proposedOn: string;
  startedAt?: string;
  closedAt?: string;
  closeReason?: MentorshipCloseReason;
  /** Meetings happen up to this date. */
  meetUntil?: string;
}

export function generateMentorships(ctx: SeedContext, children: ChildRow[], mentors: MentorRow[], placements: PlacementRow[]): { mentorships: MentorshipRow[]; meetings: MeetingRow[] } {
  const rng = ctx.rng('mentorships');
  const { today } = ctx;
  const mentorships: MentorshipRow[] = [];
  const meetings: MeetingRow[] = [];
  const placedOn = new Map(placements.filter((p) => p.status === PlacementStatus.ACTIVE).map((p) => [p.child, p.startedAt!]));
  const eligible = mentors.filter((row) => row.trainingCertificateDate && row.backgroundCheckResult === CheckResult.CLEAR);
  const slots = groupBy(
    eligible.map((row): MentorSlot => ({ row, readyOn: addDays(latest(row.trainingCertificateDate!, row.backgroundCheckDate!), 7), open: 0 })),
    (slot) => slot.row.region,
  );
  const waiting = (child: ChildRow) => child.status === ChildStatus.AWAITING_PLACEMENT || child.status === ChildStatus.IN_INSTITUTION;

  const add = (child: ChildRow, mentor: MentorRow, plan: Plan) => {
    const createdAt = instantOn(rng, plan.proposedOn);
    const id = rng.uuid(createdAt);
    const held = plan.startedAt && plan.meetUntil ? drawMeetings(rng, id, plan.startedAt, plan.meetUntil) : [];
    meetings.push(...held);
    const lastChange = plan.closedAt ?? held[held.length - 1]?.date ?? plan.startedAt;
    mentorships.push({
      id,
      createdAt,
      updatedAt: lastChange ? instantOn(rng, lastChange) : createdAt,
      mentor: mentor.id,
      child: child.id,
      status: plan.status,
      ...(plan.startedAt ? { startedAt: plan.startedAt } : {}),
      ...(plan.closedAt ? { closedAt: plan.closedAt, closeReason: plan.closeReason! } : {}),
      ...(plan.startedAt && rng.chance(0.2) ? { note: 'Демо-запись: трёхстороннее соглашение подписано' } : {}),
    });
  };

  /** A free mentor of the child's region and the dates a mentorship with them can start in. */
  const findMentor = (child: ChildRow, until: string, after = child.registeredAt): [MentorSlot, string] | null => {
    const pool = slots.get(child.region) ?? [];
    const offset = rng.int(0, Math.max(0, pool.length - 1));
    for (let i = 0; i < pool.length; i += 1) {
      const slot = pool[(offset + i) % pool.length]!;
      const from = latest(slot.readyOn, after, addYears(child.birthDate, MENTEE_MIN_AGE));
      if (slot.open < slot.row.maxMentees && daysBetween(from, until) >= 0) return [slot, from];
    }
    return null;
  };

  const mentorWaitingChild = (child: ChildRow, status: MentorshipStatus, after?: string) => {
    const found = findMentor(child, addDays(today, status === PROPOSED ? -1 : -60), after);
    if (!found) return;
    const [slot, from] = found;
    const plan = planFor(rng, status, from, today);
    if (plan.status !== CLOSED) slot.open += 1;
    add(child, slot.row, plan);
    // After a mentorship closes, a child is often matched again.
    if (plan.status === CLOSED && rng.chance(0.4)) mentorWaitingChild(child, rng.weighted([[ACTIVE, 70], [PROPOSED, 30]]), addDays(plan.closedAt!, 14));
  };

  for (const child of rng.shuffle([...children])) {
    const placed = placedOn.get(child.id);
    if (waiting(child) && rng.chance(0.65)) {
      mentorWaitingChild(child, rng.weighted([[ACTIVE, 55], [CLOSED, 18], [PROPOSED, 15], [PAUSED, 12]]));
    } else if (placed && rng.chance(0.08)) {
      // Mentoring ends when the child moves into a family.
      const found = findMentor(child, addDays(placed, -30));
      if (!found) continue;
      const startedAt = dateBetween(rng, found[1], addDays(placed, -30));
      add(child, found[0].row, { status: CLOSED, proposedOn: proposalBefore(rng, startedAt, found[1]), startedAt, closedAt: placed, closeReason: MentorshipCloseReason.CHILD_PLACED_IN_FAMILY, meetUntil: placed });
    }
  }

  // Mentors whose re-check came back flagged had their mentorships closed on that day.
  const mentees = children.filter(waiting);
  for (const row of mentors) {
    if (row.backgroundCheckResult !== CheckResult.FLAGGED || !row.trainingCertificateDate) continue;
    const flaggedOn = row.backgroundCheckDate!;
    const child = mentees.find((candidate) => candidate.region === row.region && addYears(candidate.birthDate, MENTEE_MIN_AGE) < addDays(flaggedOn, -60) && candidate.registeredAt < addDays(flaggedOn, -60));
    const from = child && latest(row.trainingCertificateDate, child.registeredAt, addYears(child.birthDate, MENTEE_MIN_AGE));
    if (!child || !from || daysBetween(from, addDays(flaggedOn, -30)) < 0) continue;
    const startedAt = dateBetween(rng, from, addDays(flaggedOn, -30));
    add(child, row, { status: CLOSED, proposedOn: proposalBefore(rng, startedAt, from), startedAt, closedAt: flaggedOn, closeReason: MentorshipCloseReason.MENTOR_NO_LONGER_ELIGIBLE, meetUntil: flaggedOn });
  }

  const openCount = new Map([...slots.values()].flat().map((slot) => [slot.row.id, slot.open]));
  for (const row of mentors) {
    const open = openCount.get(row.id);
    row.available = open !== undefined && open < row.maxMentees;
  }
  return { mentorships, meetings };
}

/** Dates for a mentorship in `status` that could start on `from` at the earliest. */
function planFor(rng: Prng, status: MentorshipStatus, from: string, today: string): Plan {
  if (status === PROPOSED) return { status, proposedOn: dateBetween(rng, latest(from, addDays(today, -45)), today) };
  const startedAt = dateBetween(rng, from, addDays(today, status === ACTIVE ? -14 : -60));
  const proposedOn = proposalBefore(rng, startedAt, from);
  if (status === ACTIVE) return { status, proposedOn, startedAt, meetUntil: today };
  if (status === PAUSED) return { status, proposedOn, startedAt, meetUntil: dateBetween(rng, addDays(startedAt, 30), addDays(today, -14)) };
  const closeReason = rng.weighted(CLOSE_REASONS);
  // A declined proposal never started.
  if (closeReason === MentorshipCloseReason.DECLINED) return { status, proposedOn, closedAt: addDays(proposedOn, rng.int(3, 21)), closeReason };
  const closedAt = dateBetween(rng, addDays(startedAt, 30), today);
  return { status, proposedOn, startedAt, closedAt, closeReason, meetUntil: closedAt };
}

/** Proposed a few days before the start, but never before `from`: a child under 10 is not proposed either. */
function proposalBefore(rng: Prng, startedAt: string, from: string): string {
  return latest(from, addDays(startedAt, -rng.int(3, 14)));
}

/** Meetings every one to four weeks, counted back from the last one so recent activity shows. */
function drawMeetings(rng: Prng, mentorship: string, from: string, until: string): MeetingRow[] {
  const dates: string[] = [];
  for (let date = addDays(until, -rng.int(0, 10)); date >= from && dates.length < 12; date = addDays(date, -rng.int(7, 28))) dates.push(date);
  return dates.reverse().map((date) => {
    const createdAt = instantOn(rng, date);
    return {
      id: rng.uuid(createdAt),
      createdAt,
      updatedAt: createdAt,
      mentorship,
      date,
      durationMinutes: rng.pick([30, 45, 60, 90, 120, 180]),
      kind: rng.weighted([[MeetingKind.IN_PERSON, 60], [MeetingKind.GROUP_EVENT, 15], [MeetingKind.ONLINE, 15], [MeetingKind.PHONE, 10]]),
      ...(rng.chance(0.3) ? { notes: rng.pick(MEETING_NOTES) } : {}),
    };
  });
}
