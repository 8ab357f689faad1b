import type { EntityManager } from '@mikro-orm/postgresql';
import { queueAvailabilityReminders } from '../src/modules/availability/availability.jobs.js';
import { Child } from '../src/modules/children/child.entity.js';
import { AssessmentStatus } from '../src/modules/families/family.enums.js';
import { Family } from '../src/modules/families/family.entity.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Inquiry } from '../src/modules/inquiries/inquiry.entity.js';
import { addWorkingDays, DEFAULT_ANSWER_WORKING_DAYS, InquiryDecision, InquiryDeclineReason, InquiryStatus } from '../src/modules/inquiries/inquiry.rules.js';
import { MATCHABLE_CHILD_STATUSES } from '../src/modules/matching/matching.repository.js';
import { Region } from '../src/modules/regions/region.entity.js';
import { addDays } from '../src/shared/dates.js';
import { Role } from '../src/shared/enums.js';

/** Days since each region's first families last confirmed their availability: two within the reminder's 14 days of the lapse, one lapsed. */
const CONFIRMED_DAYS_AGO = [80, 85, 95];

/** A demo moment on a day: 06:00 UTC, 11:00 in Kazakhstan. */
const at = (day: string) => new Date(`${day}T06:00:00Z`);

/** Going back `days` working days (Monday to Friday) from `day`. */
function workingDaysBefore(day: string, days: number): string {
  let from = day;
  while (addWorkingDays(from, days) > day) from = addDays(from, -1);
  return from;
}

/**
 * The demo's lapsing availability and inquiries, about now (`today`, the real date by default): in
 * every region, families whose availability lapses soon or has lapsed, and four children shown to
 * its approved families, one shared, one asked, one overdue, one declined; the demo family account
 * gets one to ask about and is reminded to confirm its availability. Before the task sweep, which
 * makes the overdue ones tasks.
 */
export async function seedInquiries(em: EntityManager, today: string): Promise<void> {
  if ((await em.count(Inquiry)) > 0) return;
  const sharer = await em.findOne(User, { email: 'admin@shanyraq.demo' });
  const workers = await em.find(User, { email: { $like: '%@shanyraq.demo' }, role: Role.SOCIAL_WORKER });
  const demoFamily = (await em.findOne(User, { email: 'family@shanyraq.demo' }))?.family?.id;
  const shown = new Set<string>();
  for (const region of await em.find(Region, {}, { orderBy: { code: 'asc' } })) {
    const families = await em.find(Family, { region: region.code, decidedStatus: AssessmentStatus.APPROVED }, { orderBy: { id: 'asc' }, limit: 4 });
    const children = await em.find(Child, { region: region.code, status: { $in: MATCHABLE_CHILD_STATUSES }, siblingGroup: null }, { orderBy: { id: 'asc' }, limit: 4 });
    CONFIRMED_DAYS_AGO.forEach((days, n) => {
      if (families[n]) families[n].availabilityConfirmedAt = at(addDays(today, -days));
    });
    const sharedBy = workers.find((worker) => worker.region?.code === region.code)?.id ?? sharer?.id ?? families[0]?.id;
    children.forEach((child, n) => {
      const family = families[n % families.length];
      if (!family || !sharedBy) return;
      // The second just asked, the others asked 8 working days ago: the third is overdue, the fourth was answered in 2.
      const asked = workingDaysBefore(today, n === 1 ? 1 : DEFAULT_ANSWER_WORKING_DAYS + 3);
      const open = { inquiredAt: at(asked), dueOn: addWorkingDays(asked, DEFAULT_ANSWER_WORKING_DAYS) };
      const states = [
        { status: InquiryStatus.SHARED },
        { status: InquiryStatus.OPEN, ...open },
        { status: InquiryStatus.OPEN, ...open },
        { status: InquiryStatus.DECLINED, ...open, answeredAt: at(addWorkingDays(asked, 2)), answeredBy: sharedBy, decision: InquiryDecision.DECLINED, declineReason: InquiryDeclineReason.RELATIVES_HAVE_PRIORITY },
      ];
      em.create(Inquiry, { child: child.id, family: family.id, sharedBy, createdAt: at(addDays(asked, -1)), ...states[n]! });
      shown.add(child.id);
    });
  }
  if (demoFamily) {
    const family = await em.findOneOrFail(Family, demoFamily);
    family.availabilityConfirmedAt = at(addDays(today, -CONFIRMED_DAYS_AGO[0]!));
    const child = await em.findOne(Child, { region: family.region.code, status: { $in: MATCHABLE_CHILD_STATUSES }, siblingGroup: null, id: { $nin: [...shown] } }, { orderBy: { id: 'desc' } });
    if (child && sharer) em.create(Inquiry, { child: child.id, family: family.id, sharedBy: sharer.id });
  }
  await em.flush();
  await queueAvailabilityReminders(em, today);
}
