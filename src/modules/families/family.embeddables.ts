import { Embeddable, Enum, Opt, Property } from '@mikro-orm/core';
import { CheckResult, Language, Sex } from '../../shared/enums.js';
import { SpecialNeed } from '../children/child.enums.js';
import { BackgroundCheckKind, HousingKind } from './family.enums.js';

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

@Embeddable()
export class BackgroundCheck {
  @Enum({ items: () => BackgroundCheckKind, type: 'string' })
  kind!: BackgroundCheckKind;

  @Enum({ items: () => CheckResult, type: 'string' })
  result!: CheckResult;

  @Property({ type: 'date' })
  checkedAt!: string;

  /** Free text from the issuing body: sensitive, never logged. Held sealed, in memory too: see check-detail.ts. */
  @Property({ type: 'text', nullable: true })
  detail?: string;
}
