import { addDays, addYears } from '../src/shared/dates.js';
import { Language, Sex } from '../src/shared/enums.js';
import { normalizeSearchText } from '../src/shared/search-text.js';
import { ChildStatus, DataBankExitReason, HealthGroup, LegalStatus, SpecialNeed } from '../src/modules/children/child.enums.js';
import { birthDateForAge, dateBetween, daysBetween, instantOn } from './calendar.js';
import { drawOrigin, profileOf, REGION_WEIGHTS } from './geography.js';
import { drawName, drawPatronymic, drawSurname, type Gendered, type NameOrigin } from './names.js';
import { drawSex, type SeedContext } from './people.js';
import type { Prng } from './prng.js';
import type { ChildRow, SiblingGroupRow } from './population.types.js';

/** Older children wait longer, so the data bank holds more of them than infants. */
const AGE_WEIGHTS = [2, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 7, 7, 7, 7, 6, 5].map((weight, age) => [age, weight] as const);

/**
 * The status each child is meant to end up in; the placement generator downgrades a child to
 * waiting when no suitable family exists, so about two thirds end up in families (82% nationally).
 */
const GOALS = [
  [ChildStatus.IN_FAMILY_PLACEMENT, 56],
  [ChildStatus.ADOPTED, 12],
  [ChildStatus.IN_INSTITUTION, 14],
  [ChildStatus.AWAITING_PLACEMENT, 10],
  [ChildStatus.LEFT_DATA_BANK, 8],
] as const;

const EXIT_REASONS = [
  [DataBankExitReason.RETURNED_TO_PARENTS, 50],
  [DataBankExitReason.REACHED_MAJORITY, 36],
  [DataBankExitReason.OTHER, 8],
  [DataBankExitReason.DECLARED_MISSING_OR_DEAD, 4],
  [DataBankExitReason.DIED, 2],
] as const;

const LEGAL_STATUSES = [
  [LegalStatus.PARENTS_DEPRIVED_OF_RIGHTS, 45],
  [LegalStatus.LEFT_WITHOUT_PARENTAL_CARE, 15],
  [LegalStatus.ORPHAN, 10],
  [LegalStatus.PARENTS_LIMITED_IN_RIGHTS, 8],
  [LegalStatus.ABANDONED, 7],
  [LegalStatus.PARENTS_SERVING_SENTENCE, 6],
  [LegalStatus.PARENTS_MISSING, 5],
  [LegalStatus.PARENTS_INCAPACITATED, 4],
] as const;

const SPECIAL_NEEDS = [
  [SpecialNeed.DEVELOPMENTAL_DELAY, 25],
  [SpecialNeed.CHRONIC_ILLNESS, 20],
  [SpecialNeed.INTELLECTUAL_DISABILITY, 15],
  [SpecialNeed.PHYSICAL_DISABILITY, 12],
  [SpecialNeed.BEHAVIOURAL, 10],
  [SpecialNeed.AUTISM_SPECTRUM, 6],
  [SpecialNeed.VISUAL_IMPAIRMENT, 5],
  [SpecialNeed.HEARING_IMPAIRMENT, 4],
  [SpecialNeed.HIV, 3],
] as const;

// Deliberately generic and marked as demo text: notes are free text and must not read like a real file.
const HEALTH_NOTES = ['Демо-запись: плановое наблюдение', 'Демо-запись: курс реабилитации', 'Демо-запись: занятия с логопедом'];
const CASE_NOTES = ['Демо-запись: документы собраны', 'Демо-запись: ожидается заключение комиссии', 'Демо-запись: назначена встреча'];

/** What brothers and sisters have in common. */
interface Kin {
  region: string;
  origin: NameOrigin;
  surname: Gendered;
  patronymic: Gendered;
  legalStatus: LegalStatus;
  goal: ChildStatus;
  registeredAt?: string;
  exit?: { reason: DataBankExitReason; at: string };
}

