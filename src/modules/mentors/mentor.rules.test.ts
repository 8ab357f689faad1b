import { describe, expect, it } from 'vitest';
import { Citizenship } from '../../shared/enums.js';
import { composeIin } from '../../shared/iin.js';
import { menteeLimitProblem, mentorFactProblems, type MentorFacts } from './mentor.rules.js';

const TODAY = '2026-11-22';
const iinFor = (birthDate: string, sex: 'MALE' | 'FEMALE') => composeIin(birthDate, sex, 21) ?? composeIin(birthDate, sex, 22)!;
const mentor = (overrides: Partial<MentorFacts> = {}): MentorFacts => {
  const birthDate = overrides.birthDate ?? '1990-01-05';
  const sex = overrides.sex ?? 'FEMALE';
  return { iin: iinFor(birthDate, sex), birthDate, sex, citizenship: Citizenship.KAZAKHSTAN, maxMentees: 2, ...overrides };
};
const fields = (facts: MentorFacts) => mentorFactProblems(facts, TODAY).map((p) => p.field);

describe('mentor facts', () => {
  it('accepts an adult citizen with a coherent IIN', () => {
    expect(fields(mentor({ trainingCertificateDate: TODAY, backgroundCheckDate: TODAY }))).toEqual([]);
  });

  it('accepts a mentor who turns 18 today and refuses one a day short', () => {
    expect(fields(mentor({ birthDate: '2008-11-22', iin: iinFor('2008-11-22', 'FEMALE') }))).toEqual([]);
    expect(fields(mentor({ birthDate: '2008-11-23', iin: iinFor('2008-11-23', 'FEMALE') }))).toEqual(['birthDate']);
  });

  it.each([
    ['a wrong check digit', { iin: ((iin: string) => iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10))(iinFor('1990-01-05', 'FEMALE')) }, 'iin'],
    ['an IIN of the other sex', { iin: iinFor('1990-01-05', 'MALE') }, 'iin'],
    ['an IIN of another birth date', { iin: iinFor('1990-01-06', 'FEMALE') }, 'iin'],
    ['a birth date in the future', { birthDate: '2027-01-01', iin: iinFor('2027-01-01', 'FEMALE') }, 'birthDate'],
    ['a foreign citizen', { citizenship: Citizenship.FOREIGN }, 'citizenship'],
    ['a stateless person', { citizenship: Citizenship.STATELESS }, 'citizenship'],
    ['no mentees', { maxMentees: 0 }, 'maxMentees'],
    ['eleven mentees', { maxMentees: 11 }, 'maxMentees'],
    ['a certificate dated tomorrow', { trainingCertificateDate: '2026-11-23' }, 'trainingCertificateDate'],
    ['a check dated tomorrow', { backgroundCheckDate: '2026-11-23' }, 'backgroundCheckDate'],
  ])('refuses %s', (_, overrides, field) => {
    expect(fields(mentor(overrides))).toEqual([field]);
  });

  it.each([1, 10])('accepts a limit of %i mentees', (maxMentees) => {
    expect(fields(mentor({ maxMentees }))).toEqual([]);
  });
});

describe('mentee limit', () => {
  it.each([
    [2, 2, null],
    [3, 2, null],
    [1, 2, 'maxMentees'],
  ])('a limit of %i with %i active mentees → %s', (limit, active, field) => {
    expect(menteeLimitProblem(limit, active)?.field ?? null).toBe(field);
  });
});
