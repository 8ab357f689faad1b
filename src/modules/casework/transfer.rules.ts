import type { FieldProblem } from '../../shared/app-error.js';
import { Role } from '../../shared/enums.js';

/** The kinds of case that are owned and handed over. */
export enum TransferRecordKind {
  CHILD = 'CHILD',
  FAMILY = 'FAMILY',
  MENTOR = 'MENTOR',
}

/** Who may own a case of each kind: children and families are social workers', mentors coordinators'; a supervisor may hold either. */
export const OWNER_ROLES: Readonly<Record<TransferRecordKind, readonly Role[]>> = {
  [TransferRecordKind.CHILD]: [Role.SOCIAL_WORKER, Role.SUPERVISOR],
  [TransferRecordKind.FAMILY]: [Role.SOCIAL_WORKER, Role.SUPERVISOR],
  [TransferRecordKind.MENTOR]: [Role.MENTOR_COORDINATOR, Role.SUPERVISOR],
};

export interface Person {
  userId: string;
  role: Role;
  regionCode?: string;
}

/** The owner hands its own case over; a supervisor (of the case's region: the caller already sees it) or an administrator any. */
export function mayRequest(requester: Person, ownerId: string | undefined): boolean {
  return requester.role === Role.ADMIN || requester.role === Role.SUPERVISOR || requester.userId === ownerId;
}

export interface ReceiverFacts {
  id: string;
  role: Role;
  disabled: boolean;
  regionCode?: string;
}

/** Why a worker cannot receive a case, if they cannot. */
export function receiverProblem(kind: TransferRecordKind, receiver: ReceiverFacts | null, ownerId: string | undefined): FieldProblem | null {
  const field = 'toWorkerId';
  if (!receiver || !receiver.regionCode) return { field, message: 'Unknown worker' };
  if (receiver.disabled) return { field, message: 'The worker’s account is disabled' };
  if (!OWNER_ROLES[kind].includes(receiver.role)) {
    return { field, message: kind === TransferRecordKind.MENTOR ? 'A mentor goes to a mentor coordinator or a supervisor' : 'The case goes to a social worker or a supervisor' };
  }
  if (receiver.id === ownerId) return { field, message: 'The worker already owns the case' };
  return null;
}

/** The receiver answers; so may the receiving region's supervisor, on its behalf, and an administrator. */
export function mayDecide(decider: Person, transfer: { toWorkerId: string; toRegionCode: string }): boolean {
  return (
    decider.role === Role.ADMIN ||
    decider.userId === transfer.toWorkerId ||
    (decider.role === Role.SUPERVISOR && decider.regionCode === transfer.toRegionCode)
  );
}

/** The request is taken back before an answer by whoever asked it, the case's owner, the sending region's supervisor or an administrator. */
export function mayWithdraw(withdrawer: Person, transfer: { requestedById: string; fromWorkerId?: string; fromRegionCode: string }): boolean {
  return (
    withdrawer.role === Role.ADMIN ||
    withdrawer.userId === transfer.requestedById ||
    withdrawer.userId === transfer.fromWorkerId ||
    (withdrawer.role === Role.SUPERVISOR && withdrawer.regionCode === transfer.fromRegionCode)
  );
}
