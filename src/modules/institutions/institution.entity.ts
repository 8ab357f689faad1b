import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { District } from '../regions/district.entity.js';
import { Region } from '../regions/region.entity.js';

/**
 * Kinds of organisations that bring up children without parental care (terms: Russian / Kazakh).
 */
export enum InstitutionKind {
  /** Детский дом / балалар үйі. */
  CHILDRENS_HOME = 'CHILDRENS_HOME',
  /** Дом ребёнка / сәби үйі: infants up to 3 (health ministry). */
  INFANT_HOME = 'INFANT_HOME',
  /** Центр поддержки семьи / отбасыны қолдау орталығы (the reformed children's homes since 2022). */
  FAMILY_SUPPORT_CENTRE = 'FAMILY_SUPPORT_CENTRE',
  /** Детская деревня семейного типа / отбасылық үлгідегі балалар ауылы. */
  CHILDRENS_VILLAGE = 'CHILDRENS_VILLAGE',
  /** Школа-интернат для детей-сирот / жетім балаларға арналған мектеп-интернат. */
  BOARDING_SCHOOL = 'BOARDING_SCHOOL',
  /** Центр оказания специальных социальных услуг (детский дом-интернат) / арнаулы әлеуметтік қызметтер көрсету орталығы. */
  SPECIAL_SOCIAL_SERVICES_CENTRE = 'SPECIAL_SOCIAL_SERVICES_CENTRE',
  /** Дом юношества / жасөспірімдер үйі: care leavers. */
  YOUTH_HOUSE = 'YOUTH_HOUSE',
}

/**
 * An organisation where children of the data bank live. A public body: its name, settlement and
 * address are published, nothing here is personal data, so every staff member may read the registry.
 */
@Entity()
@Index({ properties: ['region', 'kind'] })
@Check({ name: 'institution_capacity_check', expression: 'capacity > 0' })
export class Institution extends VersionedEntity {
  @Property({ type: 'string', length: 300 })
  name!: string;

  /** Lower-cased name, for search. */
  @Property({ type: 'text' })
  searchName!: string;

  @Enum({ items: () => InstitutionKind, type: 'string' })
  kind!: InstitutionKind;

  @ManyToOne(() => Region, { ref: true })
  region!: Ref<Region>;

  /** Null: of regional subordination, run by the region and not by one district. */
  @ManyToOne(() => District, { ref: true, nullable: true })
  district?: Ref<District>;

  @Property({ type: 'string', length: 100 })
  settlement!: string;

  /** The organisation's published address (not a person's). */
  @Property({ type: 'string', length: 300 })
  address!: string;

  /** Places for children. */
  @Property({ type: 'integer' })
  capacity!: number;
}
