import { describe, expect, it } from 'vitest';
import { addWorkingDays, answerConflict, answerProblems, InquiryDecision, InquiryDeclineReason, InquiryStatus, interestProblem, isOverdue, statusAfter } from './inquiry.rules.js';

describe('addWorkingDays: Monday to Friday', () => {
  it.each([
    ['Monday + 5 is next Monday', '2026-12-07', 5, '2026-12-14'],
    ['Thursday + 2 skips the weekend', '2026-12-03', 2, '2026-12-07'],
    ['Friday + 1 is Monday', '2026-12-04', 1, '2026-12-07'],
    ['Saturday + 1 is Monday', '2026-12-05', 1, '2026-12-07'],
    ['Sunday + 5 is Friday', '2026-12-06', 5, '2026-12-11'],
    ['0 days is the day itself', '2026-12-05', 0, '2026-12-05'],
  ])('%s', (_, from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });
});

describe('answering an inquiry', () => {
  it('asks a decline for its reason code, and an acceptance for none', () => {
    expect(answerProblems(InquiryDecision.DECLINED, undefined)).toEqual([{ field: 'declineReason', message: expect.any(String) }]);
    expect(answerProblems(InquiryDecision.DECLINED, InquiryDeclineReason.RELATIVES_HAVE_PRIORITY)).toEqual([]);
    expect(answerProblems(InquiryDecision.ACCEPTED, null)).toEqual([]);
    expect(answerProblems(InquiryDecision.ACCEPTED, InquiryDeclineReason.NEEDS_NOT_MET)).toEqual([{ field: 'declineReason', message: expect.any(String) }]);
  });

  it.each([
    [InquiryStatus.SHARED, false],
    [InquiryStatus.OPEN, true],
    [InquiryStatus.ACCEPTED, false],
    [InquiryStatus.DECLINED, false],
  ])('answers an inquiry %s: %s', (status, answerable) => {
    expect(answerConflict(status) === null).toBe(answerable);
  });

  it('leads each decision to its status', () => {
    expect(statusAfter(InquiryDecision.ACCEPTED)).toBe(InquiryStatus.ACCEPTED);
    expect(statusAfter(InquiryDecision.DECLINED)).toBe(InquiryStatus.DECLINED);
  });

  it('lets the family say it is interested once, in a child shared with it', () => {
    expect(interestProblem(InquiryStatus.SHARED)).toBeNull();
    for (const status of [InquiryStatus.OPEN, InquiryStatus.ACCEPTED, InquiryStatus.DECLINED]) expect(interestProblem(status)).not.toBeNull();
  });
});

describe('overdue', () => {
  it('is an open inquiry past its day, not on it', () => {
    expect(isOverdue(InquiryStatus.OPEN, '2026-12-07', '2026-12-08')).toBe(true);
    expect(isOverdue(InquiryStatus.OPEN, '2026-12-07', '2026-12-07')).toBe(false);
    expect(isOverdue(InquiryStatus.ACCEPTED, '2026-12-07', '2026-12-09')).toBe(false);
    expect(isOverdue(InquiryStatus.SHARED, undefined, '2026-12-09')).toBe(false);
  });
});
