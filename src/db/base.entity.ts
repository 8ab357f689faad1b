import { Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { uuidv7 } from '../shared/uuid.js';

export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** Records edited by people carry a version: a stale edit fails instead of overwriting. */
export abstract class VersionedEntity extends BaseEntity {
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
