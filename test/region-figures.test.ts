import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChildStatus } from '../src/modules/children/child.enums.js';
import { MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { PlacementEndReason, PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { addDays, today } from '../src/shared/dates.js';
import { PlacementForm, Role } from '../src/shared/enums.js';
import { createChild, createFamily, createMentor, createTaskAbout, createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** regionFigures over a region set up here, held against counts worked out by hand. */

const REGION = 'JAMBYL';
let app: TestApp;
let admin: string;
let worker: string;

const FIGURES = `query($regionCode: String, $from: LocalDate!, $to: LocalDate!) {
  regionFigures(regionCode: $regionCode, from: $from, to: $to) {
    regionCode waitingByAge { band count } waitingByTime { band count } placementsByMonth { month form started ended breakdowns }
    medianDaysToPlacement familiesApproved familiesLapsing mentorshipsActive tasksOverdue specialists childrenInDataBank specialistsPer5000 standardPer5000
  }
}`;

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'figures-admin@test.kz', role: Role.ADMIN });
  await createUser(app.orm, { email: 'figures-worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: REGION });
  await createUser(app.orm, { email: 'figures-other@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  [admin, worker] = [await app.login('figures-admin@test.kz'), await app.login('figures-worker@test.kz')];

  // Waiting on 2026-06-30: aged 1 (3 months), 8 (8 months), 12 (3 years); one placed and one adopted do not wait.
  await createChild(app.orm, { regionCode: REGION, birthDate: '2025-01-10', registeredAt: '2026-04-01' });
  await createChild(app.orm, { regionCode: REGION, birthDate: '2018-02-10', registeredAt: '2025-10-20', status: ChildStatus.IN_INSTITUTION });
  await createChild(app.orm, { regionCode: REGION, birthDate: '2014-01-05', registeredAt: '2023-05-01' });
  const placed = await createChild(app.orm, { regionCode: REGION, birthDate: '2016-03-03', registeredAt: '2026-01-01', status: ChildStatus.IN_FAMILY_PLACEMENT });
  const broken = await createChild(app.orm, { regionCode: REGION, birthDate: '2015-03-03', registeredAt: '2025-12-02' });
  await createChild(app.orm, { regionCode: REGION, birthDate: '2020-03-03', registeredAt: '2025-01-01', status: ChildStatus.ADOPTED });

  const family = await createFamily(app.orm, { regionCode: REGION, approvedAt: '2026-02-01', approvalExpiresAt: '2027-02-01' });
  await createFamily(app.orm, { regionCode: REGION, approvedAt: '2025-07-15', approvalExpiresAt: '2026-07-15' });
  const em = app.orm.em.fork();
  // Begun 2026-03-02 (60 days after registration) and 2026-03-04 (92 days after): median 76; the second broke down in May.
  em.create(Placement, { child: placed.id, family: family.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.ACTIVE, startedAt: '2026-03-02' });
  em.create(Placement, { child: broken.id, family: family.id, form: PlacementForm.FOSTER_FAMILY, status: PlacementStatus.ENDED, startedAt: '2026-03-04', endedAt: '2026-05-20', endReason: PlacementEndReason.BREAKDOWN });
  const mentor = await createMentor(app.orm, { regionCode: REGION });
  em.create(Mentorship, { mentor: mentor.id, child: placed.id, status: MentorshipStatus.ACTIVE, startedAt: '2026-04-01' });
  await em.flush();
  await createTaskAbout(app.orm, placed, { dueOn: addDays(today(), -4) });
  await createTaskAbout(app.orm, placed, { dueOn: addDays(today(), 4) });
});

afterAll(() => app?.close());

describe('regionFigures', () => {
  it("gives a region's figures as counted by hand", async () => {
    const result = await app.request<{ regionFigures: Record<string, unknown> }>(FIGURES, { regionCode: REGION, from: '2026-01-01', to: '2026-06-30' }, admin);
    expect(result.errors).toBeUndefined();
    const figures = result.data!.regionFigures;
    // The broken-down child waits again: aged 11, registered 7 months before.
    expect(figures.waitingByAge).toEqual([
      { band: '0-2', count: 1 }, { band: '3-6', count: 0 }, { band: '7-9', count: 1 }, { band: '10-13', count: 2 }, { band: '14-17', count: 0 },
    ]);
    expect(figures.waitingByTime).toEqual([
      { band: 'UNDER_6_MONTHS', count: 1 }, { band: '6_TO_12_MONTHS', count: 2 }, { band: '1_TO_2_YEARS', count: 0 }, { band: 'OVER_2_YEARS', count: 1 },
    ]);
    expect(figures.placementsByMonth).toEqual([
      { month: '2026-03', form: 'FOSTER_FAMILY', started: 1, ended: 0, breakdowns: 0 },
      { month: '2026-03', form: 'GUARDIANSHIP', started: 1, ended: 0, breakdowns: 0 },
      { month: '2026-05', form: 'FOSTER_FAMILY', started: 0, ended: 1, breakdowns: 1 },
    ]);
    expect(figures).toMatchObject({
      regionCode: REGION, medianDaysToPlacement: 76, familiesApproved: 1, familiesLapsing: 1, mentorshipsActive: 1, tasksOverdue: 1,
      specialists: 1, childrenInDataBank: 5, specialistsPer5000: 1000, standardPer5000: 1,
    });
  });

  it('gives the country to an administrator, its own region to staff, and refuses other regions and bad ranges', async () => {
    const country = await app.request<{ regionFigures: { regionCode: string | null; childrenInDataBank: number } }>(FIGURES, { from: '2026-01-01', to: '2026-06-30' }, admin);
    expect(country.data!.regionFigures.regionCode).toBeNull();
    expect(country.data!.regionFigures.childrenInDataBank).toBeGreaterThanOrEqual(5);
    const own = await app.request<{ regionFigures: { regionCode: string } }>(FIGURES, { from: '2026-01-01', to: '2026-06-30' }, worker);
    expect(own.data!.regionFigures.regionCode).toBe(REGION);
    const other = await app.request(FIGURES, { regionCode: 'ASTANA', from: '2026-01-01', to: '2026-06-30' }, worker);
    expect(other.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const reversed = await app.request(FIGURES, { regionCode: REGION, from: '2026-06-30', to: '2026-01-01' }, admin);
    expect(reversed.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['BAD_USER_INPUT', 'from']]);
  });
});
