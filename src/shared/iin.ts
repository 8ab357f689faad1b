/**
 * ИИН (individual identification number): YYMMDD, a century/sex digit, a 4-digit serial and a
 * check digit. Century/sex: 1/2 = 1800s male/female, 3/4 = 1900s, 5/6 = 2000s.
 */
export type IinSex = 'MALE' | 'FEMALE';

export type IinProblem = 'FORMAT' | 'CHECK_DIGIT' | 'DATE' | 'BIRTH_DATE_MISMATCH' | 'SEX_MISMATCH';

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit for the first 11 digits, or null when no valid digit exists (such numbers are never issued). */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const weigh = (weights: number[]) => digits.reduce((sum, d, i) => sum + d * weights[i]!, 0) % 11;
  const first = weigh(FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weigh(SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

export interface IinFacts {
  birthDate: string;
  sex: IinSex;
}

/** Birth date (YYYY-MM-DD) and sex encoded in a well-formed IIN, or null if its date or century digit is impossible. */
export function decodeIin(iin: string): IinFacts | null {
  const centuryDigit = Number(iin[6]);
  if (centuryDigit < 1 || centuryDigit > 6) return null;
  const century = 1800 + Math.floor((centuryDigit - 1) / 2) * 100;
  const year = century + Number(iin.slice(0, 2));
  const month = iin.slice(2, 4);
  const day = iin.slice(4, 6);
  const birthDate = `${year}-${month}-${day}`;
  if (!isRealDate(birthDate)) return null;
  return { birthDate, sex: centuryDigit % 2 === 1 ? 'MALE' : 'FEMALE' };
}

/** Finds what is wrong with an IIN, given the person's birth date and sex; null when it is valid. */
export function iinProblem(iin: string, expected?: Partial<IinFacts>): IinProblem | null {
  if (!/^\d{12}$/.test(iin)) return 'FORMAT';
  if (iinCheckDigit(iin.slice(0, 11)) !== Number(iin[11])) return 'CHECK_DIGIT';
  const facts = decodeIin(iin);
  if (!facts) return 'DATE';
  if (expected?.birthDate && expected.birthDate !== facts.birthDate) return 'BIRTH_DATE_MISMATCH';
  if (expected?.sex && expected.sex !== facts.sex) return 'SEX_MISMATCH';
  return null;
}

export const IIN_PROBLEM_MESSAGES: Record<IinProblem, string> = {
  FORMAT: 'IIN must be exactly 12 digits',
  CHECK_DIGIT: 'IIN check digit is wrong',
  DATE: 'IIN does not encode a real birth date',
  BIRTH_DATE_MISMATCH: 'IIN does not agree with the birth date',
  SEX_MISMATCH: 'IIN does not agree with the sex',
};

/** Builds a valid IIN for a birth date, sex and serial; returns null when that serial has no valid check digit. */
export function composeIin(birthDate: string, sex: IinSex, serial: number): string | null {
  const year = Number(birthDate.slice(0, 4));
  const centuryIndex = Math.floor((year - 1800) / 100);
  const centuryDigit = centuryIndex * 2 + (sex === 'MALE' ? 1 : 2);
  const first11 = `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${centuryDigit}${String(serial % 10000).padStart(4, '0')}`;
  const check = iinCheckDigit(first11);
  return check === null ? null : `${first11}${check}`;
}

export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
