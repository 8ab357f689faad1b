import { describe, expect, it } from 'vitest';
import { composeIin } from '../../shared/iin.js';
import { ChildStatus, DataBankExitReason } from './child.enums.js';
import { childFactProblems, dataBankExitProblem } from './child.rules.js';

const TODAY = '2026-11-22';
const NOW = new Date('2026-11-22T12:00:00Z');
const iinFor = (birthDate: string, sex: 'MALE' | 'FEMALE') => composeIin(birthDate, sex, 11) ?? composeIin(birthDate, sex, 12)!;
const facts = (overrides: Partial<Parameters<typeof childFactProblems>[0]> = {}) => {
  const birthDate = overrides.birthDate ?? '2015-03-14';
  const sex = overrides.sex ?? 'FEMALE';
  return { iin: iinFor(birthDate, sex), birthDate, sex, registeredAt: '2020-01-10', ...overrides };
};

describe('child facts', () => {
  it('accepts a coherent record', () => {
    expect(childFactProblems(facts(), TODAY)).toEqual([]);
  });

  it.each([
    ['a birth date in the future', { birthDate: '2026-11-23', iin: iinFor('2026-11-23', 'FEMALE'), registeredAt: '2026-11-23' }, 'birthDate'],
    ['an 18-year-old', { birthDate: '2008-11-22', iin: iinFor('2008-11-22', 'FEMALE') }, 'birthDate'],
    ['registration before birth', { registeredAt: '2015-03-13' }, 'registeredAt'],
    ['registration in the future', { registeredAt: '2026-11-23' }, 'registeredAt'],
    ['an IIN of another birth date', { iin: iinFor('2015-03-15', 'FEMALE') }, 'iin'],
    ['an IIN of the other sex', { iin: iinFor('2015-03-14', 'MALE') }, 'iin'],
    ['identification in the future', { identifiedAt: new Date('2026-11-22T12:06:00Z') }, 'identifiedAt'],
    ['identification before birth in Kazakhstan (UTC+6 then)', { identifiedAt: new Date('2015-03-13T17:59:00Z') }, 'identifiedAt'],
  ])('rejects %s', (_, overrides, field) => {
    expect(childFactProblems(facts(overrides), TODAY, NOW).map((p) => p.field)).toContain(field);
  });

  it('accepts an identification just now (a client clock minutes ahead), and on the day of birth in Kazakhstan', () => {
    expect(childFactProblems(facts({ identifiedAt: new Date('2026-11-22T12:04:00Z') }), TODAY, NOW)).toEqual([]);
    expect(childFactProblems(facts({ identifiedAt: new Date('2015-03-13T19:00:00Z') }), TODAY, NOW)).toEqual([]);
  });

  it('accepts a child born today and one a day short of 18', () => {
    expect(childFactProblems(facts({ birthDate: TODAY, iin: iinFor(TODAY, 'FEMALE'), registeredAt: TODAY }), TODAY)).toEqual([]);
    expect(childFactProblems(facts({ birthDate: '2008-11-23', iin: iinFor('2008-11-23', 'FEMALE') }), TODAY)).toEqual([]);
  });
});

describe('leaving the data bank', () => {
  it.each([
    [ChildStatus.LEFT_DATA_BANK, DataBankExitReason.OTHER, '2026-01-01', 'id'],
    [ChildStatus.IN_FAMILY_PLACEMENT, DataBankExitReason.OTHER, '2026-01-01', 'id'],
    [ChildStatus.IN_INSTITUTION, DataBankExitReason.OTHER, '2026-11-23', 'exitedAt'],
    [ChildStatus.IN_INSTITUTION, DataBankExitReason.REACHED_MAJORITY, '2026-01-01', 'reason'],
  ])('refuses a child %s leaving for %s on %s', (status, reason, exitedAt, field) => {
    expect(dataBankExitProblem(status, reason, exitedAt, '2010-06-01', TODAY)?.field).toBe(field);
  });

  it('lets an 18-year-old leave on reaching majority', () => {
    expect(dataBankExitProblem(ChildStatus.IN_INSTITUTION, DataBankExitReason.REACHED_MAJORITY, '2026-06-01', '2008-06-01', TODAY)).toBeNull();
  });
});
