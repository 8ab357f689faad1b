import { addDays, addYears } from '../src/shared/dates.js';
import { CheckResult, Citizenship, Language, PlacementForm, Sex } from '../src/shared/enums.js';
import { normalizeSearchText } from '../src/shared/search-text.js';
import { SpecialNeed } from '../src/modules/children/child.enums.js';
import { AssessmentStatus, BackgroundCheckKind, HousingKind, MaritalStatus } from '../src/modules/families/family.enums.js';
import { birthDateForAge, dateBetween, instantOn } from './calendar.js';
import { drawOrigin, drawTown, profileOf, REGION_WEIGHTS } from './geography.js';
import { drawName, drawSurname, type NameOrigin } from './names.js';
import { drawPhone, type SeedContext } from './people.js';
import type { Prng } from './prng.js';
import type { ApplicantRow, BackgroundCheckRow, FamilyRow } from './population.types.js';

const { ADOPTION, GUARDIANSHIP, CUSTODY, PATRONAGE, FOSTER_FAMILY, PROFESSIONAL_FOSTER_FAMILY, GUEST_FAMILY } = PlacementForm;

/** Guardianship and custody usually go together: the same carers keep a child past 14. */
const FORM_SETS: readonly (readonly [readonly PlacementForm[], number])[] = [
  [[GUARDIANSHIP, CUSTODY], 24],
  [[ADOPTION], 14],
  [[ADOPTION, GUARDIANSHIP], 10],
  [[ADOPTION, GUARDIANSHIP, CUSTODY], 6],
  [[GUARDIANSHIP], 6],
  [[CUSTODY], 3],
  [[PATRONAGE], 6],
  [[GUARDIANSHIP, CUSTODY, PATRONAGE], 6],
  [[FOSTER_FAMILY], 6],
  [[FOSTER_FAMILY, PATRONAGE], 4],
  [[PROFESSIONAL_FOSTER_FAMILY], 4],
  [[GUEST_FAMILY], 7],
  [[GUEST_FAMILY, GUARDIANSHIP], 4],
];

const STATUSES = [
  [AssessmentStatus.APPROVED, 52],
  [AssessmentStatus.IN_ASSESSMENT, 15],
  [AssessmentStatus.APPLIED, 9],
  [AssessmentStatus.EXPIRED, 10],
  [AssessmentStatus.REJECTED, 7],
  [AssessmentStatus.SUSPENDED, 7],
] as const;

/** The form of professional foster families exists since this date. */
export const PROFESSIONAL_FOSTER_SINCE = '2025-07-01';

const STREETS = ['ул. Абая', 'ул. Сейфуллина', 'ул. Жамбыла', 'ул. Достык', 'ул. Желтоқсан', 'ул. Бейбітшілік', 'ул. Мира', 'мкр. Самал'];
const FLAG_DETAIL = 'Демо-запись: требуется решение комиссии';

export function generateFamilies(ctx: SeedContext, count: number): { families: FamilyRow[]; applicants: ApplicantRow[] } {
  const rng = ctx.rng('families');
  const families: FamilyRow[] = [];
  const applicants: ApplicantRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const { family, members } = drawFamily(ctx, rng, index);
    families.push(family);
    applicants.push(...members);
  }
  return { families, applicants };
}

interface Timeline {
  status: AssessmentStatus;
  appliedOn: string;
  approvedAt?: string;
  trainingCertificateDate?: string;
}

