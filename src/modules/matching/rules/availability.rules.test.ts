import { describe, expect, it } from 'vitest';
import { AVAILABILITY_CURRENT, availabilityLapsesOn } from './availability.rules.js';
import { placement, run } from './test-cases.js';

// The cases are evaluated on 2026-03-01.
const confirmedOn = (availabilityConfirmedOn: string) => placement({ family: { availabilityConfirmedOn } });

describe('AVAILABILITY-CURRENT: the family re-confirms its availability every 90 days', () => {
  it.each([
    ['confirmed today', '2026-03-01', 'PASS'],
    ['confirmed 89 days ago', '2025-12-02', 'PASS'],
    ['confirmed 90 days ago: lapsed that day', '2025-12-01', 'FAIL'],
    ['confirmed half a year ago', '2025-09-01', 'FAIL'],
  ])('%s: %s', (_, on, outcome) => {
    expect(run(AVAILABILITY_CURRENT, confirmedOn(on)).outcome).toBe(outcome);
  });

  it('says when it lapsed and how often the policy asks', () => {
    expect(run(AVAILABILITY_CURRENT, confirmedOn('2025-10-01')).message).toBe('The family’s availability lapsed on 2025-12-30: last confirmed on 2025-10-01, every 90 days asked');
  });

  it('takes its period from the policy', () => {
    expect(run(AVAILABILITY_CURRENT, confirmedOn('2025-12-01'), { confirmEveryDays: 120, reminderDaysBefore: 14 }).outcome).toBe('PASS');
    expect(availabilityLapsesOn('2026-01-31', { confirmEveryDays: 30, reminderDaysBefore: 7 })).toBe('2026-03-02');
  });
});
