import { addDays } from '../src/shared/dates.js';
import { CheckResult, Citizenship, Language, Sex } from '../src/shared/enums.js';
import { normalizeSearchText } from '../src/shared/search-text.js';
import { birthDateForAge, dateBetween, instantOn, latest } from './calendar.js';
import { drawOrigin, drawTown, profileOf, REGION_WEIGHTS } from './geography.js';
import { drawName } from './names.js';
import { drawPhone, type SeedContext } from './people.js';
import type { MentorRow } from './population.types.js';

/** M-CERT: mentor training with a test and a certificate, required by the Law of 2025-02-10. */
const MENTOR_TRAINING_SINCE = '2025-02-10';

const INTERESTS = [
  'футбол', 'шахматы', 'программирование', 'рисование', 'музыка', 'домбыра', 'английский язык', 'чтение',
  'плавание', 'робототехника', 'профориентация', 'кулинария', 'фотография', 'туризм', 'волейбол', 'математика',
];

export function generateMentors(ctx: SeedContext, count: number): MentorRow[] {
  const rng = ctx.rng('mentors');
  const { today } = ctx;
  const mentors: MentorRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const region = rng.weighted(REGION_WEIGHTS);
    const origin = drawOrigin(rng, region);
    const sex = rng.chance(0.62) ? Sex.FEMALE : Sex.MALE;
    const birthDate = birthDateForAge(rng, rng.int(21, 60), today);
    const name = drawName(rng, origin, sex);
    const joinedOn = dateBetween(rng, '2024-09-01', addDays(today, -40));
    const certified = rng.chance(0.85) ? dateBetween(rng, latest(MENTOR_TRAINING_SINCE, joinedOn), addDays(today, -20)) : undefined;
    const check = rng.weighted([[CheckResult.CLEAR, 85], [CheckResult.PENDING, 10], [CheckResult.FLAGGED, 5]]);
    const languages = origin === 'KAZAKH' ? [Language.KAZAKH, Language.RUSSIAN] : [Language.RUSSIAN];
    if (origin === 'RUSSIAN' && rng.chance(0.35)) languages.push(Language.KAZAKH);
    if (rng.chance(0.3)) languages.push(Language.ENGLISH);
    const extra = profileOf(region).extraLanguage;
    if (extra && !languages.includes(extra) && rng.chance(0.1)) languages.push(extra);
    const createdAt = instantOn(rng, joinedOn);
    mentors.push({
      id: rng.uuid(createdAt),
      createdAt,
      updatedAt: createdAt,
      iin: ctx.iins.issue(rng, birthDate, sex),
      ...name,
      searchName: normalizeSearchText(name.lastName, name.firstName, name.middleName),
      birthDate,
      sex,
      citizenship: Citizenship.KAZAKHSTAN,
      region,
      city: drawTown(rng, region),
      ...(certified ? { trainingCertificateDate: certified } : {}),
      backgroundCheckResult: check,
      ...(check === CheckResult.PENDING ? {} : { backgroundCheckDate: dateBetween(rng, joinedOn, addDays(today, -10)) }),
      languages,
      interests: rng.sample(INTERESTS, rng.int(2, 4)),
      maxMentees: rng.weighted([[1, 50], [2, 35], [3, 15]]),
      // The mentorship generator clears this for mentors who are full or not eligible.
      available: true,
      ...(rng.chance(0.9) ? { contactPhone: drawPhone(rng) } : {}),
      ...(rng.chance(0.8) ? { contactEmail: `mentor${index + 1}@example.kz` } : {}),
    });
  }
  return mentors;
}