function drawFamily(ctx: SeedContext, rng: Prng, index: number): { family: FamilyRow; members: ApplicantRow[] } {
  const region = rng.weighted(REGION_WEIGHTS);
  const origin = drawOrigin(rng, region);
  // Intercountry adoption: a few foreigners and RK citizens living abroad, adoption only (PRI-2).
  const abroad = rng.weighted([[null, 96], [Citizenship.FOREIGN, 3], [Citizenship.KAZAKHSTAN, 1]] as const);
  const forms: PlacementForm[] = abroad ? [ADOPTION] : [...rng.weighted(FORM_SETS)];
  let status = rng.weighted(STATUSES);
  // Professional foster families are too new for a lapsed 12-month approval.
  if (forms.includes(PROFESSIONAL_FOSTER_FAMILY) && status === AssessmentStatus.EXPIRED) status = AssessmentStatus.APPROVED;
  const timeline = drawTimeline(rng, ctx.today, status, forms);
  const createdAt = instantOn(rng, timeline.appliedOn);
  const id = rng.uuid(createdAt);
  const members = drawApplicants(ctx, rng, id, createdAt, origin, timeline, forms, abroad);
  const maxChildren = drawMaxChildren(rng, forms);
  const family: FamilyRow = {
    id,
    createdAt,
    updatedAt: timeline.approvedAt ? instantOn(rng, timeline.approvedAt) : createdAt,
    forms,
    region,
    settlement: drawTown(rng, region),
    searchName: normalizeSearchText(...members.flatMap((m) => [m.lastName, m.firstName, m.middleName])),
    monthlyIncome: drawIncome(rng, members.length, status),
    housing: drawHousing(rng),
    decidedStatus: status,
    ...(timeline.approvedAt ? { approvedAt: timeline.approvedAt, approvalExpiresAt: addYears(timeline.approvedAt, 1) } : {}),
    ...(timeline.trainingCertificateDate ? { trainingCertificateDate: timeline.trainingCertificateDate } : {}),
    preferences: {
      ...drawAgeRange(rng, forms),
      ...(rng.chance(0.35) ? { childSex: rng.weighted([[Sex.MALE, 40], [Sex.FEMALE, 60]]) } : {}),
      maxChildren,
      acceptsSiblings: maxChildren >= 4 || (maxChildren >= 2 && rng.chance(0.6)),
      specialNeedsAccepted: rng.chance(0.55) ? rng.sample(Object.values(SpecialNeed), rng.int(2, 6)) : [],
      languages: familyLanguages(rng, origin, region),
    },
    // The placement generator lowers capacity and raises childrenInHousehold as it places children.
    capacity: maxChildren,
    childrenInHousehold: rng.weighted([[0, 40], [1, 25], [2, 20], [3, 15]]),
    ...(rng.chance(0.95) ? { contactPhone: drawPhone(rng) } : {}),
    ...(rng.chance(0.6) ? { contactEmail: `family${index + 1}@example.kz` } : {}),
    ...(rng.chance(0.7) ? { address: `${rng.pick(STREETS)}, д. ${rng.int(1, 180)}, кв. ${rng.int(1, 120)}` } : {}),
    acceptingPlacements: true,
  };
  if (status === AssessmentStatus.APPROVED && rng.chance(0.05)) {
    family.acceptingPlacements = false;
    family.availabilityNote = 'Демо-запись: временно не принимает';
  }
  return { family, members };
}

function drawTimeline(rng: Prng, today: string, status: AssessmentStatus, forms: PlacementForm[]): Timeline {
  const since = (days: number) => addDays(today, -days);
  switch (status) {
    case AssessmentStatus.APPLIED:
      return { status, appliedOn: dateBetween(rng, since(60), today), ...training(rng, 0.2, since(400), since(60)) };
    case AssessmentStatus.IN_ASSESSMENT:
    case AssessmentStatus.REJECTED: {
      const appliedOn = status === AssessmentStatus.REJECTED ? dateBetween(rng, since(730), since(60)) : dateBetween(rng, since(240), since(20));
      return { status, appliedOn, ...training(rng, status === AssessmentStatus.REJECTED ? 0.5 : 0.6, appliedOn, today) };
    }
    default: {
      const approvedAt = drawApprovalDate(rng, today, status, forms);
      // First application up to six years earlier: annual re-approval keeps approvedAt recent.
      const earliest = forms.includes(PROFESSIONAL_FOSTER_FAMILY) ? PROFESSIONAL_FOSTER_SINCE : addYears(approvedAt, -6);
      const appliedOn = dateBetween(rng, earliest, addDays(approvedAt, -45));
      return { status, appliedOn, approvedAt, trainingCertificateDate: dateBetween(rng, appliedOn, addDays(approvedAt, -7)) };
    }
  }
}

