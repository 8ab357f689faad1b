import { dateIn, endOfDayIn, KAZAKHSTAN_TIME_ZONE } from '../../shared/dates.js';
import { KZ_WORKING_CALENDAR } from '../../shared/kz-working-calendar.js';
import { addWorkingDays, type WorkingCalendar } from '../../shared/working-days.js';

/** Primary registration in the Republican Data Bank within this many working days of the child's identification (2025 rules). */
export const DATA_BANK_WORKING_DAYS = 1;

/**
 * When a child identified at `identifiedAt` must be in the data bank: the end, in Kazakhstan, of
 * the first working day after the day of identification there (the day itself does not count).
 */
export function dataBankDeadline(identifiedAt: Date, calendar: WorkingCalendar = KZ_WORKING_CALENDAR): { dueOn: string; dueAt: Date } {
  const dueOn = addWorkingDays(dateIn(identifiedAt, KAZAKHSTAN_TIME_ZONE), DATA_BANK_WORKING_DAYS, calendar);
  return { dueOn, dueAt: endOfDayIn(dueOn, KAZAKHSTAN_TIME_ZONE) };
}

/** The one data-bank task a child has: it is entered once. */
export const DATA_BANK_OCCURRENCE = 'data-bank';
