import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Region } from './region.entity.js';

/**
 * The level of a district's guardianship body: an ауданның білім бөлімі (районный отдел
 * образования) of an oblast, the department of a town of regional significance, or a қала
 * ауданы (район города) of a city of republican significance.
 */
export enum DistrictKind {
  /** Аудан / район of an oblast. */
  DISTRICT = 'DISTRICT',
  /** Облыстық маңызы бар қала / город областного значения: a town with its own guardianship body. */
  TOWN = 'TOWN',
  /** Қала ауданы / район города: a district of Astana, Almaty or Shymkent. */
  CITY_DISTRICT = 'CITY_DISTRICT',
}

/** A district of a region, where a guardianship body works. Reference data loaded by the seeder. */
@Entity()
export class District {
  [PrimaryKeyProp]?: 'code';

  /** `<REGION>-<NAME>`, unique across the country, so a code alone names its region too. */
  @PrimaryKey({ type: 'string', length: 64 })
  code!: string;

  @ManyToOne(() => Region, { ref: true })
  region!: Ref<Region>;

  @Property({ type: 'string', length: 100 })
  nameKk!: string;

  @Property({ type: 'string', length: 100 })
  nameRu!: string;

  @Property({ type: 'string', length: 100 })
  nameEn!: string;

  @Enum({ items: () => DistrictKind, type: 'string' })
  kind!: DistrictKind;
}
