import { describe, expect, it } from 'vitest';
import { Role } from '../../shared/enums.js';
import { mayDecide, mayRequest, mayWithdraw, receiverProblem, TransferRecordKind } from './transfer.rules.js';

const worker = (id: string, role = Role.SOCIAL_WORKER, disabled = false) => ({ id, role, disabled, regionCode: 'ASTANA' });

describe('who asks for a transfer', () => {
  it.each([
    ['the owner', { userId: 'w1', role: Role.SOCIAL_WORKER }, 'w1', true],
    ['a colleague who does not own the case', { userId: 'w2', role: Role.SOCIAL_WORKER }, 'w1', false],
    ['a worker, for a case nobody owns', { userId: 'w2', role: Role.SOCIAL_WORKER }, undefined, false],
    ['a supervisor', { userId: 's1', role: Role.SUPERVISOR }, 'w1', true],
    ['an administrator', { userId: 'a1', role: Role.ADMIN }, undefined, true],
  ])('%s: %s', (_who, requester, owner, expected) => expect(mayRequest(requester, owner)).toBe(expected));
});

describe('who receives a case', () => {
  it('is an enabled worker of the right role, not its owner already', () => {
    expect(receiverProblem(TransferRecordKind.CHILD, worker('w2'), 'w1')).toBeNull();
    expect(receiverProblem(TransferRecordKind.FAMILY, worker('s1', Role.SUPERVISOR), 'w1')).toBeNull();
    expect(receiverProblem(TransferRecordKind.MENTOR, worker('c1', Role.MENTOR_COORDINATOR), undefined)).toBeNull();
    expect(receiverProblem(TransferRecordKind.CHILD, null, 'w1')?.message).toBe('Unknown worker');
    expect(receiverProblem(TransferRecordKind.CHILD, { ...worker('a1', Role.ADMIN), regionCode: undefined }, 'w1')?.message).toBe('Unknown worker');
    expect(receiverProblem(TransferRecordKind.CHILD, worker('w2', Role.SOCIAL_WORKER, true), 'w1')?.message).toMatch(/disabled/);
    expect(receiverProblem(TransferRecordKind.CHILD, worker('c1', Role.MENTOR_COORDINATOR), 'w1')?.message).toMatch(/social worker/);
    expect(receiverProblem(TransferRecordKind.MENTOR, worker('w2'), 'c1')?.message).toMatch(/coordinator/);
    expect(receiverProblem(TransferRecordKind.CHILD, worker('w1'), 'w1')?.message).toMatch(/already owns/);
  });
});

describe('who answers a transfer', () => {
  const transfer = { toWorkerId: 'w2', toRegionCode: 'ALMATY' };
  it.each([
    ['the receiver', { userId: 'w2', role: Role.SOCIAL_WORKER, regionCode: 'ALMATY' }, true],
    ['the receiving region’s supervisor', { userId: 's1', role: Role.SUPERVISOR, regionCode: 'ALMATY' }, true],
    ['the sending region’s supervisor', { userId: 's2', role: Role.SUPERVISOR, regionCode: 'ASTANA' }, false],
    ['the sender', { userId: 'w1', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' }, false],
    ['an administrator', { userId: 'a1', role: Role.ADMIN }, true],
  ])('%s: %s', (_who, decider, expected) => expect(mayDecide(decider, transfer)).toBe(expected));
});

describe('who takes a transfer back', () => {
  const transfer = { requestedById: 's2', fromWorkerId: 'w1', fromRegionCode: 'ASTANA' };
  it.each([
    ['whoever asked', { userId: 's2', role: Role.SUPERVISOR, regionCode: 'ASTANA' }, true],
    ['the case’s owner', { userId: 'w1', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' }, true],
    ['another supervisor of the sending region', { userId: 's3', role: Role.SUPERVISOR, regionCode: 'ASTANA' }, true],
    ['the receiving region’s supervisor', { userId: 's1', role: Role.SUPERVISOR, regionCode: 'ALMATY' }, false],
    ['the receiver', { userId: 'w2', role: Role.SOCIAL_WORKER, regionCode: 'ALMATY' }, false],
    ['a colleague of the sender', { userId: 'w3', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' }, false],
    ['an administrator', { userId: 'a1', role: Role.ADMIN }, true],
  ])('%s', (_who, withdrawer, expected) => expect(mayWithdraw(withdrawer, transfer)).toBe(expected));
});
