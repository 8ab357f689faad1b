import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/enums.js';
import { mayApprove } from './four-eyes.rules.js';

describe('four eyes on a placement', () => {
  it.each([
    ['the worker who proposed it', { userId: 'w1', role: Role.SOCIAL_WORKER }, 'w1', false],
    ['a supervisor who proposed it', { userId: 's1', role: Role.SUPERVISOR }, 's1', false],
    ['another worker of the region', { userId: 'w2', role: Role.SOCIAL_WORKER }, 'w1', true],
    ['the supervisor', { userId: 's1', role: Role.SUPERVISOR }, 'w1', true],
    ['an administrator, even its proposer', { userId: 'a1', role: Role.ADMIN }, 'a1', true],
    ['anyone, for a proposal without a recorded proposer (old data)', { userId: 'w1', role: Role.SOCIAL_WORKER }, undefined, true],
  ])('%s: %s', (_who, approver, proposer, expected) => {
    expect(mayApprove(approver, proposer)).toBe(expected);
  });
});
