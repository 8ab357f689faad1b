import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { CaseTransfer, TransferStatus } from '../src/modules/casework/case-transfer.entity.js';
import { Child } from '../src/modules/children/child.entity.js';
import { Role } from '../src/shared/enums.js';
import { createChild, createMentor, createUser } from './support/factories.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * Transfers of a case (Primero's model): asked by the owner or a supervisor, answered by the
 * receiver; until accepted the sender keeps the case and the receiver sees only the request.
 */

let app: TestApp;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const tag = `${process.pid}-${Date.now()}`;

beforeAll(async () => {
  app = await startTestApp();
  const users: [string, Role, string | undefined, boolean?][] = [
    ['admin', Role.ADMIN, undefined],
    ['sender', Role.SOCIAL_WORKER, 'KOSTANAY'],
    ['colleague', Role.SOCIAL_WORKER, 'KOSTANAY'],
    ['coordinator', Role.MENTOR_COORDINATOR, 'KOSTANAY'],
    ['supervisor', Role.SUPERVISOR, 'KOSTANAY'],
    ['receiver', Role.SOCIAL_WORKER, 'TURKISTAN'],
    ['receiving', Role.SUPERVISOR, 'TURKISTAN'],
    ['gone', Role.SOCIAL_WORKER, 'KOSTANAY', true],
  ];
  for (const [name, role, regionCode, disabled] of users) {
    const email = `transfers-${name}-${tag}@test.kz`;
    ids[name] = (await createUser(app.orm, { email, role, regionCode })).id;
    if (!disabled) tokens[name] = await app.login(email);
    else await app.orm.em.fork().nativeUpdate('User', { id: ids[name] }, { disabled: true });
  }
});
afterAll(() => app?.close());

const ask = (who: string, query: string, variables: Record<string, unknown> = {}) => app.request<Record<string, any>>(query, variables, tokens[who]);
const codes = (result: GraphQLResponse<unknown>) => result.errors?.map((error) => [error.extensions?.code, error.extensions?.field]);
const REQUEST = 'mutation($input: RequestTransferInput!) { requestTransfer(input: $input) { id status kind recordId toWorkerName fromWorker { id } toWorker { id } fromRegion { code } toRegion { code } } }';
const ACCEPT = 'mutation($id: ID!) { acceptTransfer(input: { transferId: $id }) { id status decidedBy { id } } }';
const DECLINE = 'mutation($id: ID!, $reason: String!) { declineTransfer(input: { transferId: $id, reason: $reason }) { id status declineReason } }';

/** A child of Kostanay owned by the sender. */
const ownedChild = () => createChild(app.orm, { regionCode: 'KOSTANAY', assignedWorker: ids.sender });
const request = (who: string, recordId: string, toWorkerId: string, kind = 'CHILD') => ask(who, REQUEST, { input: { kind, recordId, toWorkerId, note: 'synthetic: the family moved to Shymkent' } });
const countWritten = async () => {
  const em = app.orm.em.fork();
  return [await em.count(CaseTransfer, {}), await em.count(AuditEvent, {})];
};

