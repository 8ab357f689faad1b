import { Role } from '../../shared/enums.js';

/**
 * Four eyes on a placement: whoever proposed it does not approve it. Another worker of the region
 * or its supervisor does (a small district office may have no supervisor at hand, but always a
 * second worker). Administrators are not bound: they act for the ministry, correct what regions
 * cannot, and every act of theirs is audited.
 */
export function mayApprove(approver: { userId: string; role: Role }, proposerId: string | undefined): boolean {
  return approver.role === Role.ADMIN || approver.userId !== proposerId;
}
