import { ChangeSetType, type ChangeSet, type EntityMetadata, type EntityProperty, type EventSubscriber, type FlushEventArgs, type Platform } from '@mikro-orm/core';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { changeRequestOf } from './change-origin.js';
import { HISTORY_KINDS, RecordChange, type FieldChange, type HistoryKind } from './record-change.entity.js';

/** Kept by the database, derived from other fields, or only for search: no fact of the record. */
const NOT_HISTORY = new Set(['version', 'createdAt', 'updatedAt', 'searchName']);

const isHistoryKind = (name: string): name is HistoryKind => (HISTORY_KINDS as readonly string[]).includes(name);

/** A value as the entity holds it, from its form in a change set (a sealed column opened, a date as text). */
function plainValue(prop: EntityProperty, value: unknown, platform: Platform): unknown {
  if (value == null) return null;
  return prop.customType ? prop.customType.convertToJSValue(value, platform) : value;
}

/** The property a change-set key names: a column of the entity, or one of an embedded value (`housing_rooms`). */
function propertyOf(meta: EntityMetadata, key: string): EntityProperty | undefined {
  return meta.properties[key] ?? meta.props.find((prop) => prop.fieldNames?.includes(key));
}

/** The field a property is known by in the API: an embedded value's field under its owner (`housing.rooms`). */
function fieldNameOf(prop: EntityProperty): string {
  return prop.embedded ? prop.embedded.join('.') : prop.name;
}

function fieldChanges(changeSet: ChangeSet<object>, platform: Platform): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [key, value] of Object.entries(changeSet.payload)) {
    const prop = propertyOf(changeSet.meta, key);
    // A keyed hash (hydrate: false) follows its sealed column; the column's own change says it all.
    if (!prop || NOT_HISTORY.has(prop.name) || prop.hydrate === false || prop.formula) continue;
    const old = plainValue(prop, (changeSet.originalEntity as Record<string, unknown> | undefined)?.[key], platform);
    changes.push({ field: fieldNameOf(prop), old, new: plainValue(prop, value, platform) });
  }
  return changes;
}

/**
 * Keeps the previous values of every change of a child, family, applicant, mentor, placement or
 * mentorship: on each flush, one `RecordChange` per changed record of those kinds, written by the
 * same flush and so in the same transaction as the change (a mutation's `em.transactional`, or
 * the flush's own). Who and why come from the audit event the mutation queued for the record in
 * that flush (every mutation audits its changes in its transaction); a change made outside a
 * request has none and is kept without an actor.
 */
export class RecordHistory implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    const changeSets = uow.getChangeSets();
    const audits = changeSets.filter((changeSet) => changeSet.type === ChangeSetType.CREATE && changeSet.entity instanceof AuditEvent).map((changeSet) => changeSet.entity as AuditEvent);
    const platform = em.getPlatform();
    for (const changeSet of changeSets) {
      const kind = changeSet.meta.className;
      if (changeSet.type !== ChangeSetType.UPDATE || !isHistoryKind(kind)) continue;
      const changes = fieldChanges(changeSet, platform);
      if (changes.length === 0) continue;
      const id = String(changeSet.getPrimaryKey());
      const own = audits.find((event) => event.entityName === kind && event.entityId === id);
      // Without an event of its own, the actor of the flush's other events: one request, one actor.
      const actor = own ?? audits[0];
      const change = em.create(RecordChange, {
        entityName: kind,
        entityId: id,
        at: own?.at ?? new Date(),
        actorId: actor?.actorId,
        actorRole: actor?.actorRole,
        auditEventId: own?.id,
        action: own?.action,
        // The update sets `version = version + 1` where it is still the one read: the version it makes.
        version: changeSet.meta.versionProperty ? Number((changeSet.entity as Record<string, unknown>)[changeSet.meta.versionProperty]) + 1 : undefined,
        changeRequestId: changeRequestOf(own),
        changes,
      });
      uow.computeChangeSet(change);
    }
  }
}