function drawApprovalDate(rng: Prng, today: string, status: AssessmentStatus, forms: PlacementForm[]): string {
  const floor = forms.includes(PROFESSIONAL_FOSTER_FAMILY) ? addDays(PROFESSIONAL_FOSTER_SINCE, 60) : '2000-01-01';
  const clamp = (date: string) => (date < floor ? floor : date);
  if (status === AssessmentStatus.EXPIRED) return dateBetween(rng, addYears(today, -3), addDays(addYears(today, -1), -1));
  if (status === AssessmentStatus.SUSPENDED) return clamp(dateBetween(rng, addDays(today, -360), addDays(today, -30)));
  // One approval in twenty has lapsed without anyone updating the status: matching must notice.
  if (rng.chance(0.05)) return clamp(dateBetween(rng, addDays(addYears(today, -1), -60), addDays(addYears(today, -1), -1)));
  return clamp(dateBetween(rng, addDays(addYears(today, -1), 1), addDays(today, -1)));
}

function training(rng: Prng, probability: number, from: string, to: string): { trainingCertificateDate?: string } {
  return rng.chance(probability) ? { trainingCertificateDate: dateBetween(rng, from, to) } : {};
}

function drawApplicants(
  ctx: SeedContext,
  rng: Prng,
  familyId: string,
  createdAt: Date,
  origin: NameOrigin,
  timeline: Timeline,
  forms: PlacementForm[],
  abroad: Citizenship | null,
): ApplicantRow[] {
  // P-CARER: professional foster carers are 30–63; everyone else 25–65.
  const [minAge, maxAge] = forms.includes(PROFESSIONAL_FOSTER_FAMILY) ? [30, 63] : [25, 65];
  const couple = rng.chance(0.65);
  const first = couple ? Sex.MALE : rng.weighted([[Sex.FEMALE, 75], [Sex.MALE, 25]]);
  const firstAge = rng.int(couple ? minAge + 2 : minAge, maxAge);
  const people = [{ sex: first, age: firstAge }];
  if (couple) people.push({ sex: Sex.FEMALE, age: Math.min(maxAge, Math.max(minAge, firstAge + rng.int(-8, 3))) });
  const surname = drawSurname(rng, origin);
  const maritalStatus = couple ? MaritalStatus.MARRIED : rng.weighted([[MaritalStatus.SINGLE, 35], [MaritalStatus.DIVORCED, 40], [MaritalStatus.WIDOWED, 25]]);
  // A flagged check is what got REJECTED and SUSPENDED families there (most of the time).
  const flagged = (timeline.status === AssessmentStatus.REJECTED && rng.chance(0.7)) || timeline.status === AssessmentStatus.SUSPENDED
    ? rng.int(0, people.length - 1)
    : -1;
  return people.map(({ sex, age }, position) => {
    const birthDate = birthDateForAge(rng, age, ctx.today);
    // Most wives take the husband's surname; the rest keep their own.
    const name = drawName(rng, origin, sex, position === 1 && rng.chance(0.25) ? {} : { surname });
    return {
      id: rng.uuid(createdAt),
      createdAt,
      updatedAt: createdAt,
      family: familyId,
      position: position + 1,
      iin: ctx.iins.issue(rng, birthDate, sex),
      ...name,
      birthDate,
      sex,
      citizenship: abroad ?? Citizenship.KAZAKHSTAN,
      residesInKazakhstan: abroad === null,
      maritalStatus,
      checks: drawChecks(rng, timeline, position === flagged),
    };
  });
}

