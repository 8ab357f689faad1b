import type { FieldChange, HistoryKind, RecordChange } from './record-change.entity.js';

/** A change as one caller may read it: only the fields it may read on the record, and the record it tells of, for the guard. */
export class HistoryEntry {
  constructor(
    readonly subject: object,
    private readonly change: RecordChange,
    readonly changes: FieldChange[],
    readonly reason: string | null,
  ) {}

  get id() { return this.change.id; }
  get at() { return this.change.at; }
  get recordKind(): HistoryKind { return this.change.entityName; }
  get recordId() { return this.change.entityId; }
  get actorId() { return this.change.actorId; }
  get actorRole() { return this.change.actorRole; }
  get action() { return this.change.action; }
  get version() { return this.change.version; }
  get changeRequestId() { return this.change.changeRequestId; }
}
