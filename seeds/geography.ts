import { Language } from '../src/shared/enums.js';
import type { NameOrigin } from './names.js';
import type { Prng } from './prng.js';

/** What the population generator needs to know about a region besides its reference data. */
export interface RegionProfile {
  /** Population in thousands (2024, rounded): children and families are drawn in proportion. */
  population: number;
  /** Real towns of the region, the administrative centre first (it is drawn most often). */
  towns: readonly string[];
  /** Share of Kazakh names; the rest are Russian. Names only, the platform stores no ethnicity. */
  kazakhNames: number;
  /** A third language often heard there besides Kazakh and Russian, so language matching has variety. */
  extraLanguage?: Language;
}

const REGION_PROFILES: Readonly<Record<string, RegionProfile>> = {
  ABAI: { population: 600, towns: ['Семей', 'Аягөз', 'Курчатов', 'Үржар', 'Шар', 'Бородулиха'], kazakhNames: 0.8 },
  AKMOLA: { population: 790, towns: ['Көкшетау', 'Степногорск', 'Щучинск', 'Атбасар', 'Макинск', 'Қосшы'], kazakhNames: 0.55, extraLanguage: Language.GERMAN },
  AKTOBE: { population: 930, towns: ['Ақтөбе', 'Хромтау', 'Қандыағаш', 'Шалқар', 'Алға', 'Ембі'], kazakhNames: 0.85 },
  ALMATY_REGION: { population: 1520, towns: ['Қонаев', 'Талғар', 'Есік', 'Қаскелең', 'Ұзынағаш', 'Шелек'], kazakhNames: 0.8, extraLanguage: Language.UYGHUR },
  ATYRAU: { population: 700, towns: ['Атырау', 'Құлсары', 'Доссор', 'Мақат'], kazakhNames: 0.93 },
  EAST_KAZAKHSTAN: { population: 720, towns: ['Өскемен', 'Риддер', 'Алтай', 'Шемонаиха', 'Зайсан', 'Серебрянск'], kazakhNames: 0.45 },
  JAMBYL: { population: 1210, towns: ['Тараз', 'Шу', 'Қаратау', 'Жаңатас', 'Қордай', 'Мерке'], kazakhNames: 0.85 },
  JETISU: { population: 690, towns: ['Талдықорған', 'Текелі', 'Жаркент', 'Үштөбе', 'Сарқан', 'Үшарал'], kazakhNames: 0.8, extraLanguage: Language.UYGHUR },
  KARAGANDA: { population: 1130, towns: ['Қарағанды', 'Теміртау', 'Балқаш', 'Шахтинск', 'Саран', 'Абай', 'Қарқаралы'], kazakhNames: 0.55, extraLanguage: Language.KOREAN },
  KOSTANAY: { population: 830, towns: ['Қостанай', 'Рудный', 'Лисаковск', 'Арқалық', 'Жітіқара', 'Тобыл'], kazakhNames: 0.45, extraLanguage: Language.GERMAN },
  KYZYLORDA: { population: 830, towns: ['Қызылорда', 'Арал', 'Қазалы', 'Шиелі', 'Жаңақорған'], kazakhNames: 0.95, extraLanguage: Language.KOREAN },
  MANGYSTAU: { population: 780, towns: ['Ақтау', 'Жаңаөзен', 'Форт-Шевченко', 'Бейнеу', 'Шетпе'], kazakhNames: 0.92 },
  NORTH_KAZAKHSTAN: { population: 530, towns: ['Петропавл', 'Булаево', 'Сергеевка', 'Мамлютка', 'Тайынша'], kazakhNames: 0.4, extraLanguage: Language.GERMAN },
  PAVLODAR: { population: 750, towns: ['Павлодар', 'Екібастұз', 'Ақсу'], kazakhNames: 0.5, extraLanguage: Language.GERMAN },
  TURKISTAN: { population: 2110, towns: ['Түркістан', 'Кентау', 'Арыс', 'Сарыағаш', 'Жетісай', 'Шардара', 'Ленгер'], kazakhNames: 0.93, extraLanguage: Language.UZBEK },
  ULYTAU: { population: 220, towns: ['Жезқазған', 'Сәтбаев', 'Қаражал', 'Ұлытау'], kazakhNames: 0.85 },
  WEST_KAZAKHSTAN: { population: 690, towns: ['Орал', 'Ақсай', 'Тасқала', 'Шыңғырлау', 'Жымпиты'], kazakhNames: 0.8 },
  ASTANA: { population: 1400, towns: ['Астана'], kazakhNames: 0.8, extraLanguage: Language.ENGLISH },
  ALMATY: { population: 2230, towns: ['Алматы'], kazakhNames: 0.65, extraLanguage: Language.ENGLISH },
  SHYMKENT: { population: 1220, towns: ['Шымкент'], kazakhNames: 0.9, extraLanguage: Language.UZBEK },
};

export function profileOf(region: string): RegionProfile {
  const profile = REGION_PROFILES[region];
  if (!profile) throw new Error(`no seeding profile for region ${region}`);
  return profile;
}

/** Region codes weighted by population, ready for Prng.weighted. */
export const REGION_WEIGHTS: readonly (readonly [string, number])[] = Object.entries(REGION_PROFILES).map(
  ([code, profile]) => [code, profile.population],
);

/** The administrative centre three times out of four: that is where most families and mentors live. */
export function drawTown(rng: Prng, region: string): string {
  const { towns } = profileOf(region);
  return rng.chance(0.75) ? towns[0]! : rng.pick(towns);
}

export function drawOrigin(rng: Prng, region: string): NameOrigin {
  return rng.chance(profileOf(region).kazakhNames) ? 'KAZAKH' : 'RUSSIAN';
}
