import { addYears, fullYearsBetween } from '../src/shared/dates.js';
import { PlacementForm } from '../src/shared/enums.js';
import { AssessmentStatus } from '../src/modules/families/family.enums.js';
import { groupBy } from './group-by.js';
import type { ApplicantRow, ChildRow, FamilyRow } from './population.types.js';

/** A family as the placement generator sees it while it matches children. */
export interface FamilyInfo {
  row: FamilyRow;
  appliedOn: string;
  youngestBirth: string;
  eldestBirth: string;
  /** Approved now or before: may hold placements, current or past. */
  hosts: boolean;
  /** Approval in force and accepting: may receive new proposals. */
  open: boolean;
  proposed: number;
}

/** Families by region, with what matching needs to know about their applicants. */
export function familyPools(families: FamilyRow[], applicants: ApplicantRow[], today: string): Map<string, FamilyInfo[]> {
  const members = groupBy(applicants, (applicant) => applicant.family);
  const infos = families.map((row): FamilyInfo => {
    const dates = members.get(row.id)!.map((applicant) => applicant.birthDate).sort();
    const status = row.decidedStatus;
    return {
      row,
      appliedOn: row.createdAt.toISOString().slice(0, 10),
      eldestBirth: dates[0]!,
      youngestBirth: dates[dates.length - 1]!,
      hosts: status === AssessmentStatus.APPROVED || status === AssessmentStatus.EXPIRED || status === AssessmentStatus.SUSPENDED,
      open: status === AssessmentStatus.APPROVED && row.acceptingPlacements && row.approvalExpiresAt! > today,
      proposed: 0,
    };
  });
  return groupBy(infos, (info) => info.row.region);
}

/** Places not yet taken or promised to a child in a proposal under way. */
export function free(family: FamilyInfo): number {
  return family.row.capacity - family.proposed;
}

/** Whether the family may take the child, `age` years old, in that form. */
export function formFits(form: PlacementForm, age: number, child: ChildRow, family: FamilyInfo): boolean {
  if (form === PlacementForm.GUARDIANSHIP) return age < 14; // G-AGE
  if (form === PlacementForm.CUSTODY) return age >= 14;
  if (form === PlacementForm.ADOPTION) return addYears(family.youngestBirth, 16) <= child.birthDate; // A-AGE
  return true;
}

/** The family's stated preferences: age, sex, special needs, siblings. */
export function welcomes(family: FamilyInfo, unit: ChildRow[], today: string): boolean {
  const preferences = family.row.preferences;
  if (unit.length > 1 && !preferences.acceptsSiblings) return false;
  return unit.every((child) => {
    const age = fullYearsBetween(child.birthDate, today);
    return age >= preferences.childAgeMin && age <= preferences.childAgeMax &&
      (!preferences.childSex || preferences.childSex === child.sex) &&
      child.specialNeeds.every((need) => preferences.specialNeedsAccepted.includes(need));
  });
}
