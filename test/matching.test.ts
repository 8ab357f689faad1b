import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { KinshipRelation, MaritalStatus } from '../src/modules/families/family.enums.js';
import { FamilyKinship } from '../src/modules/families/family-kinship.entity.js';
import { SpecialNeed } from '../src/modules/children/child.enums.js';
import { SiblingGroup } from '../src/modules/children/sibling-group.entity.js';
import { loadFamilies } from '../src/modules/matching/matching.repository.js';
import { PlacementEndReason, PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { addYears, today } from '../src/shared/dates.js';
import { Language, PlacementForm, Role, Sex } from '../src/shared/enums.js';
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
} from './generated/graphql.js';
import { createChild, createFamily, createMentor, createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let admin: string;
let worker: string;
let coordinator: string;
let familyUser: string;

const yearsAgo = (years: number) => addYears(today(), -years);

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'PAVLODAR' });
  await createUser(app.orm, { email: 'coordinator@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'PAVLODAR' });
  const own = await createFamily(app.orm, { regionCode: 'PAVLODAR' });
  await createUser(app.orm, { email: 'family@test.kz', role: Role.FAMILY, familyId: own.id });
  [admin, worker, coordinator, familyUser] = await Promise.all(['admin@test.kz', 'worker@test.kz', 'coordinator@test.kz', 'family@test.kz'].map((email) => app.login(email)));
});

afterAll(() => app?.close());

async function relate(familyId: string, childId: string, relation: KinshipRelation) {
  const em = app.orm.em.fork();
  em.create(FamilyKinship, { family: familyId, child: childId, relation });
  await em.flush();
}