describe('a transfer across regions', () => {
  it('keeps the case with the sender until accepted, shows the receiver only the request, then moves the case', async () => {
    const child = await ownedChild();
    const asked = await request('sender', child.id, ids.receiver);
    const transfer = asked.data!.requestTransfer;
    expect(transfer).toMatchObject({
      status: 'PENDING', kind: 'CHILD', recordId: child.id, fromWorker: { id: ids.sender }, toWorker: null, toWorkerName: expect.any(String), fromRegion: { code: 'KOSTANAY' }, toRegion: { code: 'TURKISTAN' },
    });
    // The sender does not see a colleague of another region; it reads the name.
    expect(codes(asked)).toEqual([['FORBIDDEN', undefined]]);

    const SEE = 'query($id: ID!) { transfer(id: $id) { id status note child { id } } }';
    const seen = await ask('receiver', SEE, { id: transfer.id });
    expect(seen.data?.transfer).toMatchObject({ id: transfer.id, status: 'PENDING', note: 'synthetic: the family moved to Shymkent', child: null });
    expect(codes(seen)).toEqual([['FORBIDDEN', undefined]]);
    expect(codes(await ask('receiver', 'query($id: ID!) { child(id: $id) { id } }', { id: child.id }))).toEqual([['FORBIDDEN', undefined]]);
    expect((await ask('sender', 'query($id: ID!) { child(id: $id) { id assignedWorker { id } } }', { id: child.id })).data?.child.assignedWorker.id).toBe(ids.sender);
    const incoming = await ask('receiver', '{ transfers(first: 10, filter: { toWorker: "ME", status: [PENDING] }) { edges { node { id } } } }');
    expect(incoming.data?.transfers.edges.map((edge: any) => edge.node.id)).toEqual([transfer.id]);

    const accepted = await ask('receiver', ACCEPT, { id: transfer.id });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptTransfer).toEqual({ id: transfer.id, status: 'ACCEPTED', decidedBy: { id: ids.receiver } });
    const moved = await ask('receiver', 'query($id: ID!) { child(id: $id) { region { code } district { code } assignedWorker { id } } }', { id: child.id });
    expect(moved.data?.child).toEqual({ region: { code: 'TURKISTAN' }, district: null, assignedWorker: { id: ids.receiver } });
    expect(codes(await ask('sender', 'query($id: ID!) { child(id: $id) { id } }', { id: child.id }))).toEqual([['FORBIDDEN', undefined]]);
    // The transfer stays readable on both sides, and both regions' moves are on record.
    expect((await ask('sender', SEE, { id: transfer.id })).data?.transfer.status).toBe('ACCEPTED');
    const events = await app.orm.em.fork().find(AuditEvent, { entityId: { $in: [child.id, transfer.id] }, action: { $like: '%transfer%' } }, { orderBy: { action: 'asc' } });
    // Reads of the note are audited too (case-transfer.read-personal); the changes are these.
    expect(events.filter((event) => !event.action.includes('.read-')).map((event) => [event.action, event.changedFields])).toEqual([
      ['case-transfer.accept', ['status']],
      ['case-transfer.request', ['note', 'toWorker']],
      ['child.transfer-in', ['assignedWorker', 'district', 'region']],
      ['child.transfer-out', ['assignedWorker', 'district', 'region']],
    ]);
    const timeline = await ask('receiver', 'query($id: ID!) { childTimeline(childId: $id) { kind recordKind recordId status } }', { id: child.id });
    expect(timeline.data?.childTimeline.slice(0, 2)).toEqual([
      { kind: 'TRANSFER_ACCEPTED', recordKind: 'CaseTransfer', recordId: transfer.id, status: 'ACCEPTED' },
      { kind: 'TRANSFER_REQUESTED', recordKind: 'CaseTransfer', recordId: transfer.id, status: 'ACCEPTED' },
    ]);
    const history = await ask('receiver', 'query($id: ID!) { history(recordId: $id) { edges { node { action changes { field } } } } }', { id: child.id });
    expect(history.data?.history.edges[0].node.changes.map((change: { field: string }) => change.field).sort()).toEqual(['assignedWorker', 'region']);
  });
});

describe('within a region', () => {
  it('declines with a reason the sender reads; the case stays', async () => {
    const child = await ownedChild();
    const transfer = (await request('sender', child.id, ids.colleague)).data!.requestTransfer;
    const declined = await ask('colleague', DECLINE, { id: transfer.id, reason: 'synthetic: caseload full until March' });
    expect(declined.errors).toBeUndefined();
    const read = await ask('sender', 'query($id: ID!) { transfer(id: $id) { status declineReason toWorker { id } } }', { id: transfer.id });
    expect(read.data?.transfer).toEqual({ status: 'DECLINED', declineReason: 'synthetic: caseload full until March', toWorker: { id: ids.colleague } });
    expect((await app.orm.em.fork().findOneOrFail(Child, child.id)).assignedWorker?.id).toBe(ids.sender);
  });

  it('lets the sending side take a request back before an answer: the case stays, the receiver can no longer answer, and it may be sent again', async () => {
    const WITHDRAW = 'mutation($id: ID!, $reason: String) { withdrawTransfer(input: { transferId: $id, reason: $reason }) { id status declineReason decidedBy { id } } }';
    const child = await ownedChild();
    const transfer = (await request('sender', child.id, ids.colleague)).data!.requestTransfer;
    const before = await countWritten();
    expect(codes(await ask('colleague', WITHDRAW, { id: transfer.id }))?.[0]?.[0]).toBe('FORBIDDEN');
    expect(codes(await ask('receiving', WITHDRAW, { id: transfer.id }))?.[0]?.[0]).toBe('FORBIDDEN');
    expect(await countWritten()).toEqual(before);
    const withdrawn = await ask('sender', WITHDRAW, { id: transfer.id, reason: 'synthetic: meant for another colleague' });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data?.withdrawTransfer).toEqual({ id: transfer.id, status: 'WITHDRAWN', declineReason: 'synthetic: meant for another colleague', decidedBy: { id: ids.sender } });
    expect(codes(await ask('colleague', ACCEPT, { id: transfer.id }))?.[0]?.[0]).toBe('CONFLICT');
    expect(codes(await ask('sender', WITHDRAW, { id: transfer.id }))?.[0]?.[0]).toBe('CONFLICT');
    expect((await app.orm.em.fork().findOneOrFail(Child, child.id)).assignedWorker?.id).toBe(ids.sender);
    const timeline = await ask('sender', 'query($id: ID!) { childTimeline(childId: $id) { kind recordId } }', { id: child.id });
    expect(timeline.data?.childTimeline[0]).toEqual({ kind: 'TRANSFER_WITHDRAWN', recordId: transfer.id });
    // The supervisor of the sending region may take back what a worker sent.
    const again = (await request('sender', child.id, ids.receiver)).data!.requestTransfer;
    expect((await ask('supervisor', WITHDRAW, { id: again.id })).data?.withdrawTransfer.status).toBe('WITHDRAWN');
  });

  it('lets a supervisor hand out a case nobody owns, and a mentor go to a coordinator', async () => {
    const child = await createChild(app.orm, { regionCode: 'KOSTANAY' });
    const asked = await request('supervisor', child.id, ids.colleague);
    expect(asked.errors).toBeUndefined();
    expect(asked.data?.requestTransfer.fromWorker).toBeNull();
    expect((await ask('colleague', ACCEPT, { id: asked.data!.requestTransfer.id })).errors).toBeUndefined();
    const mentor = await createMentor(app.orm, { regionCode: 'KOSTANAY' });
    expect((await request('supervisor', mentor.id, ids.coordinator, 'MENTOR')).errors).toBeUndefined();
  });
});