function drawChecks(rng: Prng, timeline: Timeline, flagged: boolean): BackgroundCheckRow[] {
  const { status, appliedOn, approvedAt } = timeline;
  if (status === AssessmentStatus.APPLIED && rng.chance(0.5)) return [];
  const kinds = Object.values(BackgroundCheckKind);
  const flaggedKind = flagged ? rng.pick(kinds) : null;
  return kinds.map((kind): BackgroundCheckRow => {
    const checkedAt = approvedAt ? dateBetween(rng, addDays(approvedAt, -60), addDays(approvedAt, -1)) : dateBetween(rng, appliedOn, addDays(appliedOn, 30));
    if (kind === flaggedKind) return { kind, result: CheckResult.FLAGGED, checkedAt, detail: FLAG_DETAIL };
    const result = status === AssessmentStatus.APPLIED
      ? CheckResult.PENDING
      : status === AssessmentStatus.IN_ASSESSMENT
        ? rng.weighted([[CheckResult.CLEAR, 70], [CheckResult.PENDING, 28], [CheckResult.FLAGGED, 2]])
        : CheckResult.CLEAR;
    return { kind, result, checkedAt, ...(result === CheckResult.FLAGGED ? { detail: FLAG_DETAIL } : {}) };
  });
}

function drawMaxChildren(rng: Prng, forms: PlacementForm[]): number {
  if (forms.includes(FOSTER_FAMILY)) return rng.int(4, 10); // F-COUNT
  if (forms.includes(PROFESSIONAL_FOSTER_FAMILY)) return rng.int(2, 4); // P-CAP
  return rng.weighted([[1, 25], [2, 35], [3, 28], [4, 12]]);
}

function drawAgeRange(rng: Prng, forms: PlacementForm[]): { childAgeMin: number; childAgeMax: number } {
  if (forms.length === 1 && forms[0] === CUSTODY) return { childAgeMin: 14, childAgeMax: 17 };
  if (forms.length === 1 && forms[0] === ADOPTION) return { childAgeMin: 0, childAgeMax: rng.pick([3, 5, 7, 10, 17]) };
  if (forms.includes(GUEST_FAMILY)) return { childAgeMin: rng.pick([3, 5, 7]), childAgeMax: 17 };
  return rng.chance(0.7) ? { childAgeMin: 0, childAgeMax: 17 } : { childAgeMin: rng.pick([0, 2, 5]), childAgeMax: rng.pick([10, 12, 14, 17]) };
}

function drawIncome(rng: Prng, adults: number, status: AssessmentStatus): number {
  // D9: some rejected households earn less than the subsistence minimum per child.
  if (status === AssessmentStatus.REJECTED && rng.chance(0.3)) return rng.int(40, 90) * 1000;
  const base = adults === 2 ? rng.int(250, 900) : rng.int(130, 500);
  return (rng.chance(0.1) ? base * 2 : base) * 1000;
}

function drawHousing(rng: Prng): FamilyRow['housing'] {
  const kind = rng.weighted([
    [HousingKind.OWNED_APARTMENT, 40],
    [HousingKind.OWNED_HOUSE, 30],
    [HousingKind.RENTED, 15],
    [HousingKind.RELATIVES, 8],
    [HousingKind.SOCIAL_HOUSING, 7],
  ]);
  const rooms = kind === HousingKind.OWNED_HOUSE ? rng.int(3, 7) : rng.int(1, 4);
  return { kind, rooms, areaSqm: rooms * rng.int(14, 24) + rng.int(10, 30) };
}

function familyLanguages(rng: Prng, origin: NameOrigin, region: string): Language[] {
  const languages = origin === 'KAZAKH' ? [Language.KAZAKH] : [Language.RUSSIAN];
  if (rng.chance(0.6)) languages.push(origin === 'KAZAKH' ? Language.RUSSIAN : Language.KAZAKH);
  const extra = profileOf(region).extraLanguage;
  if (extra && rng.chance(0.15)) languages.push(extra);
  return languages;
}
