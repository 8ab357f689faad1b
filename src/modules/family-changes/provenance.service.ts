import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { Family } from '../families/family.entity.js';
import { RecordChange } from '../history/record-change.entity.js';
import { FamilyChangeRequest } from './family-change-request.entity.js';
import { fieldProvenance, type Provenance } from './provenance.rules.js';

/**
 * The provenance of every field of each family, from what the record history already keeps (no
 * second write path): its changes, the registration's audit event, and the change requests the
 * changes applied. Three queries per batch of families, however many ask.
 */
export function provenanceLoader(em: EntityManager) {
  return new DataLoader<Family, Provenance[], string>(
    async (families) => {
      const ids = families.map((family) => family.id);
      const [changes, registrations] = await Promise.all([
        em.find(RecordChange, { entityName: 'Family', entityId: { $in: ids } }, { orderBy: { id: 'desc' } }),
        em.find(AuditEvent, { entityName: 'Family', entityId: { $in: ids }, action: 'family.register' }),
      ]);
      const requestIds = [...new Set(changes.flatMap((change) => (change.changeRequestId ? [change.changeRequestId] : [])))];
      const requests = requestIds.length ? await em.find(FamilyChangeRequest, { id: { $in: requestIds } }) : [];
      const submitters = new Map(requests.map((request) => [request.id, request.submittedBy]));
      return families.map((family) => {
        const registered = registrations.find((event) => event.entityId === family.id);
        const kept = changes
          .filter((change) => change.entityId === family.id)
          .map(({ at, actorId, actorRole, action, changeRequestId, changes: fields }) => ({ at, actorId, actorRole, action, changeRequestId, fields: fields.map((each) => each.field) }));
        return fieldProvenance({ at: family.createdAt, actorId: registered?.actorId, actorRole: registered?.actorRole, action: registered?.action }, kept, submitters);
      });
    },
    { cacheKeyFn: (family) => family.id },
  );
}
