import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { ChildStatus, SpecialNeed } from '../src/modules/children/child.enums.js';
import { SiblingGroup } from '../src/modules/children/sibling-group.entity.js';
import { PlacementEndReason, PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { addDays, addYears, today } from '../src/shared/dates.js';
import { Citizenship, PlacementForm, Role } from '../src/shared/enums.js';
import {
  ChildCandidatesDocument,
  EligibilityDocument,
  MatchingPolicyDocument,
  MenteeCandidatesDocument,
  MentorCandidatesDocument,
  PlacementCandidatesDocument,
  ProposeAssignmentsDocument,
  ProposePlacementWithEvaluationDocument,
  UpdateMatchingPolicyDocument,
  type EligibilityQueryVariables,
} from './generated/graphql.js';
import { createChild, createFamily, createMentor, createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The rules engine true to the record (issue 8, items 1, 5, 6, 7, 14, 15): room counts the
 * children placed, a court decision not yet taken is refused, experience is of placements that
 * ran their course, rules that do not apply say so, every matching query answers "on this date"
 * and "what if", and past policy versions can be read.
 */

let app: TestApp;
let admin: string;
let worker: string;
let coordinator: string;

const yearsAgo = (years: number) => addYears(today(), -years);

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'fidelity.admin@test.kz', role: Role.ADMIN });
  await createUser(app.orm, { email: 'fidelity.worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'AKTOBE' });
  await createUser(app.orm, { email: 'fidelity.coordinator@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'AKTOBE' });
  [admin, worker, coordinator] = await Promise.all(['fidelity.admin@test.kz', 'fidelity.worker@test.kz', 'fidelity.coordinator@test.kz'].map((email) => app.login(email)));
});

afterAll(() => app?.close());

/** A placement written straight into the record: the state matching reads, without walking the lifecycle. */
async function placed(childId: string, familyId: string, data: Partial<Pick<Placement, 'status' | 'endReason' | 'endedAt'>>) {
  const em = app.orm.em.fork();
  em.create(Placement, { child: childId, family: familyId, form: PlacementForm.GUARDIANSHIP, startedAt: yearsAgo(3), status: PlacementStatus.ACTIVE, ...data });
  await em.flush();
}

const eligibility = async (variables: EligibilityQueryVariables) => {
  const result = await app.request(EligibilityDocument, variables, admin);
  expect(result.errors).toBeUndefined();
  return result.data!.eligibility;
};
const reasonOf = (evaluation: { reasons: { code: string }[] }, code: string) => evaluation.reasons.find((reason) => reason.code === code) as Record<string, unknown>;

describe('CAPACITY: the room left in a family', () => {
  it('counts the children placed with the family now, stating both numbers, in eligibility, ranking and proposal', async () => {
    const family = await createFamily(app.orm, { regionCode: 'AKTOBE', capacity: 1 });
    const first = await createChild(app.orm, { regionCode: 'AKTOBE', status: ChildStatus.IN_FAMILY_PLACEMENT });
    await placed(first.id, family.id, {});
    const second = await createChild(app.orm, { regionCode: 'AKTOBE' });

    const evaluation = await eligibility({ childId: second.id, familyId: family.id, form: 'GUARDIANSHIP' });
    expect(evaluation.eligible).toBe(false);
    expect(reasonOf(evaluation, 'CAPACITY')).toMatchObject({ outcome: 'FAIL', message: '1 child(ren) in this placement, room for 0 (capacity 1, 1 placed now)' });

    const ranked = await app.request(PlacementCandidatesDocument, { childId: second.id, form: 'GUARDIANSHIP', first: 100 }, worker);
    expect(ranked.data!.placementCandidates.map((candidate) => candidate.family.id)).not.toContain(family.id);

    const proposal = await app.request(ProposePlacementWithEvaluationDocument, { input: { childId: second.id, familyId: family.id, form: 'GUARDIANSHIP' } }, worker);
    expect(proposal.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', ruleCodes: ['CAPACITY'] });
    expect(await app.orm.em.fork().count(Placement, { child: second.id })).toBe(0);
  });

  it('leaves room for a child once the placement before it has ended', async () => {
    const family = await createFamily(app.orm, { regionCode: 'AKTOBE', capacity: 1 });
    await placed((await createChild(app.orm, { regionCode: 'AKTOBE', status: ChildStatus.LEFT_DATA_BANK })).id, family.id, {
      status: PlacementStatus.ENDED,
      endReason: PlacementEndReason.CHILD_REACHED_MAJORITY,
      endedAt: yearsAgo(1),
    });
    const evaluation = await eligibility({ childId: (await createChild(app.orm, { regionCode: 'AKTOBE' })).id, familyId: family.id, form: 'GUARDIANSHIP' });
    expect(reasonOf(evaluation, 'CAPACITY')).toMatchObject({ outcome: 'PASS', message: expect.stringContaining('room for 1 (capacity 1, 0 placed now)') });
  });
});

describe('an override whose court decision is dated in the future', () => {
  it('is refused with BAD_USER_INPUT on the date field, by proposePlacement and by eligibility, writing nothing', async () => {
    const child = await createChild(app.orm, { regionCode: 'AKTOBE', birthDate: yearsAgo(12) });
    const young = await createFamily(app.orm, { regionCode: 'AKTOBE', applicant: { birthDate: yearsAgo(26) } });
    const tomorrow = { code: 'A-AGE', reason: 'Court shortened the age gap', courtDecisionReference: '2-901/2026', courtDecisionDate: addDays(today(), 1) };

    const proposal = await app.request(ProposePlacementWithEvaluationDocument, { input: { childId: child.id, familyId: young.id, form: 'ADOPTION', overrides: [tomorrow] } }, worker);
    expect(proposal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overrides.0.courtDecisionDate' });
    expect(proposal.errors?.[0]?.message).toMatch(/after .*only a decision already taken/);

    // Asked about a past date, a decision taken since then is just as much in that date's future.
    const past = await app.request(EligibilityDocument, { childId: child.id, familyId: young.id, form: 'ADOPTION', asOf: addDays(today(), -10), overrides: [{ ...tomorrow, courtDecisionDate: addDays(today(), -5) }] }, admin);
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overrides.0.courtDecisionDate' });

    expect(await app.orm.em.fork().count(Placement, { child: child.id })).toBe(0);
  });
});

describe('NEEDS-EXPERIENCE: experience from placements that ran their course', () => {
  it('does not count a breakdown or a withdrawn proposal, and counts a child raised to majority', async () => {
    const need = [SpecialNeed.AUTISM_SPECTRUM];
    const child = await createChild(app.orm, { regionCode: 'AKTOBE', specialNeeds: need });
    const broken = await createFamily(app.orm, { regionCode: 'AKTOBE' });
    await placed((await createChild(app.orm, { regionCode: 'AKTOBE', specialNeeds: need })).id, broken.id, { status: PlacementStatus.ENDED, endReason: PlacementEndReason.BREAKDOWN, endedAt: yearsAgo(1) });
    await placed((await createChild(app.orm, { regionCode: 'AKTOBE', specialNeeds: need })).id, broken.id, {
      status: PlacementStatus.ENDED,
      endReason: PlacementEndReason.WITHDRAWN_BEFORE_APPROVAL,
      endedAt: yearsAgo(1),
    });
    const raised = await createFamily(app.orm, { regionCode: 'AKTOBE' });
    await placed((await createChild(app.orm, { regionCode: 'AKTOBE', specialNeeds: need, status: ChildStatus.LEFT_DATA_BANK })).id, raised.id, {
      status: PlacementStatus.ENDED,
      endReason: PlacementEndReason.CHILD_REACHED_MAJORITY,
      endedAt: yearsAgo(1),
    });

    const without = await eligibility({ childId: child.id, familyId: broken.id, form: 'GUARDIANSHIP' });
    expect(reasonOf(without, 'NEEDS-EXPERIENCE')).toMatchObject({ outcome: 'FAIL', message: 'No experience with the children’s special needs' });
    const withExperience = await eligibility({ childId: child.id, familyId: raised.id, form: 'GUARDIANSHIP' });
    expect(reasonOf(withExperience, 'NEEDS-EXPERIENCE')).toMatchObject({ outcome: 'PASS', message: 'Experienced with every special need of the children' });
    // Asked about a day before that placement ended, the family had no such experience yet.
    const earlier = await eligibility({ childId: child.id, familyId: raised.id, form: 'GUARDIANSHIP', asOf: addDays(yearsAgo(1), -1) });
    expect(reasonOf(earlier, 'NEEDS-EXPERIENCE')).toMatchObject({ outcome: 'FAIL' });
  });
});

describe('rules that do not apply', () => {
  it('answer NOT_APPLICABLE, not PASS: consent for a child under 10, siblings for a child without any', async () => {
    const child = await createChild(app.orm, { regionCode: 'AKTOBE', birthDate: yearsAgo(6) });
    const evaluation = await eligibility({ childId: child.id, familyId: (await createFamily(app.orm, { regionCode: 'AKTOBE' })).id, form: 'ADOPTION' });
    expect(reasonOf(evaluation, 'A-CONSENT')).toMatchObject({ outcome: 'NOT_APPLICABLE', message: 'No child is 10 or over' });
    expect(reasonOf(evaluation, 'SIB')).toMatchObject({ outcome: 'NOT_APPLICABLE', message: 'The child has no siblings' });
    expect(evaluation.eligible).toBe(true);
  });
});

describe('eligibility, what if', () => {
  it('weighs a court decision, a recorded separation of siblings and the commission’s conclusion as proposePlacement would, writing nothing', async () => {
    const child = await createChild(app.orm, { regionCode: 'AKTOBE', birthDate: yearsAgo(9) });
    const young = await createFamily(app.orm, { regionCode: 'AKTOBE', applicant: { birthDate: yearsAgo(24) } });
    const court = { code: 'A-AGE', reason: 'Court shortened the age gap', courtDecisionReference: '2-902/2026', courtDecisionDate: today() };
    const placementsBefore = await app.orm.em.fork().count(Placement, {});
    const auditBefore = await app.orm.em.fork().count(AuditEvent, { action: { $like: 'placement.%' } });

    expect(reasonOf(await eligibility({ childId: child.id, familyId: young.id, form: 'ADOPTION' }), 'A-AGE')).toMatchObject({ outcome: 'FAIL', overridden: false });
    const withCourt = await eligibility({ childId: child.id, familyId: young.id, form: 'ADOPTION', overrides: [court] });
    expect(withCourt.eligible).toBe(true);
    expect(reasonOf(withCourt, 'A-AGE')).toMatchObject({ outcome: 'FAIL', overridden: true });
    const reasonOnly = await app.request(EligibilityDocument, { childId: child.id, familyId: young.id, form: 'ADOPTION', overrides: [{ code: 'A-AGE', reason: 'x' }] }, admin);
    expect(reasonOnly.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overrides.0' });

    const em = app.orm.em.fork();
    const group = em.create(SiblingGroup, {});
    await em.flush();
    const elder = await createChild(app.orm, { regionCode: 'AKTOBE', birthDate: yearsAgo(8), siblingGroup: group.id });
    await createChild(app.orm, { regionCode: 'AKTOBE', birthDate: yearsAgo(5), siblingGroup: group.id });
    const room1 = await createFamily(app.orm, { regionCode: 'AKTOBE', capacity: 1 });
    const together = await eligibility({ childId: elder.id, familyId: room1.id, form: 'GUARDIANSHIP' });
    expect(together.eligible).toBe(false);
    const apart = await eligibility({ childId: elder.id, familyId: room1.id, form: 'GUARDIANSHIP', overrides: [{ code: 'SIB', reason: 'The younger sister stays with her grandmother' }] });
    expect(apart.eligible).toBe(true);
    expect(reasonOf(apart, 'SIB')).toMatchObject({ outcome: 'FAIL', overridden: true });
    expect(reasonOf(apart, 'CAPACITY')).toMatchObject({ outcome: 'PASS' });

    const foreign = await createFamily(app.orm, { regionCode: 'AKTOBE', applicant: { citizenship: Citizenship.FOREIGN, residesInKazakhstan: false } });
    expect(reasonOf(await eligibility({ childId: child.id, familyId: foreign.id, form: 'ADOPTION' }), 'PRI-2')).toMatchObject({ outcome: 'FAIL' });
    expect(reasonOf(await eligibility({ childId: child.id, familyId: foreign.id, form: 'ADOPTION', foreignPlacementConclusion: 'Commission 14/2026' }), 'PRI-2')).toMatchObject({ outcome: 'PASS' });

    expect(await app.orm.em.fork().count(Placement, {})).toBe(placementsBefore);
    expect(await app.orm.em.fork().count(AuditEvent, { action: { $like: 'placement.%' } })).toBe(auditBefore);
  });
});

describe('asOf on every matching query', () => {
  it('ranks mentors and mentees on the date asked about, and lists the ineligible with their rule codes', async () => {
    const mentor = await createMentor(app.orm, { regionCode: 'AKTOBE', city: 'Ақтөбе' });
    const tenNextMonth = addYears(addDays(today(), 30), -10);
    const child = await createChild(app.orm, { regionCode: 'AKTOBE', birthDate: tenNextMonth, status: ChildStatus.IN_INSTITUTION });
    const birthday = addDays(today(), 30);

    const now = await app.request(MentorCandidatesDocument, { childId: child.id, first: 100 }, coordinator);
    expect(now.data!.mentorCandidates.map((candidate) => candidate.mentor.id)).not.toContain(mentor.id);
    const explained = await app.request(MentorCandidatesDocument, { childId: child.id, first: 100, includeIneligible: true }, coordinator);
    const refusal = explained.data!.mentorCandidates.find((candidate) => candidate.mentor.id === mentor.id)!;
    expect(refusal.eligible).toBe(false);
    expect(refusal.reasons.filter((reason) => reason.outcome === 'FAIL' && reason.kind === 'HARD').map((reason) => reason.code)).toEqual(['M-AGE']);
    const onBirthday = await app.request(MentorCandidatesDocument, { childId: child.id, first: 100, asOf: birthday }, coordinator);
    expect(onBirthday.data!.mentorCandidates.find((candidate) => candidate.mentor.id === mentor.id)).toMatchObject({ eligible: true, asOf: birthday });

    const mentees = async (variables: { asOf?: string; includeIneligible?: boolean }) =>
      (await app.request(MenteeCandidatesDocument, { mentorId: mentor.id, first: 100, ...variables }, coordinator)).data!.menteeCandidates.find((candidate) => candidate.child.id === child.id);
    expect(await mentees({})).toBeUndefined();
    expect(await mentees({ includeIneligible: true })).toMatchObject({ eligible: false, reasons: expect.arrayContaining([expect.objectContaining({ code: 'M-AGE', outcome: 'FAIL' })]) });
    expect(await mentees({ asOf: birthday })).toMatchObject({ eligible: true, asOf: birthday });
  });

  it('ranks children for a family and plans a region on the date asked about', async () => {
    const family = await createFamily(app.orm, { regionCode: 'KYZYLORDA', approvalExpiresAt: addDays(today(), 10) });
    const child = await createChild(app.orm, { regionCode: 'KYZYLORDA' });
    const later = addDays(today(), 11);

    const children = async (asOf?: string) => (await app.request(ChildCandidatesDocument, { familyId: family.id, form: 'GUARDIANSHIP', first: 100, asOf }, admin)).data!.childCandidates;
    expect((await children()).map((candidate) => candidate.child.id)).toContain(child.id);
    expect(await children(later)).toEqual([]);

    const plan = async (asOf?: string) => (await app.request(ProposeAssignmentsDocument, { regionCode: 'KYZYLORDA', form: 'GUARDIANSHIP', asOf }, admin)).data!.proposeAssignments;
    expect((await plan()).proposals.map((proposal) => proposal.family.id)).toEqual([family.id]);
    expect(await plan(later)).toMatchObject({ proposals: [], unassignedChildren: 1 });
  });
});

describe('past policy versions', () => {
  it('reads any stored version as it was, and a placement names the version it was evaluated under', async () => {
    const first = (await app.request(MatchingPolicyDocument, {}, admin)).data!.matchingPolicy;
    const changed = await app.request(UpdateMatchingPolicyDocument, { input: { expectedVersion: first.version, note: 'Waiting weighs more', rules: [{ code: 'WAITING', params: { weight: 3 } }] } }, admin);
    expect(changed.errors).toBeUndefined();
    const next = first.version + 1;

    const weightOf = (policy: typeof first) => (policy.rules.find((rule) => rule.code === 'WAITING')!.params as { weight: number }).weight;
    const past = (await app.request(MatchingPolicyDocument, { version: first.version }, worker)).data!.matchingPolicy;
    expect({ version: past.version, weight: weightOf(past) }).toEqual({ version: first.version, weight: 1 });
    const current = (await app.request(MatchingPolicyDocument, {}, worker)).data!.matchingPolicy;
    expect({ version: current.version, note: current.note, weight: weightOf(current) }).toEqual({ version: next, note: 'Waiting weighs more', weight: 3 });
    const unknown = await app.request(MatchingPolicyDocument, { version: 999 }, worker);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });

    const proposal = await app.request(
      ProposePlacementWithEvaluationDocument,
      { input: { childId: (await createChild(app.orm, { regionCode: 'AKTOBE' })).id, familyId: (await createFamily(app.orm, { regionCode: 'AKTOBE' })).id, form: 'GUARDIANSHIP' } },
      worker,
    );
    expect(proposal.errors).toBeUndefined();
    expect(proposal.data!.proposePlacement.evaluation!.policyVersion).toBe(next);
  });
});