export function generateChildren(ctx: SeedContext, count: number): { children: ChildRow[]; siblingGroups: SiblingGroupRow[] } {
  const rng = ctx.rng('children');
  const children: ChildRow[] = [];
  const siblingGroups: SiblingGroupRow[] = [];
  // About 15% of children belong to a sibling group of 2–4.
  let siblingsLeft = Math.round(count * 0.15);
  while (siblingsLeft >= 2) {
    const size = Math.min(siblingsLeft, rng.weighted([[2, 60], [3, 28], [4, 12]]));
    const group = drawSiblings(ctx, rng, size);
    const createdAt = group[0]!.createdAt;
    const groupId = rng.uuid(createdAt);
    siblingGroups.push({ id: groupId, createdAt, updatedAt: createdAt });
    for (const child of group) children.push({ ...child, siblingGroup: groupId });
    siblingsLeft -= group.length;
  }
  while (children.length < count) children.push(drawSingle(ctx, rng));
  return { children, siblingGroups };
}

function drawKin(rng: Prng): Kin {
  const region = rng.weighted(REGION_WEIGHTS);
  const origin = drawOrigin(rng, region);
  return {
    region,
    origin,
    surname: drawSurname(rng, origin),
    patronymic: drawPatronymic(rng, origin),
    legalStatus: rng.weighted(LEGAL_STATUSES),
    goal: rng.weighted(GOALS),
  };
}

function drawSingle(ctx: SeedContext, rng: Prng): ChildRow {
  const kin = drawKin(rng);
  const { today } = ctx;
  if (kin.goal !== ChildStatus.LEFT_DATA_BANK) {
    const birthDate = bornBefore(birthDateForAge(rng, rng.weighted(AGE_WEIGHTS), today), today);
    return drawChild(ctx, rng, kin, birthDate, drawSex(rng));
  }
  const reason = rng.weighted(EXIT_REASONS);
  if (reason === DataBankExitReason.REACHED_MAJORITY) {
    // Left on the 18th birthday, within the last two years: such records are now 18 or 19.
    const birthDate = birthDateForAge(rng, rng.int(18, 19), today);
    const exitedAt = addYears(birthDate, 18);
    const registeredAt = dateBetween(rng, addDays(birthDate, 1), addDays(exitedAt, -60));
    return drawChild(ctx, rng, { ...kin, registeredAt, exit: { reason, at: exitedAt } }, birthDate, drawSex(rng));
  }
  const birthDate = birthDateForAge(rng, rng.int(1, 17), today);
  const registeredAt = dateBetween(rng, addDays(birthDate, 1), addDays(today, -60));
  const exitedAt = dateBetween(rng, addDays(registeredAt, 30), today);
  return drawChild(ctx, rng, { ...kin, registeredAt, exit: { reason, at: exitedAt } }, birthDate, drawSex(rng));
}

/** Children of the same parents: same region, surname and patronymic, registered together, 10+ months apart. */
function drawSiblings(ctx: SeedContext, rng: Prng, size: number): ChildRow[] {
  const { today } = ctx;
  const kin = drawKin(rng);
  // A whole family is seldom "reaching majority" at once; a sibling group leaves by returning home.
  const leaves = kin.goal === ChildStatus.LEFT_DATA_BANK;
  const eldest = birthDateForAge(rng, rng.int(2 * size - 1, 17), today);
  const births = [eldest];
  const maxGap = Math.min(2000, Math.floor((daysBetween(eldest, today) - 60) / (size - 1)));
  while (births.length < size) births.push(addDays(births[births.length - 1]!, rng.int(300, maxGap)));
  const youngest = births[size - 1]!;
  const registeredAt = dateBetween(rng, addDays(youngest, 1), addDays(today, leaves ? -60 : -1));
  const exit = leaves
    ? { reason: DataBankExitReason.RETURNED_TO_PARENTS, at: dateBetween(rng, addDays(registeredAt, 30), today) }
    : undefined;
  return births.map((birthDate) => drawChild(ctx, rng, { ...kin, registeredAt, exit }, birthDate, drawSex(rng)));
}

