import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { District, DistrictKind } from '../src/modules/regions/district.entity.js';
import { profileOf } from './geography.js';
import { REGIONS } from './region.seeder.js';

export interface DistrictData {
  code: string;
  region: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  kind: DistrictKind;
  /** The settlements of the population seed that lie in the district. */
  towns: readonly string[];
}

const { DISTRICT, TOWN, CITY_DISTRICT } = DistrictKind;

type Named = readonly [code: string, kk: string, ru: string, en: string];

const list = (region: string, kind: DistrictKind, names: readonly Named[], town?: string): DistrictData[] =>
  names.map(([code, nameKk, nameRu, nameEn]) => ({ code: `${region}-${code}`, region, nameKk, nameRu, nameEn, kind, towns: town ? [town] : [] }));

/** Real districts: the three cities of republican significance and two oblasts (as of 2024). */
const REAL: readonly DistrictData[] = [
  ...list('ASTANA', CITY_DISTRICT, [
    ['ALMATY', 'Алматы ауданы', 'район Алматы', 'Almaty District'],
    ['BAIKONYR', 'Байқоңыр ауданы', 'район Байконыр', 'Baikonyr District'],
    ['YESIL', 'Есіл ауданы', 'район Есиль', 'Yesil District'],
    ['NURA', 'Нұра ауданы', 'район Нура', 'Nura District'],
    ['SARYARKA', 'Сарыарқа ауданы', 'район Сарыарка', 'Saryarka District'],
  ], 'Астана'),
  ...list('ALMATY', CITY_DISTRICT, [
    ['ALATAU', 'Алатау ауданы', 'Алатауский район', 'Alatau District'],
    ['ALMALY', 'Алмалы ауданы', 'Алмалинский район', 'Almaly District'],
    ['AUEZOV', 'Әуезов ауданы', 'Ауэзовский район', 'Auezov District'],
    ['BOSTANDYK', 'Бостандық ауданы', 'Бостандыкский район', 'Bostandyk District'],
    ['ZHETYSU', 'Жетісу ауданы', 'Жетысуский район', 'Zhetysu District'],
    ['MEDEU', 'Медеу ауданы', 'Медеуский район', 'Medeu District'],
    ['NAURYZBAI', 'Наурызбай ауданы', 'Наурызбайский район', 'Nauryzbai District'],
    ['TURKSIB', 'Түрксіб ауданы', 'Турксибский район', 'Turksib District'],
  ], 'Алматы'),
  ...list('SHYMKENT', CITY_DISTRICT, [
    ['ABAI', 'Абай ауданы', 'Абайский район', 'Abai District'],
    ['AL_FARABI', 'Әл-Фараби ауданы', 'Аль-Фарабийский район', 'Al-Farabi District'],
    ['ENBEKSHI', 'Еңбекші ауданы', 'Енбекшинский район', 'Enbekshi District'],
    ['KARATAU', 'Қаратау ауданы', 'Каратауский район', 'Karatau District'],
    ['TURAN', 'Тұран ауданы', 'Туранский район', 'Turan District'],
  ], 'Шымкент'),
  ...list('AKMOLA', TOWN, [['KOKSHETAU', 'Көкшетау қаласы', 'город Кокшетау', 'Kokshetau City']], 'Көкшетау'),
  ...list('AKMOLA', TOWN, [['KOSSHY', 'Қосшы қаласы', 'город Косшы', 'Kosshy City']], 'Қосшы'),
  ...list('AKMOLA', TOWN, [['STEPNOGORSK', 'Степногор қаласы', 'город Степногорск', 'Stepnogorsk City']], 'Степногорск'),
  ...list('AKMOLA', DISTRICT, [['ATBASAR', 'Атбасар ауданы', 'Атбасарский район', 'Atbasar District']], 'Атбасар'),
  ...list('AKMOLA', DISTRICT, [['BULANDY', 'Бұланды ауданы', 'Буландынский район', 'Bulandy District']], 'Макинск'),
  ...list('AKMOLA', DISTRICT, [['BURABAI', 'Бурабай ауданы', 'Бурабайский район', 'Burabai District']], 'Щучинск'),
  ...list('AKMOLA', DISTRICT, [
    ['AKKOL', 'Ақкөл ауданы', 'Аккольский район', 'Akkol District'],
    ['ARSHALY', 'Аршалы ауданы', 'Аршалынский район', 'Arshaly District'],
    ['ASTRAKHAN', 'Астрахан ауданы', 'Астраханский район', 'Astrakhan District'],
    ['BIRZHAN_SAL', 'Біржан сал ауданы', 'район Биржан сал', 'Birzhan Sal District'],
    ['EGINDYKOL', 'Егіндікөл ауданы', 'Егиндыкольский район', 'Egindykol District'],
    ['EREYMENTAU', 'Ерейментау ауданы', 'Ерейментауский район', 'Ereymentau District'],
    ['YESIL', 'Есіл ауданы', 'Есильский район', 'Yesil District'],
    ['ZHAKSY', 'Жақсы ауданы', 'Жаксынский район', 'Zhaksy District'],
    ['ZHARKAIYN', 'Жарқайың ауданы', 'Жаркаинский район', 'Zharkaiyn District'],
    ['ZERENDI', 'Зеренді ауданы', 'Зерендинский район', 'Zerendi District'],
    ['KORGALZHYN', 'Қорғалжын ауданы', 'Коргалжынский район', 'Korgalzhyn District'],
    ['SANDYKTAU', 'Сандықтау ауданы', 'Сандыктауский район', 'Sandyktau District'],
    ['TSELINOGRAD', 'Целиноград ауданы', 'Целиноградский район', 'Tselinograd District'],
    ['SHORTANDY', 'Шортанды ауданы', 'Шортандинский район', 'Shortandy District'],
  ]),
  ...list('KARAGANDA', TOWN, [['KARAGANDA', 'Қарағанды қаласы', 'город Караганда', 'Karaganda City']], 'Қарағанды'),
  ...list('KARAGANDA', TOWN, [['TEMIRTAU', 'Теміртау қаласы', 'город Темиртау', 'Temirtau City']], 'Теміртау'),
  ...list('KARAGANDA', TOWN, [['BALKHASH', 'Балқаш қаласы', 'город Балхаш', 'Balkhash City']], 'Балқаш'),
  ...list('KARAGANDA', TOWN, [['SHAKHTINSK', 'Шахтинск қаласы', 'город Шахтинск', 'Shakhtinsk City']], 'Шахтинск'),
  ...list('KARAGANDA', TOWN, [['SARAN', 'Саран қаласы', 'город Сарань', 'Saran City']], 'Саран'),
  ...list('KARAGANDA', TOWN, [['PRIOZERSK', 'Приозер қаласы', 'город Приозёрск', 'Priozersk City']]),
  ...list('KARAGANDA', DISTRICT, [['ABAI', 'Абай ауданы', 'Абайский район', 'Abai District']], 'Абай'),
  ...list('KARAGANDA', DISTRICT, [['KARKARALY', 'Қарқаралы ауданы', 'Каркаралинский район', 'Karkaraly District']], 'Қарқаралы'),
  ...list('KARAGANDA', DISTRICT, [
    ['AKTOGAY', 'Ақтоғай ауданы', 'Актогайский район', 'Aktogay District'],
    ['BUKHAR_ZHYRAU', 'Бұқар жырау ауданы', 'Бухар-Жырауский район', 'Bukhar-Zhyrau District'],
    ['NURA', 'Нұра ауданы', 'Нуринский район', 'Nura District'],
    ['OSAKAROVKA', 'Осакаров ауданы', 'Осакаровский район', 'Osakarovka District'],
    ['SHET', 'Шет ауданы', 'Шетский район', 'Shet District'],
  ]),
];

const WITH_REAL_DISTRICTS = new Set(REAL.map((district) => district.region));

/**
 * The other regions: one district per town of the population seed, named after it (the
 * administrative centre a town, the rest districts). Synthetic, like the population.
 */
function generated(region: string): DistrictData[] {
  return profileOf(region).towns.map((town, index) => {
    const kind = index === 0 ? TOWN : DISTRICT;
    return {
      code: `${region}-D${index + 1}`,
      region,
      nameKk: kind === TOWN ? `${town} қаласы` : `${town} ауданы`,
      nameRu: kind === TOWN ? `город ${town}` : `район ${town}`,
      nameEn: kind === TOWN ? `${town} (town)` : `${town} (district)`,
      kind,
      towns: [town],
    };
  });
}

/** Every district of the country, the same on every run. */
export const DISTRICTS: readonly DistrictData[] = [
  ...REAL,
  ...REGIONS.filter((region) => !WITH_REAL_DISTRICTS.has(region.code)).flatMap((region) => generated(region.code)),
];

/** Upserts the districts, so it is safe on a database that already has them. Needs the regions. */
export class DistrictSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await em.upsertMany(
      District,
      DISTRICTS.map(({ towns: _towns, ...district }) => district),
    );
  }
}
