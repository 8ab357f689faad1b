import { Check, Collection, Embedded, Entity, Enum, Formula, Index, ManyToOne, OneToMany, Opt, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '../../db/base.entity.js';
import { EncryptedJson, EncryptedText } from '../../db/encrypted-text.type.js';
import { SQL_TODAY } from '../../shared/dates.js';
import { PlacementForm } from '../../shared/enums.js';
import { District } from '../regions/district.entity.js';
import { Region } from '../regions/region.entity.js';
import { User } from '../identity/user.entity.js';
import { FamilyPreferences, Housing, type HouseholdMember } from './family.embeddables.js';
import { AssessmentStatus } from './family.enums.js';
import { FamilyApplicant } from './family-applicant.entity.js';
import { assessmentStatusSql } from './family.status.js';
import { FamilyKinship } from './family-kinship.entity.js';

/** A candidate household, assessed for one or more forms of placement. */
@Entity()
@Index({ properties: ['region', 'decidedStatus'] })
// A region's page of families, in id order.
@Index({ properties: ['region', 'id'] })
@Index({ properties: ['assignedWorker', 'id'] })
@Check({ name: 'family_capacity_check', expression: 'capacity >= 0 and children_in_household >= 0 and monthly_income >= 0' })
@Index({ name: 'family_search_name_trgm', expression: 'create index "family_search_name_trgm" on "family" using gin ("search_name" gin_trgm_ops)' })
export class Family extends VersionedEntity {
  @Enum({ items: () => PlacementForm, type: 'string', array: true })
  forms: Opt<PlacementForm[]> = [];

  @OneToMany(() => FamilyApplicant, (applicant) => applicant.family, { orderBy: { position: 'asc' } })
  applicants = new Collection<FamilyApplicant>(this);

  @ManyToOne(() => Region, { ref: true })
  region!: Ref<Region>;

  /** The district whose guardianship body assesses the family; null: kept at region level. */
  @ManyToOne(() => District, { ref: true, nullable: true, index: true })
  district?: Ref<District>;

  /** The worker who owns the case (the coordinator, for a mentor): the registrar, then whoever accepts a transfer; null: unassigned. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  assignedWorker?: Ref<User>;

  @Property({ type: 'string', length: 100 })
  settlement!: string;

  /** Search key of the applicants' names (src/shared/search-text.ts). */
  @Property({ type: 'text' })
  searchName!: string;

  /** Monthly household income in tenge. */
  @Property({ type: 'integer' })
  monthlyIncome!: number;

  @Embedded(() => Housing)
  housing!: Housing;

  /** The last assessment decision recorded. Read `assessmentStatus`: an approval past its re-check date stays APPROVED here. */
  @Enum({ items: () => AssessmentStatus, type: 'string', fieldName: 'assessment_status' })
  decidedStatus: AssessmentStatus & Opt = AssessmentStatus.APPLIED;

  /** The status as of today, computed by the database on every read: EXPIRED once the approval has lapsed. Selected under its own name, not the column's. */
  @Formula((table) => assessmentStatusSql(`${table}`, SQL_TODAY), { type: 'string', fieldName: 'assessment_status_today' })
  assessmentStatus!: AssessmentStatus & Opt;

  @Property({ type: 'date', nullable: true })
  approvedAt?: string;

  /** Since 2025 eligibility is re-checked every 12 months: the last day of the approval. */
  @Property({ type: 'date', nullable: true })
  approvalExpiresAt?: string;

  @Property({ type: 'date', nullable: true })
  trainingCertificateDate?: string;

  @Embedded(() => FamilyPreferences)
  preferences: FamilyPreferences & Opt = new FamilyPreferences();

  /** How many more children the household can take. */
  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'integer' })
  childrenInHousehold: number & Opt = 0;

  /** Everyone else who lives there, by name: sealed as one list. Null on records from before the field: none recorded. */
  @Property({ type: new EncryptedJson<HouseholdMember[]>(256), nullable: true })
  householdMembers?: HouseholdMember[];

  @OneToMany(() => FamilyKinship, (kinship) => kinship.family)
  kinships = new Collection<FamilyKinship>(this);

  @Property({ type: 'string', length: 32, nullable: true })
  contactPhone?: string;

  @Property({ type: 'string', length: 254, nullable: true })
  contactEmail?: string;

  /** Street, house and flat: free text, sealed. Region and settlement stay clear for matching (LOCATION). */
  @Property({ type: EncryptedText, nullable: true })
  address?: string;

  @Property({ type: 'boolean' })
  acceptingPlacements: boolean & Opt = true;

  /**
   * When the family last said that `acceptingPlacements` and `capacity` still hold: its
   * registration, `confirmMyAvailability`, or an accepted change of either. They lapse for matching
   * a set number of days on (AVAILABILITY-CURRENT).
   */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  availabilityConfirmedAt: Date & Opt = new Date();

  /** Free text written by the family, sealed. */
  @Property({ type: EncryptedText, nullable: true })
  availabilityNote?: string;
}
