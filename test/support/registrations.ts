import { Sex } from '../../src/shared/enums.js';
import { validIin } from './factories.js';

/** Registration inputs for tests that send their own through the API; fields given replace the defaults. */

export function childInput(overrides: Record<string, unknown> = {}) {
  const birthDate = (overrides.birthDate as string) ?? '2017-03-03';
  const sex = (overrides.sex as Sex) ?? Sex.FEMALE;
  return {
    iin: validIin(birthDate, sex),
    lastName: 'Нұрғалиева',
    firstName: 'Дана',
    birthDate,
    sex,
    regionCode: 'ASTANA',
    legalStatus: 'ORPHAN',
    registeredAt: '2024-09-01',
    healthGroup: 'II',
    ...overrides,
  };
}

export function applicantInput(overrides: Record<string, unknown> = {}) {
  const birthDate = (overrides.birthDate as string) ?? '1984-05-12';
  const sex = (overrides.sex as Sex) ?? Sex.MALE;
  return { iin: validIin(birthDate, sex), lastName: 'Қасымов', firstName: 'Нұрлан', birthDate, sex, citizenship: 'KAZAKHSTAN', maritalStatus: 'MARRIED', ...overrides };
}

export function familyInput(applicants: Record<string, unknown>[], overrides: Record<string, unknown> = {}) {
  return {
    forms: ['GUARDIANSHIP'],
    applicants,
    regionCode: 'ASTANA',
    settlement: 'Астана',
    monthlyIncome: 520_000,
    housing: { kind: 'OWNED_APARTMENT', areaSqm: 95, rooms: 4 },
    preferences: { childAgeMin: 3, childAgeMax: 12, maxChildren: 2, languages: ['KAZAKH'] },
    capacity: 2,
    ...overrides,
  };
}
