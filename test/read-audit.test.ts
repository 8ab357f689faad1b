import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { LegalStatus, SpecialNeed } from '../src/modules/children/child.enums.js';
import { SiblingGroup } from '../src/modules/children/sibling-group.entity.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { Citizenship, PlacementForm, Role, Sex } from '../src/shared/enums.js';
import { MaritalStatus } from '../src/modules/families/family.enums.js';
import { MeetingKind, MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { MentorshipMeeting } from '../src/modules/mentorships/mentorship-meeting.entity.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { PlacementTransition } from '../src/modules/placements/placement-transition.entity.js';
import { PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { clearChecks, createChild, createFamily, createMentor, createUser, validIin } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Reads of personal fields beyond the case file (README, "Data classification"): applicants'
 * IINs, a family's address, contacts and note, a mentor's contacts, check result and interests,
 * notes of mentorships, meetings and placement steps, decision numbers and evaluations. Each
 * request that reads any of a record's audited fields leaves one event for that record, naming
 * the fields; a request that reads none of them leaves none.
 */

let app: TestApp;
const tokens: Partial<Record<Role, string>> = {};
const REGION = 'ASTANA';

beforeAll(async () => {
  app = await startTestApp();
  const family = await createFamily(app.orm, { regionCode: REGION });
  const accounts: [Role, string | undefined][] = [[Role.ADMIN, undefined], [Role.SOCIAL_WORKER, REGION], [Role.MENTOR_COORDINATOR, REGION], [Role.FAMILY, undefined]];
  for (const [role, regionCode] of accounts) {
    const email = `read-audit-${role.toLowerCase()}@test.kz`;
    await createUser(app.orm, { email, role, regionCode, familyId: role === Role.FAMILY ? family.id : undefined });
    tokens[role] = await app.login(email);
  }
});

afterAll(() => app?.close());

interface Read {
  action: string;
  entityName: string;
  entityId: string;
  fields: string[];
}

/** Sends one request and returns the read events it left for the given records. */
async function readsOf(document: string, variables: Record<string, unknown>, role: Role, recordIds: string[]): Promise<Read[]> {
  const before = new Set((await app.orm.em.fork().find(AuditEvent, { entityId: { $in: recordIds } })).map((event) => event.id));
  const result = await app.request(document, variables, tokens[role]);
  expect(result.errors).toBeUndefined();
  const events = await app.orm.em.fork().find(AuditEvent, { entityId: { $in: recordIds } }, { orderBy: { entityId: 'asc' } });
  return events
    .filter((event) => !before.has(event.id))
    .map(({ action, entityName, entityId, changedFields }) => ({ action, entityName, entityId, fields: [...changedFields].sort() }));
}

/** A family of the region with two applicants, an address, contacts and a note. */
async function household() {
  const family = await createFamily(app.orm, { regionCode: REGION, address: 'synthetic address 1', contactPhone: '+77010000001', contactEmail: 'family@test.kz', availabilityNote: 'synthetic note' });
  const em = app.orm.em.fork();
  const second = em.create(FamilyApplicant, {
    family: family.id, position: 2, iin: validIin('1987-01-02', Sex.FEMALE), lastName: 'Тестова', firstName: 'Айжан', birthDate: '1987-01-02', sex: Sex.FEMALE,
    citizenship: Citizenship.KAZAKHSTAN, maritalStatus: MaritalStatus.MARRIED, checks: clearChecks(),
  });
  await em.flush();
  const applicants = await em.find(FamilyApplicant, { family: family.id }, { orderBy: { position: 'asc' } });
  return { family, applicantIds: applicants.map((applicant) => applicant.id), second };
}

describe("reading a family's personal fields", () => {
  it("writes one event per applicant whose IIN is read, for a family and for a list", async () => {
    const { family, applicantIds } = await household();
    const single = await readsOf('query ($id: ID!) { family(id: $id) { applicants { iin } } }', { id: family.id }, Role.SOCIAL_WORKER, applicantIds);
    expect(single).toEqual(applicantIds.map((entityId) => ({ action: 'family-applicant.read-personal', entityName: 'FamilyApplicant', entityId, fields: ['iin'] })).sort((a, b) => a.entityId.localeCompare(b.entityId)));

    const other = await household();
    const ids = [...applicantIds, ...other.applicantIds];
    const listed = await readsOf('query { families(first: 100) { edges { node { applicants { iin } } } } }', {}, Role.SOCIAL_WORKER, ids);
    expect(listed.map((read) => read.entityId).sort()).toEqual(ids.sort());
  });

  it('files IIN, checks and check details of one applicant in one event', async () => {
    const { family, applicantIds } = await household();
    const reads = await readsOf('query ($id: ID!) { family(id: $id) { applicants { iin checks { kind detail } } } }', { id: family.id }, Role.ADMIN, applicantIds);
    expect(reads).toHaveLength(2);
    for (const read of reads) expect(read).toMatchObject({ action: 'family-applicant.read-personal', fields: ['checks', 'checks.detail', 'iin'] });
  });

  it('writes one event for the address and contacts, however often they are read in the request', async () => {
    const { family } = await household();
    const reads = await readsOf(
      'query ($id: ID!) { a: family(id: $id) { address contactPhone } b: family(id: $id) { contactEmail availabilityNote address } }',
      { id: family.id },
      Role.SOCIAL_WORKER,
      [family.id],
    );
    expect(reads).toEqual([{ action: 'family.read-personal', entityName: 'Family', entityId: family.id, fields: ['address', 'availabilityNote', 'contactEmail', 'contactPhone'] }]);
  });

  it("audits a family reading its own address too", async () => {
    const familyId = (await app.orm.em.fork().findOneOrFail(FamilyApplicant, { family: { region: REGION } }, { orderBy: { createdAt: 'asc' } })).family.id;
    const reads = await readsOf('query { myFamily { address } }', {}, Role.FAMILY, [familyId]);
    expect(reads).toEqual([{ action: 'family.read-personal', entityName: 'Family', entityId: familyId, fields: ['address'] }]);
  });

  it('writes nothing for a query that reads none of them', async () => {
    const { family, applicantIds } = await household();
    const reads = await readsOf(
      'query ($id: ID!) { family(id: $id) { id settlement monthlyIncome acceptingPlacements applicants { id firstName lastName birthDate } } }',
      { id: family.id },
      Role.SOCIAL_WORKER,
      [family.id, ...applicantIds],
    );
    expect(reads).toEqual([]);
  });
});

describe('reading mentoring records', () => {
  async function mentoring() {
    const mentor = await createMentor(app.orm, { regionCode: REGION, contactPhone: '+77010000002', contactEmail: 'mentor@test.kz', interests: ['synthetic interest'] });
    const child = await createChild(app.orm, { regionCode: REGION, birthDate: '2012-05-05' });
    const em = app.orm.em.fork();
    const mentorship = em.create(Mentorship, { mentor: mentor.id, child: child.id, status: MentorshipStatus.ACTIVE, startedAt: '2026-01-10', note: 'synthetic mentorship note' });
    const meetings = ['2026-02-01', '2026-02-08'].map((date) =>
      em.create(MentorshipMeeting, { mentorship, date, durationMinutes: 45, kind: MeetingKind.IN_PERSON, notes: `synthetic meeting note ${date}` }),
    );
    await em.flush();
    return { mentor, mentorship, meetingIds: meetings.map((meeting) => meeting.id).sort() };
  }

  it('writes one event per meeting whose notes are read, and one for the mentorship note', async () => {
    const { mentorship, meetingIds } = await mentoring();
    const reads = await readsOf('query ($id: ID!) { mentorship(id: $id) { note meetings { notes } } }', { id: mentorship.id }, Role.MENTOR_COORDINATOR, [mentorship.id, ...meetingIds]);
    expect(reads).toEqual(
      expect.arrayContaining([
        { action: 'mentorship.read-personal', entityName: 'Mentorship', entityId: mentorship.id, fields: ['note'] },
        ...meetingIds.map((entityId) => ({ action: 'mentorship-meeting.read-personal', entityName: 'MentorshipMeeting', entityId, fields: ['notes'] })),
      ]),
    );
    expect(reads).toHaveLength(3);
  });

  it("writes one event for a mentor's contacts, check result and interests", async () => {
    const { mentor } = await mentoring();
    const reads = await readsOf('query ($id: ID!) { mentor(id: $id) { contactPhone contactEmail backgroundCheckResult interests } }', { id: mentor.id }, Role.MENTOR_COORDINATOR, [mentor.id]);
    expect(reads).toEqual([{ action: 'mentor.read-personal', entityName: 'Mentor', entityId: mentor.id, fields: ['backgroundCheckResult', 'contactEmail', 'contactPhone', 'interests'] }]);
  });

  it('writes nothing when only dates, kinds and names are read', async () => {
    const { mentor, mentorship, meetingIds } = await mentoring();
    const reads = await readsOf(
      'query ($id: ID!) { mentorship(id: $id) { status startedAt mentor { lastName city } meetings { date kind durationMinutes } } }',
      { id: mentorship.id },
      Role.MENTOR_COORDINATOR,
      [mentor.id, mentorship.id, ...meetingIds],
    );
    expect(reads).toEqual([]);
  });
});

describe('reading placements and sibling groups', () => {
  async function placed() {
    const group = app.orm.em.fork();
    const siblings = group.create(SiblingGroup, { note: 'synthetic sibling note' });
    await group.flush();
    const child = await createChild(app.orm, { regionCode: REGION, siblingGroup: siblings.id });
    const family = await createFamily(app.orm, { regionCode: REGION });
    const em = app.orm.em.fork();
    const placement = em.create(Placement, {
      child: child.id, family: family.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.APPROVED, decisionReference: '2-4321/2026',
      evaluation: { policyVersion: 1, asOf: '2026-03-01', eligible: true, score: 60, rules: [], overrides: [] },
    });
    const steps = [PlacementStatus.PROPOSED, PlacementStatus.APPROVED].map((to) => em.create(PlacementTransition, { placement, to, note: `synthetic step note ${to}` }));
    await em.flush();
    return { placement, groupId: siblings.id, transitionIds: steps.map((step) => step.id).sort() };
  }

  it('writes one event per placement for its decision and evaluation, one per step whose note is read, one per sibling group', async () => {
    const { placement, groupId, transitionIds } = await placed();
    const reads = await readsOf(
      'query ($id: ID!) { placement(id: $id) { decisionReference foreignPlacementConclusion evaluation { score } transitions { note } child { siblingGroup { note } } } }',
      { id: placement.id },
      Role.SOCIAL_WORKER,
      [placement.id, groupId, ...transitionIds],
    );
    expect(reads).toEqual(
      expect.arrayContaining([
        { action: 'placement.read-personal', entityName: 'Placement', entityId: placement.id, fields: ['decisionReference', 'evaluation', 'foreignPlacementConclusion'] },
        { action: 'sibling-group.read-personal', entityName: 'SiblingGroup', entityId: groupId, fields: ['note'] },
        ...transitionIds.map((entityId) => ({ action: 'placement-transition.read-personal', entityName: 'PlacementTransition', entityId, fields: ['note'] })),
      ]),
    );
    expect(reads).toHaveLength(4);
  });

  it('writes nothing for statuses and dates', async () => {
    const { placement, groupId, transitionIds } = await placed();
    const reads = await readsOf('query ($id: ID!) { placement(id: $id) { status form decisionDate transitions { at to } } }', { id: placement.id }, Role.SOCIAL_WORKER, [placement.id, groupId, ...transitionIds]);
    expect(reads).toEqual([]);
  });
});

describe('filtering children by sealed case-file fields', () => {
  it('is audited like reading them: one event per child returned, naming the fields filtered on', async () => {
    const region = 'PAVLODAR';
    const hiv = await createChild(app.orm, { regionCode: region, legalStatus: LegalStatus.ABANDONED, specialNeeds: [SpecialNeed.HIV] });
    const other = await createChild(app.orm, { regionCode: region, legalStatus: LegalStatus.ORPHAN, specialNeeds: [] });
    const reads = await readsOf(
      'query ($filter: ChildFilter) { children(first: 10, filter: $filter) { edges { node { id firstName } } } }',
      { filter: { regionCode: region, legalStatus: ['ABANDONED'], hasSpecialNeeds: true } },
      Role.ADMIN,
      [hiv.id, other.id],
    );
    expect(reads).toEqual([{ action: 'child.read-case-file', entityName: 'Child', entityId: hiv.id, fields: ['legalStatus', 'specialNeeds'] }]);
    // A filter on clear columns reveals no case file.
    expect(await readsOf('query ($filter: ChildFilter) { children(first: 10, filter: $filter) { edges { node { id } } } }', { filter: { regionCode: region, sex: 'FEMALE' } }, Role.ADMIN, [hiv.id, other.id])).toEqual([]);
  });
});
