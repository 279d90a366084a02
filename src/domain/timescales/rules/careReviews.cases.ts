/** Met and failing cases for rules/careReviews.ts (run by cases.test.ts). */
import type { RuleCases } from './caseTypes.js'

export const careReviewCases: Record<string, RuleCases> = {
  CARE_PLAN_10WD: {
    // First placement Mon 14 Dec 2026: 25 Dec and the 28 Dec substitute day do not count, so day 10 is Wed 30 Dec.
    met: {
      start: '2026-12-14',
      stop: '2026-12-30',
      today: '2027-01-04',
      expected: { dueOn: '2026-12-30', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-12-14',
      stop: '2026-12-31',
      today: '2027-01-04',
      expected: { dueOn: '2026-12-30', status: 'missed', daysLate: 1 },
    },
  },
  PLACEMENT_PLAN_5WD: {
    // Placement Mon 22 Mar 2027, across Easter 2027 (Fri 26 and Mon 29 Mar): due Wed 31 Mar. A plan made before the placement is in time.
    met: {
      start: '2027-03-22',
      stop: '2027-03-19',
      today: '2027-04-05',
      expected: { dueOn: '2027-03-31', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2027-03-22',
      stop: '2027-04-01',
      today: '2027-04-05',
      expected: { dueOn: '2027-03-31', status: 'missed', daysLate: 1 },
    },
  },
  CLA_REVIEW_FIRST_20WD: {
    // Looked after from Mon 14 Dec 2026: 20 working days, skipping the Christmas and New Year bank holidays, is Thu 14 Jan 2027.
    met: {
      start: '2026-12-14',
      stop: '2027-01-14',
      today: '2027-01-18',
      expected: { dueOn: '2027-01-14', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-12-14',
      today: '2027-01-18',
      expected: { dueOn: '2027-01-14', status: 'overdue', daysLate: 2 },
    },
  },
  CLA_REVIEW_SECOND_3M: {
    // First review Mon 30 Nov 2026: three months on is clamped to Sun 28 Feb 2027.
    met: {
      start: '2026-11-30',
      stop: '2027-02-26',
      today: '2027-03-05',
      expected: { dueOn: '2027-02-28', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-11-30',
      stop: '2027-03-02',
      today: '2027-03-05',
      expected: { dueOn: '2027-02-28', status: 'missed', daysLate: 2 },
    },
  },
  CLA_REVIEW_6M: {
    // Second review Mon 1 Mar 2027; the third held Fri 20 Aug, so the fourth is due 20 Feb 2028.
    met: {
      start: '2027-03-01',
      occurrences: ['2027-08-20'],
      today: '2027-09-01',
      expected: { dueOn: '2028-02-20', status: 'on_track', daysLate: 0, missedIntervals: 0 },
    },
    failing: {
      start: '2027-03-01',
      occurrences: [],
      today: '2027-09-10',
      expected: { dueOn: '2027-09-01', status: 'overdue', daysLate: 9, missedIntervals: 0 },
    },
  },
  PEP_INITIAL_10WD: {
    // Looked after from Mon 22 Mar 2027, across Easter: due Wed 7 Apr.
    met: {
      start: '2027-03-22',
      stop: '2027-04-07',
      today: '2027-04-09',
      expected: { dueOn: '2027-04-07', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2027-03-22',
      today: '2027-04-09',
      expected: { dueOn: '2027-04-07', status: 'overdue', daysLate: 2 },
    },
  },
  PEP_REVIEW_TERMLY: {
    // First PEP Mon 7 Sep 2026; reviewed Tue 5 Jan 2027 (due Thu 7 Jan): the next is due 5 May.
    met: {
      start: '2026-09-07',
      occurrences: ['2027-01-05'],
      today: '2027-02-01',
      expected: { dueOn: '2027-05-05', status: 'on_track', daysLate: 0, missedIntervals: 0 },
    },
    failing: {
      start: '2026-09-07',
      occurrences: ['2027-01-20'],
      today: '2027-02-01',
      expected: { dueOn: '2027-05-20', status: 'on_track', daysLate: 0, missedIntervals: 1 },
    },
  },
  IHA_20WD: {
    // Entered care Mon 14 Dec 2026: due Thu 14 Jan 2027; done Tue 19 Jan is 3 working days late.
    met: {
      start: '2026-12-14',
      stop: '2027-01-12',
      today: '2027-01-20',
      expected: { dueOn: '2027-01-14', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-12-14',
      stop: '2027-01-19',
      today: '2027-01-20',
      expected: { dueOn: '2027-01-14', status: 'missed', daysLate: 3 },
    },
  },
  RHA_UNDER5_6M: {
    // Initial assessment Wed 10 Jun 2026; reviewed Tue 1 Dec 2026, so the next is due 1 Jun 2027.
    met: {
      start: '2026-06-10',
      occurrences: ['2026-12-01'],
      today: '2027-01-10',
      expected: { dueOn: '2027-06-01', status: 'on_track', daysLate: 0, missedIntervals: 0 },
    },
    failing: {
      start: '2026-06-10',
      occurrences: [],
      today: '2027-01-10',
      expected: { dueOn: '2026-12-10', status: 'overdue', daysLate: 31, missedIntervals: 0 },
    },
  },
  RHA_12M: {
    // Initial assessment Thu 20 Nov 2025; reviewed Mon 2 Nov 2026, so the next is due 2 Nov 2027.
    met: {
      start: '2025-11-20',
      occurrences: ['2026-11-02'],
      today: '2026-11-25',
      expected: { dueOn: '2027-11-02', status: 'on_track', daysLate: 0, missedIntervals: 0 },
    },
    failing: {
      start: '2025-11-20',
      occurrences: [],
      today: '2026-11-25',
      expected: { dueOn: '2026-11-20', status: 'overdue', daysLate: 5, missedIntervals: 0 },
    },
  },
  DENTAL_12M: {
    met: {
      start: '2025-10-01',
      occurrences: ['2026-09-15'],
      today: '2026-11-25',
      expected: { dueOn: '2027-09-15', status: 'on_track', daysLate: 0, missedIntervals: 0 },
    },
    // No dental check by 1 Oct 2026, and the child left care on 20 Oct with it 19 days overdue.
    failing: {
      start: '2025-10-01',
      occurrences: [],
      until: '2026-10-20',
      today: '2026-11-25',
      expected: { dueOn: '2026-10-01', status: 'missed', daysLate: 19, missedIntervals: 0 },
    },
  },
  SDQ_12M: {
    met: {
      start: '2025-06-02',
      occurrences: ['2026-05-20'],
      today: '2026-11-25',
      expected: { dueOn: '2027-05-20', status: 'on_track', daysLate: 0, missedIntervals: 0 },
    },
    // The SDQ due 2 Jun 2026 was done on 1 Jul: one late interval.
    failing: {
      start: '2025-06-02',
      occurrences: ['2026-07-01'],
      today: '2026-11-25',
      expected: { dueOn: '2027-07-01', status: 'on_track', daysLate: 0, missedIntervals: 1 },
    },
  },
}
