import { Sex } from '../src/shared/enums.js';
import type { Prng } from './prng.js';

/**
 * Synthetic names. Kazakh names keep their own letters (ә ғ қ ң ө ұ ү һ і) so search and
 * collation are exercised with real-world spelling; Russian names cover the other common case.
 */
export type NameOrigin = 'KAZAKH' | 'RUSSIAN';

/** A word with its masculine and feminine forms (Жұмабаев / Жұмабаева, Сергеевич / Сергеевна). */
export interface Gendered {
  male: string;
  female: string;
}

export interface PersonName {
  lastName: string;
  firstName: string;
  middleName?: string;
}

const FIRST_NAMES: Record<NameOrigin, Record<Sex, readonly string[]>> = {
  KAZAKH: {
    [Sex.MALE]: [
      'Нұрсұлтан', 'Ұлан', 'Қанат', 'Ерлан', 'Асқар', 'Ержан', 'Дәурен', 'Әлихан', 'Нұрлан', 'Бауыржан',
      'Серік', 'Ақжол', 'Мағжан', 'Айбек', 'Ернұр', 'Санжар', 'Темірлан', 'Әділет', 'Ілияс', 'Рауан',
      'Арман', 'Нұрболат', 'Дінмұхамед', 'Ғалым', 'Жандос', 'Бекзат', 'Әлішер', 'Айдос', 'Талғат', 'Еркебұлан',
    ],
    [Sex.FEMALE]: [
      'Әлия', 'Айгүл', 'Гүлнар', 'Жанар', 'Дана', 'Аружан', 'Әйгерім', 'Ақбота', 'Балжан', 'Назерке',
      'Мөлдір', 'Інжу', 'Жұлдыз', 'Сәуле', 'Ләззат', 'Айдана', 'Томирис', 'Гүлжан', 'Қарлығаш', 'Ұлжан',
      'Меруерт', 'Дариға', 'Күнсұлу', 'Самал', 'Аяулым', 'Ақмарал', 'Гүлсезім', 'Әсел', 'Нұрай', 'Іңкәр',
    ],
  },
  RUSSIAN: {
    [Sex.MALE]: [
      'Александр', 'Дмитрий', 'Сергей', 'Андрей', 'Максим', 'Иван', 'Артём', 'Михаил', 'Никита', 'Алексей',
      'Владимир', 'Егор', 'Кирилл', 'Денис', 'Роман', 'Павел', 'Николай', 'Виктор', 'Олег', 'Фёдор',
    ],
    [Sex.FEMALE]: [
      'Анастасия', 'Мария', 'Екатерина', 'Анна', 'Ольга', 'Дарья', 'Елена', 'Татьяна', 'Наталья', 'Софья',
      'Алёна', 'Полина', 'Ирина', 'Светлана', 'Юлия', 'Ксения', 'Виктория', 'Вера', 'Людмила', 'Галина',
    ],
  },
};

/** Masculine forms; every one ends in -ов, -ев or -ин, so the feminine form adds -а. */
const SURNAMES: Record<NameOrigin, readonly string[]> = {
  KAZAKH: [
    'Жұмабаев', 'Сәрсенов', 'Қасымов', 'Омаров', 'Әбдірахманов', 'Оспанов', 'Ахметов', 'Серікбаев', 'Төлегенов',
    'Мұратов', 'Ермеков', 'Қуанышев', 'Байжанов', 'Нұрғалиев', 'Сейітов', 'Әлімжанов', 'Тоқтаров', 'Жақсыбеков',
    'Ғабитов', 'Құдайбергенов', 'Иманғалиев', 'Шәкенов', 'Бекмұратов', 'Әубәкіров', 'Сүлейменов', 'Есенов',
    'Қожахметов', 'Дүйсенов', 'Өтегенов', 'Ыбыраев', 'Мамыров', 'Тұрсынов', 'Жанұзақов', 'Нұрпейісов', 'Смағұлов',
    'Әшімов', 'Қалиев', 'Рахымжанов', 'Бөкейханов', 'Үсенов',
  ],
  RUSSIAN: [
    'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров',
    'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев',
    'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев',
  ],
};

/** Kazakh fathers' names for patronymics written the Kazakh way: Қанатұлы, Қанатқызы. */
const KAZAKH_FATHERS = [
  'Қанат', 'Ерлан', 'Асқар', 'Серік', 'Нұрлан', 'Бауыржан', 'Ержан', 'Талғат', 'Ғалым', 'Мұрат',
  'Әділ', 'Болат', 'Жандос', 'Арман', 'Дәулет', 'Ермек', 'Қайрат', 'Марат', 'Өмірзақ', 'Тұрсын',
];

/** Patronymics written the Russian way, for Kazakh and Russian names alike. */
const RUSSIAN_STYLE_PATRONYMICS: Record<NameOrigin, readonly Gendered[]> = {
  KAZAKH: [
    { male: 'Қанатович', female: 'Қанатовна' },
    { male: 'Серікович', female: 'Серіковна' },
    { male: 'Болатович', female: 'Болатовна' },
    { male: 'Маратович', female: 'Маратовна' },
    { male: 'Ерланович', female: 'Ерлановна' },
    { male: 'Асқарович', female: 'Асқаровна' },
  ],
  RUSSIAN: [
    { male: 'Сергеевич', female: 'Сергеевна' },
    { male: 'Александрович', female: 'Александровна' },
    { male: 'Андреевич', female: 'Андреевна' },
    { male: 'Дмитриевич', female: 'Дмитриевна' },
    { male: 'Иванович', female: 'Ивановна' },
    { male: 'Михайлович', female: 'Михайловна' },
    { male: 'Владимирович', female: 'Владимировна' },
    { male: 'Алексеевич', female: 'Алексеевна' },
    { male: 'Николаевич', female: 'Николаевна' },
    { male: 'Викторович', female: 'Викторовна' },
    { male: 'Олегович', female: 'Олеговна' },
    { male: 'Юрьевич', female: 'Юрьевна' },
  ],
};

function gendered(word: Gendered, sex: Sex): string {
  return sex === Sex.MALE ? word.male : word.female;
}

export function drawSurname(rng: Prng, origin: NameOrigin): Gendered {
  const male = rng.pick(SURNAMES[origin]);
  return { male, female: `${male}а` };
}

function drawFirstName(rng: Prng, origin: NameOrigin, sex: Sex): string {
  return rng.pick(FIRST_NAMES[origin][sex]);
}

/** A father's name turned into a patronymic; siblings share it. */
export function drawPatronymic(rng: Prng, origin: NameOrigin): Gendered {
  if (origin === 'KAZAKH' && rng.chance(0.6)) {
    const father = rng.pick(KAZAKH_FATHERS);
    return { male: `${father}ұлы`, female: `${father}қызы` };
  }
  return rng.pick(RUSSIAN_STYLE_PATRONYMICS[origin]);
}

export interface NameOptions {
  surname?: Gendered;
  patronymic?: Gendered;
  /** Share of names recorded without a patronymic. */
  withoutPatronymic?: number;
}

export function drawName(rng: Prng, origin: NameOrigin, sex: Sex, options: NameOptions = {}): PersonName {
  const surname = options.surname ?? drawSurname(rng, origin);
  const patronymic = options.patronymic ?? drawPatronymic(rng, origin);
  const firstName = drawFirstName(rng, origin, sex);
  const withPatronymic = !rng.chance(options.withoutPatronymic ?? 0.05);
  return {
    lastName: gendered(surname, sex),
    firstName,
    ...(withPatronymic ? { middleName: gendered(patronymic, sex) } : {}),
  };
}
