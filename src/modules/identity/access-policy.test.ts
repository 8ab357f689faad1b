import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/enums.js';
import { maySee, type Viewer } from './access-policy.js';

const worker: Viewer = { actor: { userId: 'u1', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' }, ownChildIds: new Set() };
const coordinator: Viewer = { actor: { userId: 'u2', role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' }, ownChildIds: new Set() };
const family: Viewer = { actor: { userId: 'u3', role: Role.FAMILY, familyId: 'f1' }, ownChildIds: new Set(['c1']) };
const admin: Viewer = { actor: { userId: 'u4', role: Role.ADMIN }, ownChildIds: new Set() };
const mentor: Viewer = { actor: { userId: 'u6', role: Role.MENTOR, mentorId: 'm1' }, ownChildIds: new Set(['c5']) };
const regionless: Viewer = { actor: { userId: 'u5', role: Role.SOCIAL_WORKER }, ownChildIds: new Set() };

describe('maySee', () => {
  it('confines staff to records of their region, a mentorship to either of its two', () => {
    expect(maySee(worker, 'Child', { regions: ['ASTANA'], children: ['c9'] })).toBe(true);
    expect(maySee(worker, 'Child', { regions: ['ALMATY'], children: ['c9'] })).toBe(false);
    expect(maySee(coordinator, 'Mentorship', { regions: ['ALMATY', 'ASTANA'] })).toBe(true);
    expect(maySee(coordinator, 'Mentorship', { regions: ['ALMATY', 'AKMOLA'] })).toBe(false);
    expect(maySee(regionless, 'Child', { regions: ['ASTANA'] })).toBe(false);
  });

  it('keeps each role to its kinds of records', () => {
    expect(maySee(worker, 'Mentor', { regions: ['ASTANA'] })).toBe(false);
    expect(maySee(coordinator, 'Family', { regions: ['ASTANA'], families: ['f1'] })).toBe(false);
    expect(maySee(family, 'Mentorship', { regions: ['ASTANA'] })).toBe(false);
    expect(maySee(worker, 'AuditEvent', { regions: [] })).toBe(false);
    expect(maySee(admin, 'AuditEvent', { regions: [] })).toBe(true);
  });

  it('shows a family its own record, its placements and the children placed with it, and no other child', () => {
    expect(maySee(family, 'Family', { regions: ['ASTANA'], families: ['f1'] })).toBe(true);
    expect(maySee(family, 'Family', { regions: ['ASTANA'], families: ['f2'] })).toBe(false);
    expect(maySee(family, 'Child', { regions: ['ALMATY'], children: ['c1'] })).toBe(true);
    expect(maySee(family, 'Child', { regions: ['ASTANA'], children: ['c2'] })).toBe(false);
    expect(maySee(family, 'SiblingGroup', { regions: ['ASTANA'], children: ['c2', 'c1'] })).toBe(true);
  });

  it('shows a mentor itself, its mentorships and meetings and the children it mentors, whatever their region, and nothing else', () => {
    expect(maySee(mentor, 'Mentor', { regions: ['ASTANA'], mentors: ['m1'] })).toBe(true);
    expect(maySee(mentor, 'Mentor', { regions: ['ASTANA'], mentors: ['m2'] })).toBe(false);
    expect(maySee(mentor, 'Mentorship', { regions: ['ALMATY'], mentors: ['m1'] })).toBe(true);
    expect(maySee(mentor, 'MentorshipMeeting', { regions: ['ASTANA'], mentors: ['m2'] })).toBe(false);
    expect(maySee(mentor, 'Child', { regions: ['ALMATY'], children: ['c5'] })).toBe(true);
    expect(maySee(mentor, 'Child', { regions: ['ASTANA'], children: ['c6'] })).toBe(false);
    expect(maySee(mentor, 'Family', { regions: ['ASTANA'], families: ['f1'] })).toBe(false);
    expect(maySee(mentor, 'Placement', { regions: ['ASTANA'], families: ['f1'] })).toBe(false);
    // A family with a mentor's id in scope is still no mentor.
    expect(maySee(family, 'Mentorship', { regions: ['ASTANA'], mentors: ['m1'] })).toBe(false);
  });

  it('shows every caller its own account and nobody else’s', () => {
    expect(maySee(worker, 'User', { regions: [], users: ['u1'] })).toBe(true);
    expect(maySee(worker, 'User', { regions: [], users: ['u2'] })).toBe(false);
  });
});

describe('a staff member', () => {
  const scope = { regions: ['ASTANA'], staff: ['w9'] };
  it('is seen by the family and the mentor whose case it owns, and by no other family', () => {
    expect(maySee({ ...family, ownWorkerId: 'w9' }, 'StaffMember', scope)).toBe(true);
    expect(maySee({ ...mentor, ownWorkerId: 'w9' }, 'StaffMember', scope)).toBe(true);
    expect(maySee({ ...family, ownWorkerId: 'w8' }, 'StaffMember', scope)).toBe(false);
    expect(maySee(family, 'StaffMember', scope)).toBe(false);
  });
});