function drawChild(ctx: SeedContext, rng: Prng, kin: Kin, birthDate: string, sex: Sex): ChildRow {
  const registeredAt = kin.registeredAt ?? dateBetween(rng, addDays(birthDate, 1), ctx.today);
  const name = drawName(rng, kin.origin, sex, {
    surname: kin.surname,
    patronymic: kin.patronymic,
    // Foundlings often have no recorded father.
    withoutPatronymic: kin.legalStatus === LegalStatus.ABANDONED ? 0.5 : 0.05,
  });
  const specialNeeds = rng.chance(0.2) ? drawSpecialNeeds(rng) : [];
  const createdAt = instantOn(rng, registeredAt);
  return {
    id: rng.uuid(createdAt),
    createdAt,
    updatedAt: kin.exit ? instantOn(rng, kin.exit.at) : createdAt,
    iin: ctx.iins.issue(rng, birthDate, sex),
    ...name,
    searchName: normalizeSearchText(name.lastName, name.firstName, name.middleName),
    birthDate,
    sex,
    region: kin.region,
    legalStatus: kin.legalStatus,
    registeredAt,
    // Identified and entered in the data bank the day the case was opened.
    identifiedAt: createdAt,
    dataBankRegisteredAt: createdAt,
    healthGroup: drawHealthGroup(rng, specialNeeds.length > 0),
    specialNeeds,
    ...(specialNeeds.length > 0 && rng.chance(0.4) ? { healthNotes: rng.pick(HEALTH_NOTES) } : {}),
    languages: drawLanguages(rng, kin, birthDate, specialNeeds, ctx.today),
    status: kin.goal,
    ...(kin.exit ? { exitReason: kin.exit.reason, exitedAt: kin.exit.at } : {}),
    ...(rng.chance(0.15) ? { caseNotes: rng.pick(CASE_NOTES) } : {}),
  };
}

/** A child born today could not have been registered yet; nudge the birth one day back. */
function bornBefore(birthDate: string, today: string): string {
  return birthDate < today ? birthDate : addDays(today, -1);
}

function drawSpecialNeeds(rng: Prng): SpecialNeed[] {
  const first = rng.weighted(SPECIAL_NEEDS);
  const second = rng.chance(0.25) ? rng.weighted(SPECIAL_NEEDS) : first;
  return first === second ? [first] : [first, second];
}

function drawHealthGroup(rng: Prng, hasSpecialNeeds: boolean): HealthGroup {
  return hasSpecialNeeds
    ? rng.weighted([[HealthGroup.III, 40], [HealthGroup.IV, 35], [HealthGroup.V, 25]])
    : rng.weighted([[HealthGroup.I, 35], [HealthGroup.II, 55], [HealthGroup.III, 10]]);
}

function drawLanguages(rng: Prng, kin: Kin, birthDate: string, needs: SpecialNeed[], today: string): Language[] {
  // Infants do not speak yet: an empty list keeps language matching from excluding them.
  if (daysBetween(birthDate, today) < 2 * 365) return [];
  const languages = kin.origin === 'KAZAKH' ? [Language.KAZAKH] : [Language.RUSSIAN];
  if (kin.origin === 'KAZAKH' ? rng.chance(0.45) : rng.chance(0.3)) {
    languages.push(kin.origin === 'KAZAKH' ? Language.RUSSIAN : Language.KAZAKH);
  }
  const extra = profileOf(kin.region).extraLanguage;
  if (extra && rng.chance(0.1)) languages.push(extra);
  if (needs.includes(SpecialNeed.HEARING_IMPAIRMENT) && rng.chance(0.6)) languages.push(Language.SIGN_LANGUAGE);
  return languages;
}
