import { ChildStatus } from '../src/modules/children/child.enums.js';
import { InstitutionKind } from '../src/modules/institutions/institution.entity.js';
import { normalizeSearchText } from '../src/shared/search-text.js';
import { DISTRICTS, type DistrictData } from './district.seeder.js';
import { profileOf } from './geography.js';
import type { SeedContext } from './people.js';
import type { Prng } from './prng.js';
import type { ChildRow, FamilyRow, InstitutionRow } from './population.types.js';
import { REGIONS } from './region.seeder.js';

/**
 * Where the synthetic children and families live: a district for each, an institution for each
 * child in one. Its own random stream, so the rest of the population is the same as before.
 * About 115 institutions in the country (2024): six per region, in its towns.
 */

const KINDS: readonly (readonly [InstitutionKind, string, number])[] = [
  [InstitutionKind.FAMILY_SUPPORT_CENTRE, 'Отбасыны қолдау орталығы', 80],
  [InstitutionKind.INFANT_HOME, 'Сәби үйі', 60],
  [InstitutionKind.CHILDRENS_HOME, 'Балалар үйі', 100],
  [InstitutionKind.BOARDING_SCHOOL, 'Мектеп-интернат', 150],
  [InstitutionKind.CHILDRENS_VILLAGE, 'Балалар ауылы', 70],
  [InstitutionKind.YOUTH_HOUSE, 'Жасөспірімдер үйі', 40],
];

const STREETS = ['Абай даңғылы', 'Жамбыл көшесі', 'Мектеп көшесі', 'Бейбітшілік көшесі', 'Достық көшесі', 'Әл-Фараби даңғылы'];

/** The districts of a region a settlement lies in; a city's settlement lies in each of its districts. */
function districtsOf(region: string, settlement: string): DistrictData[] {
  const ofRegion = DISTRICTS.filter((district) => district.region === region);
  const holding = ofRegion.filter((district) => district.towns.includes(settlement));
  return holding.length ? holding : ofRegion;
}

export function placePopulation(ctx: SeedContext, children: ChildRow[], families: FamilyRow[]): InstitutionRow[] {
  const rng = ctx.rng('places');
  const institutions = REGIONS.flatMap((region) => institutionsOf(rng, region.code, ctx.today));
  for (const family of families) family.district = rng.pick(districtsOf(family.region, family.settlement)).code;
  for (const child of children) {
    const ofRegion = institutions.filter((institution) => institution.region === child.region);
    if (child.status === ChildStatus.IN_INSTITUTION) {
      const home = rng.pick(ofRegion);
      Object.assign(child, { institution: home.id, settlement: home.settlement, district: home.district });
    } else {
      const town = rng.pick(profileOf(child.region).towns);
      Object.assign(child, { settlement: town, district: rng.pick(districtsOf(child.region, town)).code });
    }
  }
  return institutions;
}

function institutionsOf(rng: Prng, region: string, today: string): InstitutionRow[] {
  const { towns } = profileOf(region);
  const at = new Date(`${today}T08:00:00Z`);
  return KINDS.map(([kind, label, capacity], index) => {
    const settlement = towns[index % towns.length]!;
    const name = `${settlement} ${label} №${index + 1}`;
    return {
      id: rng.uuid(at),
      createdAt: at,
      updatedAt: at,
      name,
      searchName: normalizeSearchText(name),
      kind,
      region,
      district: rng.pick(districtsOf(region, settlement)).code,
      settlement,
      address: `${rng.pick(STREETS)}, ${rng.int(1, 120)}`,
      capacity,
    };
  });
}
