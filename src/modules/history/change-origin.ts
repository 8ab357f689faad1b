import type { AuditEvent } from '../audit/audit-event.entity.js';

/**
 * The change request an audited change applies, told to the record history by the event that
 * audits it: a flush's changes take their actor and action from their event, and from here the
 * request, so a field's provenance can name it (family-changes/provenance.ts).
 */
const requestOf = new WeakMap<AuditEvent, string>();

export function appliesChangeRequest(event: AuditEvent, changeRequestId: string): void {
  requestOf.set(event, changeRequestId);
}

export const changeRequestOf = (event: AuditEvent | undefined): string | undefined => (event ? requestOf.get(event) : undefined);
