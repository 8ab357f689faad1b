import { describe, expect, it } from 'vitest';
import { closeReasonsFor, nextMentorshipStatus, type MentorshipStep } from './mentorship.lifecycle.js';
import { MentorshipCloseReason, MentorshipStatus } from './mentorship.enums.js';

const TODAY = '2026-11-22';
const S = MentorshipStatus;
const R = MentorshipCloseReason;
const facts = { today: TODAY, startedAt: '2026-10-01' };
const activate: MentorshipStep = { kind: 'ACTIVATE', startedAt: '2026-11-01' };
const pause: MentorshipStep = { kind: 'PAUSE' };
const resume: MentorshipStep = { kind: 'RESUME' };
const close = (reason: MentorshipCloseReason, closedAt = '2026-11-20'): MentorshipStep => ({ kind: 'CLOSE', reason, closedAt });

describe('mentorship lifecycle', () => {
  it.each([
    [S.PROPOSED, activate, S.ACTIVE],
    [S.ACTIVE, pause, S.PAUSED],
    [S.PAUSED, resume, S.ACTIVE],
    [S.PROPOSED, close(R.DECLINED), S.CLOSED],
    [S.ACTIVE, close(R.GOALS_REACHED), S.CLOSED],
    [S.PAUSED, close(R.CHILD_PLACED_IN_FAMILY), S.CLOSED],
  ])('%s --%o--> %s', (from, step, to) => {
    expect(nextMentorshipStatus(from, step, facts)).toEqual({ to });
  });

  it.each([
    [S.PROPOSED, pause],
    [S.PROPOSED, resume],
    [S.ACTIVE, activate],
    [S.ACTIVE, resume],
    [S.PAUSED, pause],
    [S.PAUSED, activate],
    [S.CLOSED, activate],
    [S.CLOSED, resume],
    [S.CLOSED, close(R.OTHER)],
  ])('refuses %s --%o--> with field status', (from, step) => {
    expect(nextMentorshipStatus(from, step, facts)).toMatchObject({ problem: { field: 'status' } });
  });

  it.each([
    [S.PROPOSED, close(R.GOALS_REACHED), 'reason'],
    [S.ACTIVE, close(R.DECLINED), 'reason'],
    [S.ACTIVE, close(R.OTHER, '2026-11-23'), 'closedAt'],
    [S.ACTIVE, close(R.OTHER, '2026-09-30'), 'closedAt'],
    [S.PROPOSED, { kind: 'ACTIVATE', startedAt: '2026-11-23' } as MentorshipStep, 'startedAt'],
  ])('refuses %s --%o--> naming %s', (from, step, field) => {
    expect(nextMentorshipStatus(from, step, facts)).toMatchObject({ problem: { field } });
  });

  it('lists no close reason for a closed mentorship', () => {
    expect(closeReasonsFor(S.CLOSED)).toEqual([]);
  });
});
