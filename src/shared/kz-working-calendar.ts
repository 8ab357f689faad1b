import type { WorkingCalendar } from './working-days.js';

/**
 * Kazakhstan's working days for a five-day week, per year: the Law "On holidays in the Republic of
 * Kazakhstan" (13 Dec 2001 No. 267-II) and Labour Code art. 84–85. National and state holidays
 * (1–2 Jan, 8 Mar, 21–23 Mar, 1 May, 7 May, 9 May, 6 Jul, 30 Aug, 25 Oct, 16 Dec) falling on a
 * Saturday or Sunday carry the day off to the next working day; the two religious days off
 * (7 Jan, the first day of Kurban ait) do not carry over. The government moves days off by
 * resolution, usually in the autumn before. Each year is checked against these rules by
 * kz-working-calendar.test.ts, so a hand slip fails a test; a new year is added here when its
 * Kurban ait date and moves are published. A year missing counts weekends only (working-days.ts),
 * and the server says so at start.
 *
 * Confidence: the holiday list and carry-over rule high (the law); 2025's move (Sun 5 Jan worked,
 * Fri 3 Jan off) and Kurban ait 2025 (6 Jun) and 2026 (27 May, the Muslim Board's calendar)
 * medium (news reports of the resolution and the calendar); 2026 and 2027 moves: none known;
 * Kurban ait 2027 (16 May, a Sunday, so no working day changes) low: astronomical estimate.
 */
export const KZ_WORKING_CALENDAR: WorkingCalendar = {
  2025: {
    daysOff: {
      '2025-01-01': 'New Year', '2025-01-02': 'New Year', '2025-01-03': 'moved from Sunday 5 January',
      '2025-01-07': 'Orthodox Christmas', '2025-03-10': 'International Women\'s Day (Saturday 8 March)',
      '2025-03-21': 'Nauryz', '2025-03-24': 'Nauryz (Saturday 22 March)', '2025-03-25': 'Nauryz (Sunday 23 March)',
      '2025-05-01': 'Unity Day', '2025-05-07': 'Defender of the Fatherland Day', '2025-05-09': 'Victory Day',
      '2025-06-06': 'Kurban ait', '2025-07-07': 'Capital Day (Sunday 6 July)', '2025-09-01': 'Constitution Day (Saturday 30 August)',
      '2025-10-27': 'Republic Day (Saturday 25 October)', '2025-12-16': 'Independence Day',
    },
    weekendsWorked: { '2025-01-05': 'day off moved to Friday 3 January' },
  },
  2026: {
    daysOff: {
      '2026-01-01': 'New Year', '2026-01-02': 'New Year', '2026-01-07': 'Orthodox Christmas',
      '2026-03-09': 'International Women\'s Day (Sunday 8 March)',
      '2026-03-23': 'Nauryz', '2026-03-24': 'Nauryz (Saturday 21 March)', '2026-03-25': 'Nauryz (Sunday 22 March)',
      '2026-05-01': 'Unity Day', '2026-05-07': 'Defender of the Fatherland Day', '2026-05-11': 'Victory Day (Saturday 9 May)',
      '2026-05-27': 'Kurban ait', '2026-07-06': 'Capital Day', '2026-08-31': 'Constitution Day (Sunday 30 August)',
      '2026-10-26': 'Republic Day (Sunday 25 October)', '2026-12-16': 'Independence Day',
    },
    weekendsWorked: {},
  },
  2027: {
    daysOff: {
      '2027-01-01': 'New Year', '2027-01-04': 'New Year (Saturday 2 January)', '2027-01-07': 'Orthodox Christmas',
      '2027-03-08': 'International Women\'s Day',
      '2027-03-22': 'Nauryz', '2027-03-23': 'Nauryz', '2027-03-24': 'Nauryz (Sunday 21 March)',
      '2027-05-03': 'Unity Day (Saturday 1 May)', '2027-05-07': 'Defender of the Fatherland Day', '2027-05-10': 'Victory Day (Sunday 9 May)',
      '2027-07-06': 'Capital Day', '2027-08-30': 'Constitution Day', '2027-10-25': 'Republic Day', '2027-12-16': 'Independence Day',
    },
    weekendsWorked: {},
  },
};

/** Kurban ait's first day, per year of the calendar: a religious day off, not carried over from a weekend. */
export const KURBAN_AIT: Readonly<Record<number, string>> = { 2025: '2025-06-06', 2026: '2026-05-27', 2027: '2027-05-16' };

/** The government's moves of days off, per year: the weekend day worked and the weekday off instead. */
export const MOVED_DAYS_OFF: Readonly<Record<number, readonly { worked: string; off: string }[]>> = {
  2025: [{ worked: '2025-01-05', off: '2025-01-03' }],
  2026: [],
  2027: [],
};
