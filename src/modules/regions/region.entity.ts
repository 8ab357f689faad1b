import { Entity, Enum, Opt, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

export enum RegionKind {
  REGION = 'REGION',
  CITY = 'CITY',
}

/** An oblast or a city of republican significance. Reference data loaded by the seeder. */
@Entity()
export class Region {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  nameKk!: string;

  @Property({ type: 'string', length: 100 })
  nameRu!: string;

  @Property({ type: 'string', length: 100 })
  nameEn!: string;

  @Enum({ items: () => RegionKind, type: 'string' })
  kind!: RegionKind;

  /** Codes of bordering regions: matching ranks a neighbouring region above a distant one. */
  @Property({ type: 'text[]' })
  neighbours: Opt<string[]> = [];
}