describe('bad requests and answers', () => {
  it('refuses, writing nothing: a disabled receiver, one of the wrong role, the owner itself, a colleague’s case, a second pending transfer', async () => {
    const child = await ownedChild();
    const before = await countWritten();
    expect(codes(await request('sender', child.id, ids.gone))).toEqual([['BAD_USER_INPUT', 'toWorkerId']]);
    expect(codes(await request('sender', child.id, ids.coordinator))).toEqual([['BAD_USER_INPUT', 'toWorkerId']]);
    expect(codes(await request('sender', child.id, ids.admin))).toEqual([['BAD_USER_INPUT', 'toWorkerId']]);
    expect(codes(await request('sender', child.id, ids.sender))).toEqual([['BAD_USER_INPUT', 'toWorkerId']]);
    expect(codes(await request('sender', child.id, '01900000-0000-7000-8000-000000000000'))).toEqual([['BAD_USER_INPUT', 'toWorkerId']]);
    expect(codes(await request('colleague', child.id, ids.receiver))?.[0]?.[0]).toBe('FORBIDDEN');
    expect(codes(await request('receiver', child.id, ids.colleague))?.[0]?.[0]).toBe('FORBIDDEN');
    expect(await countWritten()).toEqual(before);
    expect((await request('sender', child.id, ids.colleague)).errors).toBeUndefined();
    const afterFirst = await countWritten();
    expect(codes(await request('sender', child.id, ids.receiver))?.[0]?.[0]).toBe('CONFLICT');
    expect(await countWritten()).toEqual(afterFirst);
  });

  it('answers an already answered transfer CONFLICT, and someone else’s FORBIDDEN, writing nothing', async () => {
    const transfer = (await request('sender', (await ownedChild()).id, ids.colleague)).data!.requestTransfer;
    expect(codes(await ask('sender', ACCEPT, { id: transfer.id }))?.[0]?.[0]).toBe('FORBIDDEN');
    expect(codes(await ask('receiving', ACCEPT, { id: transfer.id }))?.[0]?.[0]).toBe('FORBIDDEN');
    expect((await ask('colleague', ACCEPT, { id: transfer.id })).errors).toBeUndefined();
    const before = await countWritten();
    expect(codes(await ask('colleague', ACCEPT, { id: transfer.id }))?.[0]?.[0]).toBe('CONFLICT');
    expect(codes(await ask('colleague', DECLINE, { id: transfer.id, reason: 'too late' }))?.[0]?.[0]).toBe('CONFLICT');
    expect(codes(await ask('colleague', DECLINE, { id: transfer.id, reason: ' ' }))).toEqual([['BAD_USER_INPUT', 'reason']]);
    expect(await countWritten()).toEqual(before);
  });
});

describe('two answers at once', () => {
  it('lets exactly one of the receiver, its supervisor and an administrator accept, ten times over', async () => {
    for (let round = 0; round < 10; round++) {
      const child = await ownedChild();
      const transfer = (await request('sender', child.id, ids.receiver)).data!.requestTransfer;
      const results = await Promise.all(['receiver', 'receiving', 'admin', 'receiver'].map((who) => ask(who, ACCEPT, { id: transfer.id })));
      const outcomes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(outcomes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
      const em = app.orm.em.fork();
      expect(await em.count(AuditEvent, { entityId: transfer.id, action: 'case-transfer.accept' })).toBe(1);
      expect(await em.count(AuditEvent, { entityId: child.id, action: 'child.transfer-in' })).toBe(1);
      expect((await em.findOneOrFail(CaseTransfer, transfer.id)).status).toBe(TransferStatus.ACCEPTED);
    }
  });
});
