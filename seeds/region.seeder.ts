import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Region, RegionKind } from '../src/modules/regions/region.entity.js';

export interface RegionData {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  kind: RegionKind;
  /** Bordering regions inside Kazakhstan; a city of republican significance borders the oblast around it. */
  neighbours: string[];
}

const { REGION, CITY } = RegionKind;

/** The 17 oblasts and 3 cities of republican significance (since the 2022 reform). */
export const REGIONS: readonly RegionData[] = [
  { code: 'ABAI', nameKk: 'Абай облысы', nameRu: 'область Абай', nameEn: 'Abai Region', kind: REGION, neighbours: ['PAVLODAR', 'KARAGANDA', 'JETISU', 'EAST_KAZAKHSTAN'] },
  { code: 'AKMOLA', nameKk: 'Ақмола облысы', nameRu: 'Акмолинская область', nameEn: 'Akmola Region', kind: REGION, neighbours: ['ASTANA', 'NORTH_KAZAKHSTAN', 'KOSTANAY', 'KARAGANDA', 'PAVLODAR'] },
  { code: 'AKTOBE', nameKk: 'Ақтөбе облысы', nameRu: 'Актюбинская область', nameEn: 'Aktobe Region', kind: REGION, neighbours: ['WEST_KAZAKHSTAN', 'ATYRAU', 'MANGYSTAU', 'KYZYLORDA', 'ULYTAU', 'KOSTANAY'] },
  { code: 'ALMATY_REGION', nameKk: 'Алматы облысы', nameRu: 'Алматинская область', nameEn: 'Almaty Region', kind: REGION, neighbours: ['ALMATY', 'JETISU', 'JAMBYL', 'KARAGANDA'] },
  { code: 'ATYRAU', nameKk: 'Атырау облысы', nameRu: 'Атырауская область', nameEn: 'Atyrau Region', kind: REGION, neighbours: ['WEST_KAZAKHSTAN', 'AKTOBE', 'MANGYSTAU'] },
  { code: 'EAST_KAZAKHSTAN', nameKk: 'Шығыс Қазақстан облысы', nameRu: 'Восточно-Казахстанская область', nameEn: 'East Kazakhstan Region', kind: REGION, neighbours: ['ABAI'] },
  { code: 'JAMBYL', nameKk: 'Жамбыл облысы', nameRu: 'Жамбылская область', nameEn: 'Jambyl Region', kind: REGION, neighbours: ['TURKISTAN', 'ULYTAU', 'KARAGANDA', 'ALMATY_REGION'] },
  { code: 'JETISU', nameKk: 'Жетісу облысы', nameRu: 'область Жетісу', nameEn: 'Jetisu Region', kind: REGION, neighbours: ['ALMATY_REGION', 'ABAI', 'KARAGANDA'] },
  { code: 'KARAGANDA', nameKk: 'Қарағанды облысы', nameRu: 'Карагандинская область', nameEn: 'Karaganda Region', kind: REGION, neighbours: ['AKMOLA', 'PAVLODAR', 'ABAI', 'JETISU', 'ALMATY_REGION', 'JAMBYL', 'ULYTAU'] },
  { code: 'KOSTANAY', nameKk: 'Қостанай облысы', nameRu: 'Костанайская область', nameEn: 'Kostanay Region', kind: REGION, neighbours: ['NORTH_KAZAKHSTAN', 'AKMOLA', 'ULYTAU', 'AKTOBE'] },
  { code: 'KYZYLORDA', nameKk: 'Қызылорда облысы', nameRu: 'Кызылординская область', nameEn: 'Kyzylorda Region', kind: REGION, neighbours: ['AKTOBE', 'ULYTAU', 'TURKISTAN'] },
  { code: 'MANGYSTAU', nameKk: 'Маңғыстау облысы', nameRu: 'Мангистауская область', nameEn: 'Mangystau Region', kind: REGION, neighbours: ['ATYRAU', 'AKTOBE'] },
  { code: 'NORTH_KAZAKHSTAN', nameKk: 'Солтүстік Қазақстан облысы', nameRu: 'Северо-Казахстанская область', nameEn: 'North Kazakhstan Region', kind: REGION, neighbours: ['KOSTANAY', 'AKMOLA', 'PAVLODAR'] },
  { code: 'PAVLODAR', nameKk: 'Павлодар облысы', nameRu: 'Павлодарская область', nameEn: 'Pavlodar Region', kind: REGION, neighbours: ['NORTH_KAZAKHSTAN', 'AKMOLA', 'KARAGANDA', 'ABAI'] },
  { code: 'TURKISTAN', nameKk: 'Түркістан облысы', nameRu: 'Туркестанская область', nameEn: 'Turkistan Region', kind: REGION, neighbours: ['SHYMKENT', 'KYZYLORDA', 'ULYTAU', 'JAMBYL'] },
  { code: 'ULYTAU', nameKk: 'Ұлытау облысы', nameRu: 'область Ұлытау', nameEn: 'Ulytau Region', kind: REGION, neighbours: ['KOSTANAY', 'KARAGANDA', 'JAMBYL', 'TURKISTAN', 'KYZYLORDA', 'AKTOBE'] },
  { code: 'WEST_KAZAKHSTAN', nameKk: 'Батыс Қазақстан облысы', nameRu: 'Западно-Казахстанская область', nameEn: 'West Kazakhstan Region', kind: REGION, neighbours: ['ATYRAU', 'AKTOBE'] },
  { code: 'ASTANA', nameKk: 'Астана', nameRu: 'Астана', nameEn: 'Astana', kind: CITY, neighbours: ['AKMOLA'] },
  { code: 'ALMATY', nameKk: 'Алматы', nameRu: 'Алматы', nameEn: 'Almaty', kind: CITY, neighbours: ['ALMATY_REGION'] },
  { code: 'SHYMKENT', nameKk: 'Шымкент', nameRu: 'Шымкент', nameEn: 'Shymkent', kind: CITY, neighbours: ['TURKISTAN'] },
];

/** Upserts the regions, so it is safe on a database that already has them (and fixes edited names). */
export class RegionSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await em.upsertMany(
      Region,
      REGIONS.map((region) => ({ ...region, neighbours: [...region.neighbours] })),
    );
  }
}
