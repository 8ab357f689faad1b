import { Embeddable, Enum, Opt, Property } from '@mikro-orm/core';
import { CheckResult, Language, Sex } from '../../shared/enums.js';
import { SpecialNeed } from '../children/child.enums.js';
import { BackgroundCheckKind, HouseholdRelation, HousingKind } from './family.enums.js';

/** A person who lives in the household and is not an applicant; kept sealed in one list with the others. */
export interface HouseholdMember {
  fullName: string;
  relation: HouseholdRelation;
  birthYear: number;
}

@Embeddable()
export class Housing {
  @Enum({ items: () => HousingKind, type: 'string' })
  kind!: HousingKind;

  @Property({ type: 'integer' })
  areaSqm!: number;

  @Property({ type: 'integer' })
  rooms!: number;
}

/** What the family asked for; matching respects it. */
@Embeddable()
export class FamilyPreferences {
  @Property({ type: 'integer' })
  childAgeMin: number & Opt = 0;

  @Property({ type: 'integer' })
  childAgeMax: number & Opt = 17;

  /** Null: either sex. */
  @Enum({ items: () => Sex, type: 'string', nullable: true })
  childSex?: Sex;

  @Property({ type: 'integer' })
  maxChildren: number & Opt = 1;

  @Property({ type: 'boolean' })
  acceptsSiblings: boolean & Opt = false;

  @Enum({ items: () => SpecialNeed, type: 'string', array: true })
  specialNeedsAccepted: Opt<SpecialNeed[]> = [];

  @Enum({ items: () => Language, type: 'string', array: true })
  languages: Opt<Language[]> = [];
}

/** One background check of an applicant, kept in `family_applicant.checks` (sealed as a whole). */
export interface BackgroundCheck {
  kind: BackgroundCheckKind;
  result: CheckResult;
  checkedAt: string;
  /** Free text from the issuing body: sensitive, never logged. */
  detail?: string;
}
