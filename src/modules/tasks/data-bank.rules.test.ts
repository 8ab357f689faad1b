import { describe, expect, it } from 'vitest';
import { dataBankDeadline } from './data-bank.rules.js';

describe('the data bank deadline', () => {
  it.each([
    ['identified on a Thursday: by the end of Friday in Kazakhstan', '2026-12-03T10:00:00Z', '2026-12-04', '2026-12-04T18:59:59.999Z'],
    ['on a Friday: by the end of Monday', '2026-12-04T10:00:00Z', '2026-12-07', '2026-12-07T18:59:59.999Z'],
    ['late on a Friday in UTC, already Saturday in Kazakhstan: still Monday', '2026-12-04T20:30:00Z', '2026-12-07', '2026-12-07T18:59:59.999Z'],
    ['the day before Independence Day: the day after it', '2026-12-15T04:00:00Z', '2026-12-17', '2026-12-17T18:59:59.999Z'],
    ['on the eve of Nauryz with its weekend carried over: the Thursday after', '2026-03-20T06:00:00Z', '2026-03-26', '2026-03-26T18:59:59.999Z'],
  ])('%s', (_name, identifiedAt, dueOn, dueAt) => {
    const deadline = dataBankDeadline(new Date(identifiedAt));
    expect(deadline.dueOn).toBe(dueOn);
    expect(deadline.dueAt.toISOString()).toBe(dueAt);
  });
});
