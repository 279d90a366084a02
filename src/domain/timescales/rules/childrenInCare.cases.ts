/** Met and failing cases for rules/childrenInCare.ts (run by cases.test.ts). */
import type { RuleCases } from './caseTypes.js'

const none = { daysLate: 0, missedIntervals: 0 } as const

export const childrenInCareCases: Record<string, RuleCases> = {
  CLA_VISIT_FIRST_1W: {
    // Placement from Mon 2 Nov 2026: first visit due Mon 9 Nov.
    met: { start: '2026-11-02', stop: '2026-11-06', today: '2026-11-10', expected: { dueOn: '2026-11-09', status: 'met', daysLate: 0 } },
    failing: { start: '2026-11-02', stop: '2026-11-11', today: '2026-11-12', expected: { dueOn: '2026-11-09', status: 'missed', daysLate: 2 } },
  },
  CLA_VISIT_6W: {
    // First visit Mon 2 Nov 2026; visited again Thu 10 Dec (due Mon 14 Dec): next due Thu 21 Jan 2027.
    met: { start: '2026-11-02', occurrences: ['2026-12-10'], today: '2026-12-20', expected: { dueOn: '2027-01-21', status: 'on_track', ...none } },
    failing: { start: '2026-11-02', occurrences: [], today: '2027-01-04', expected: { dueOn: '2026-12-14', status: 'overdue', daysLate: 21, missedIntervals: 0 } },
  },
  CLA_VISIT_LONG_TERM_3M: {
    // Last visit of the first year Thu 15 Oct 2026: the next within three months (Fri 15 Jan 2027).
    met: { start: '2026-10-15', occurrences: ['2027-01-10'], today: '2027-02-01', expected: { dueOn: '2027-04-10', status: 'on_track', ...none } },
    failing: { start: '2026-10-15', occurrences: ['2027-01-20'], today: '2027-02-01', expected: { dueOn: '2027-04-20', status: 'on_track', daysLate: 0, missedIntervals: 1 } },
  },
  CLA_VISIT_LONG_TERM_AGREED_6M: {
    // Last visit Mon 1 Jun 2026: next due Tue 1 Dec 2026.
    met: { start: '2026-06-01', occurrences: ['2026-11-20'], today: '2026-12-01', expected: { dueOn: '2027-05-20', status: 'on_track', ...none } },
    failing: { start: '2026-06-01', occurrences: [], today: '2026-12-10', expected: { dueOn: '2026-12-01', status: 'overdue', daysLate: 9, missedIntervals: 0 } },
  },
  CLA_VISIT_CONNECTED_PERSONS_1W: {
    // Placed with an aunt (temporary approval) Mon 2 Nov 2026: weekly visits; next due Mon 23 Nov.
    met: { start: '2026-11-02', occurrences: ['2026-11-09', '2026-11-16'], today: '2026-11-18', expected: { dueOn: '2026-11-23', status: 'due_soon', ...none } },
    // First visit on Thu 12 Nov, three days after it was due.
    failing: { start: '2026-11-02', occurrences: ['2026-11-12'], today: '2026-11-13', expected: { dueOn: '2026-11-19', status: 'due_soon', daysLate: 0, missedIntervals: 1 } },
  },
  CLA_VISIT_AFTER_FIRST_REVIEW_4W: {
    // First review Tue 1 Dec 2026: visits at most four weeks apart (due Tue 29 Dec).
    met: { start: '2026-12-01', occurrences: ['2026-12-22'], today: '2026-12-23', expected: { dueOn: '2027-01-19', status: 'on_track', ...none } },
    failing: { start: '2026-12-01', occurrences: [], today: '2027-01-04', expected: { dueOn: '2026-12-29', status: 'overdue', daysLate: 6, missedIntervals: 0 } },
  },
  CLA_VISIT_CARE_ORDER_WITH_PARENTS_1W: {
    // Care order made Wed 4 Nov 2026 while the child lives with a parent: visit by Wed 11 Nov.
    met: { start: '2026-11-04', stop: '2026-11-10', today: '2026-11-12', expected: { dueOn: '2026-11-11', status: 'met', daysLate: 0 } },
    failing: { start: '2026-11-04', today: '2026-11-16', expected: { dueOn: '2026-11-11', status: 'overdue', daysLate: 5 } },
  },
  CLA_VISIT_UNREGISTERED_1W: {
    // Unregistered placement from Mon 2 Nov 2026: weekly visits.
    met: { start: '2026-11-02', occurrences: ['2026-11-06', '2026-11-12'], today: '2026-11-13', expected: { dueOn: '2026-11-19', status: 'due_soon', ...none } },
    failing: { start: '2026-11-02', occurrences: ['2026-11-06'], today: '2026-11-20', expected: { dueOn: '2026-11-13', status: 'overdue', daysLate: 7, missedIntervals: 0 } },
  },
}