describe('ranking families for a child', () => {
  it('puts a relative first, then a family of the region, then a distant one, and explains every rule', async () => {
    const child = await createChild(app.orm, { regionCode: 'ATYRAU', birthDate: yearsAgo(4) });
    const relative = await createFamily(app.orm, { regionCode: 'ATYRAU', settlement: 'Атырау' });
    await relate(relative.id, child.id, KinshipRelation.GRANDPARENT);
    const local = await createFamily(app.orm, { regionCode: 'ATYRAU', settlement: 'Атырау' });
    const distant = await createFamily(app.orm, { regionCode: 'KOSTANAY', settlement: 'Қостанай' });
    const expired = await createFamily(app.orm, { regionCode: 'ATYRAU', approvalExpiresAt: yearsAgo(1) });

    const result = await app.request(PlacementCandidatesDocument, { childId: child.id, form: 'ADOPTION', first: 10 }, admin);
    expect(result.errors).toBeUndefined();
    const ranked = result.data!.placementCandidates.filter((c) => [relative.id, local.id, distant.id, expired.id].includes(c.family.id));
    expect(ranked.map((c) => c.family.id)).toEqual([relative.id, local.id, distant.id]);
    const [first, second, third] = ranked;
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(second!.score).toBeGreaterThan(third!.score);
    const reason = (candidate: typeof first, code: string) => candidate!.reasons.find((r) => r.code === code)!;
    expect(reason(first, 'PRI-1')).toMatchObject({ kind: 'SOFT', outcome: 'PASS' });
    expect(reason(first, 'PRI-1').message).toMatch(/relative/i);
    expect(reason(third, 'LOCATION').outcome).toBe('FAIL');
    expect(reason(first, 'A-AGE')).toMatchObject({ kind: 'HARD', outcome: 'PASS', legalBasis: expect.stringMatching(/92/) });

    const all = await app.request(PlacementCandidatesDocument, { childId: child.id, form: 'ADOPTION', first: 100, includeIneligible: true }, admin);
    const lapsed = all.data!.placementCandidates.find((c) => c.family.id === expired.id)!;
    expect(lapsed.eligible).toBe(false);
    expect(lapsed.reasons.find((r) => r.code === 'APPROVAL')!.outcome).toBe('FAIL');
    expect(all.data!.placementCandidates.at(-1)!.eligible).toBe(false);
  });

  it('keeps a social worker to the families of their region', async () => {
    const child = await createChild(app.orm, { regionCode: 'PAVLODAR', birthDate: yearsAgo(5) });
    const elsewhere = await createFamily(app.orm, { regionCode: 'ABAI' });
    const result = await app.request(PlacementCandidatesDocument, { childId: child.id, form: 'ADOPTION', first: 100 }, worker);
    expect(result.errors).toBeUndefined();
    expect(result.data!.placementCandidates.map((c) => c.family.id)).not.toContain(elsewhere.id);
    const foreignChild = await createChild(app.orm, { regionCode: 'ABAI' });
    const refused = await app.request(PlacementCandidatesDocument, { childId: foreignChild.id, form: 'ADOPTION' }, worker);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the law on a date', () => {
  it('applies the unmarried-man adoption bar before 2024-07-23 only', async () => {
    const child = await createChild(app.orm, { regionCode: 'PAVLODAR', birthDate: '2020-02-02' });
    const man = await createFamily(app.orm, { regionCode: 'PAVLODAR', applicant: { maritalStatus: MaritalStatus.SINGLE, sex: Sex.MALE } });
    const outcome = async (asOf: string) => {
      const result = await app.request(EligibilityDocument, { childId: child.id, familyId: man.id, form: 'ADOPTION', asOf }, admin);
      expect(result.errors).toBeUndefined();
      return result.data!.eligibility.reasons.find((r) => r.code === 'A-UNMARRIED-MAN')!.outcome;
    };
    expect(await outcome('2024-07-22')).toBe('FAIL');
    expect(await outcome('2024-07-23')).toBe('NOT_APPLICABLE');
    expect(await outcome(today())).toBe('NOT_APPLICABLE');
  });
});

describe('proposing against the rules', () => {
  it('refuses a family too young to adopt with NOT_ELIGIBLE and A-AGE, accepts a court decision, and keeps the evaluation', async () => {
    const child = await createChild(app.orm, { regionCode: 'PAVLODAR', birthDate: yearsAgo(12) });
    const young = await createFamily(app.orm, { regionCode: 'PAVLODAR', applicant: { birthDate: yearsAgo(26) } });
    const input = { childId: child.id, familyId: young.id, form: 'ADOPTION' as const };
    const refused = await app.request(ProposePlacementWithEvaluationDocument, { input }, worker);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', ruleCodes: ['A-AGE'] });

    const reasonOnly = await app.request(ProposePlacementWithEvaluationDocument, { input: { ...input, overrides: [{ code: 'A-AGE', reason: 'we think it is fine' }] } }, worker);
    expect(reasonOnly.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overrides.0' });
    expect(await app.orm.em.fork().count(Placement, { child: child.id })).toBe(0);

    const court = { code: 'A-AGE', reason: 'Court shortened the age gap', courtDecisionReference: '2-777/2026', courtDecisionDate: yearsAgo(0) };
    const accepted = await app.request(ProposePlacementWithEvaluationDocument, { input: { ...input, overrides: [court] } }, worker);
    expect(accepted.errors).toBeUndefined();
    const evaluation = accepted.data!.proposePlacement.evaluation!;
    expect(evaluation.rules.find((r) => r.code === 'A-AGE')).toEqual({ code: 'A-AGE', outcome: 'FAIL', overridden: true });
    expect(evaluation.overrides).toEqual([{ code: 'A-AGE', reason: court.reason, courtDecisionReference: court.courtDecisionReference }]);
    expect(evaluation.policyVersion).toBeGreaterThanOrEqual(1);
    const events = await app.orm.em.fork().find(AuditEvent, { entityId: accepted.data!.proposePlacement.id });
    expect(events[0]!.changedFields).toContain('overrides');
  });

  it('proposes a sibling group together, and separates it only with a recorded reason', async () => {
    const em = app.orm.em.fork();
    const group = em.create(SiblingGroup, {});
    await em.flush();
    const older = await createChild(app.orm, { regionCode: 'PAVLODAR', birthDate: yearsAgo(8), siblingGroup: group.id });
    const younger = await createChild(app.orm, { regionCode: 'PAVLODAR', birthDate: yearsAgo(5), siblingGroup: group.id });
    const roomy = await createFamily(app.orm, { regionCode: 'PAVLODAR', capacity: 3 });
    const single = await createFamily(app.orm, { regionCode: 'PAVLODAR', capacity: 1 });

    const candidates = await app.request(PlacementCandidatesDocument, { childId: older.id, form: 'GUARDIANSHIP', first: 100 }, worker);
    const ids = candidates.data!.placementCandidates.map((c) => c.family.id);
    expect(ids).toContain(roomy.id);
    expect(ids).not.toContain(single.id);

    const together = await app.request(ProposePlacementWithEvaluationDocument, { input: { childId: older.id, familyId: roomy.id, form: 'GUARDIANSHIP' } }, worker);
    expect(together.errors).toBeUndefined();
    expect(await app.orm.em.fork().count(Placement, { child: { $in: [older.id, younger.id] }, family: roomy.id })).toBe(2);

    const apart = await app.request(ProposePlacementWithEvaluationDocument, { input: { childId: younger.id, familyId: single.id, form: 'GUARDIANSHIP' } }, worker);
    expect(apart.errors?.[0]?.extensions?.code).toBe('NOT_ELIGIBLE');
    const separated = await app.request(
      ProposePlacementWithEvaluationDocument,
      { input: { childId: younger.id, familyId: single.id, form: 'GUARDIANSHIP', overrides: [{ code: 'SIB', reason: 'The older brother is placed with a relative' }] } },
      worker,
    );
    expect(separated.errors).toBeUndefined();
    expect(separated.data!.proposePlacement.evaluation!.rules.find((r) => r.code === 'SIB')).toMatchObject({ outcome: 'FAIL', overridden: true });
    expect(await app.orm.em.fork().count(Placement, { family: single.id })).toBe(1);

    const forFamily = await app.request(ChildCandidatesDocument, { familyId: roomy.id, form: 'GUARDIANSHIP', first: 100 }, worker);
    const unit = forFamily.data!.childCandidates.find((c) => c.child.id === older.id || c.child.id === younger.id);
    expect(unit?.children.map((c) => c.id).sort()).toEqual([older.id, younger.id].sort());
  });
});

describe('the matching policy', () => {
  it('lists every rule with its legal basis, and an administrator’s change re-ranks at once', async () => {
    const policy = await app.request(MatchingPolicyDocument, {}, worker);
    const rules = policy.data!.matchingPolicy.rules;
    expect(rules.map((r) => r.code)).toEqual(expect.arrayContaining(['D1', 'D12', 'A-AGE', 'A-CONSENT', 'SIB', 'PRI-1', 'PRI-2', 'G-AGE', 'F-COUNT', 'P-CAP', 'M-AGE', 'M-CERT']));
    expect(rules.find((r) => r.code === 'D12')).toMatchObject({ validFrom: '2026-02-04' });
    expect(rules.find((r) => r.code === 'A-AGE')).toMatchObject({ override: 'COURT_DECISION', params: { minAgeGapYears: 16 } });

    const child = await createChild(app.orm, { regionCode: 'MANGYSTAU', birthDate: yearsAgo(3), languages: [Language.KAZAKH] });
    const near = await createFamily(app.orm, { regionCode: 'MANGYSTAU', preferences: { childAgeMin: 0, childAgeMax: 17, maxChildren: 2, acceptsSiblings: true, specialNeedsAccepted: [], languages: [Language.RUSSIAN] } });
    const speaks = await createFamily(app.orm, { regionCode: 'JAMBYL', preferences: { childAgeMin: 0, childAgeMax: 17, maxChildren: 2, acceptsSiblings: true, specialNeedsAccepted: [], languages: [Language.KAZAKH] } });
    const order = async () =>
      (await app.request(PlacementCandidatesDocument, { childId: child.id, form: 'ADOPTION', first: 100 }, admin)).data!.placementCandidates
        .map((c) => c.family.id)
        .filter((id) => id === near.id || id === speaks.id);
    // By default the family that speaks the child's language leads (LANGUAGE and PREF-LANG outweigh LOCATION)…
    expect(await order()).toEqual([speaks.id, near.id]);

    const version = policy.data!.matchingPolicy.version;
    const denied = await app.request(UpdateMatchingPolicyDocument, { input: { expectedVersion: version, rules: [] } }, worker);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await app.request(UpdateMatchingPolicyDocument, { input: { expectedVersion: version, rules: [{ code: 'A-AGE', params: { minAgeGapYears: 'sixteen' } }] } }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules.0.params.minAgeGapYears' });

    const changed = await app.request(
      UpdateMatchingPolicyDocument,
      { input: { expectedVersion: version, note: 'Home region first', rules: [{ code: 'LOCATION', params: { weight: 20 } }, { code: 'PREF-LANG', enabled: false }] } },
      admin,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateMatchingPolicy.version).toBe(version + 1);
    // …with location weighted up and the language preference switched off, the family of the child's own region does.
    expect(await order()).toEqual([near.id, speaks.id]);
    const stale = await app.request(UpdateMatchingPolicyDocument, { input: { expectedVersion: version, rules: [] } }, admin);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.orm.em.fork().count(AuditEvent, { action: 'matching-policy.update' })).toBe(1);

    // Back to the defaults for the other tests of this file.
    await app.request(UpdateMatchingPolicyDocument, { input: { expectedVersion: version + 1, rules: [] } }, admin);
  });
});

describe('assigning a whole region', () => {
  it('beats a greedy pass on a case built for it, writing nothing', async () => {
    // Toddler A fits both families, better the first; 14-year-old B fits only the first (the
    // second's adopter is 26, too young for B under A-AGE). Greedy gives A the first family and
    // leaves B; the optimum gives A the second.
    const a = await createChild(app.orm, { regionCode: 'ULYTAU', birthDate: yearsAgo(2), languages: [Language.KAZAKH] });
    const b = await createChild(app.orm, { regionCode: 'ULYTAU', birthDate: yearsAgo(13), languages: [Language.UZBEK] });
    const kazakh = { childAgeMin: 0, childAgeMax: 17, maxChildren: 1, acceptsSiblings: false, specialNeedsAccepted: [], languages: [Language.KAZAKH] };
    const first = await createFamily(app.orm, { regionCode: 'ULYTAU', settlement: 'Жезқазған', preferences: kazakh });
    const second = await createFamily(app.orm, { regionCode: 'ULYTAU', settlement: 'Сәтбаев', preferences: { ...kazakh, languages: [Language.RUSSIAN] }, applicant: { birthDate: yearsAgo(26) } });
    const before = await app.orm.em.fork().count(Placement, {});

    const result = await app.request(ProposeAssignmentsDocument, { regionCode: 'ULYTAU', form: 'ADOPTION' }, admin);
    expect(result.errors).toBeUndefined();
    const plan = result.data!.proposeAssignments;
    const pairs = Object.fromEntries(plan.proposals.map((p) => [p.children[0]!.id, p.family.id]));
    expect(pairs).toEqual({ [a.id]: second.id, [b.id]: first.id });
    expect(plan.totalScore).toBeGreaterThan(plan.greedyTotalScore);
    expect(plan.unassignedChildren).toBe(0);
    expect(await app.orm.em.fork().count(Placement, {})).toBe(before);
  });
});

describe('mentor matching', () => {
  it('ranks mentors for a child of 10+, none for a younger child', async () => {
    const mentor = await createMentor(app.orm, { regionCode: 'PAVLODAR', city: 'Павлодар' });
    const teen = await createChild(app.orm, { regionCode: 'PAVLODAR', birthDate: yearsAgo(12), status: 'IN_INSTITUTION' as never });
    const little = await createChild(app.orm, { regionCode: 'PAVLODAR', birthDate: yearsAgo(8) });
    const leaver = await createChild(app.orm, {
      regionCode: 'PAVLODAR',
      birthDate: yearsAgo(19),
      registeredAt: yearsAgo(10),
      status: 'LEFT_DATA_BANK' as never,
      exitReason: 'REACHED_MAJORITY' as never,
      exitedAt: yearsAgo(1),
    });
    const forTeen = await app.request(MentorCandidatesDocument, { childId: teen.id, first: 10 }, coordinator);
    expect(forTeen.data!.mentorCandidates.map((c) => c.mentor.id)).toContain(mentor.id);
    const forLittle = await app.request(MentorCandidatesDocument, { childId: little.id, first: 10 }, coordinator);
    expect(forLittle.data!.mentorCandidates).toEqual([]);
    const mentees = await app.request(MenteeCandidatesDocument, { mentorId: mentor.id, first: 100 }, coordinator);
    const menteeIds = mentees.data!.menteeCandidates.map((c) => c.child.id);
    expect(menteeIds).toContain(teen.id);
    expect(menteeIds).toContain(leaver.id); // a care leaver, 19, still within M-AGE's upper age
    expect(menteeIds).not.toContain(little.id);
  });
});

describe('who may match', () => {
  it('keeps coordinators from placement matching and families from all of it', async () => {
    const child = await createChild(app.orm, { regionCode: 'PAVLODAR' });
    const family = await createFamily(app.orm, { regionCode: 'PAVLODAR' });
    const mentor = await createMentor(app.orm, { regionCode: 'PAVLODAR' });
    const placementCalls = [
      () => app.request(PlacementCandidatesDocument, { childId: child.id, form: 'ADOPTION' }, coordinator),
      () => app.request(EligibilityDocument, { childId: child.id, familyId: family.id, form: 'ADOPTION' }, coordinator),
      () => app.request(ProposeAssignmentsDocument, { regionCode: 'PAVLODAR', form: 'ADOPTION' }, coordinator),
    ];
    for (const call of placementCalls) expect((await call()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const familyCalls = [
      () => app.request(PlacementCandidatesDocument, { childId: child.id, form: 'ADOPTION' }, familyUser),
      () => app.request(ChildCandidatesDocument, { familyId: family.id, form: 'ADOPTION' }, familyUser),
      () => app.request(EligibilityDocument, { childId: child.id, familyId: family.id, form: 'ADOPTION' }, familyUser),
      () => app.request(MentorCandidatesDocument, { childId: child.id }, familyUser),
      () => app.request(MenteeCandidatesDocument, { mentorId: mentor.id }, familyUser),
      () => app.request(ProposeAssignmentsDocument, { regionCode: 'PAVLODAR', form: 'ADOPTION' }, familyUser),
      () => app.request(MatchingPolicyDocument, {}, familyUser),
    ];
    for (const call of familyCalls) expect((await call()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.request(MentorCandidatesDocument, { childId: child.id }, worker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the facts matching loads for a family', () => {
  it('counts each active placement once, whatever the child needs, and opens the needs of the children it raised', async () => {
    const family = await createFamily(app.orm, { regionCode: 'TURKISTAN' });
    const placed = await createChild(app.orm, { regionCode: 'TURKISTAN', specialNeeds: [SpecialNeed.HIV, SpecialNeed.AUTISM_SPECTRUM] });
    const raised = await createChild(app.orm, { regionCode: 'TURKISTAN', specialNeeds: [SpecialNeed.HEARING_IMPAIRMENT] });
    const em = app.orm.em.fork();
    em.create(Placement, { child: placed.id, family: family.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.ACTIVE, startedAt: yearsAgo(1) });
    em.create(Placement, {
      child: raised.id, family: family.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.ENDED,
      startedAt: yearsAgo(5), endedAt: yearsAgo(2), endReason: PlacementEndReason.CHILD_REACHED_MAJORITY,
    });
    await em.flush();

    const [facts] = await loadFamilies(app.orm.em.fork(), { form: PlacementForm.GUARDIANSHIP, asOf: today(), familyIds: [family.id] });
    expect(facts!.activePlacements).toBe(1);
    expect(facts!.specialNeedsExperience).toEqual(expect.arrayContaining([SpecialNeed.HEARING_IMPAIRMENT]));
    expect(facts!.applicants[0]!.checks.length).toBeGreaterThan(0);
  });
});
