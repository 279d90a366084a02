/** Met and failing cases for rules/privateFostering.ts (run by cases.test.ts). */
import type { RuleCases } from './caseTypes.js'

export const privateFosteringCases: Record<string, RuleCases> = {
  PF_FIRST_VISIT_7WD: {
    // Notified Mon 21 Dec 2026: 25 Dec, 28 Dec (substitute) and 1 Jan are not working days, so the
    // seventh working day is Mon 4 Jan 2027.
    met: { start: '2026-12-21', stop: '2027-01-04', today: '2027-01-05', expected: { dueOn: '2027-01-04', status: 'met', daysLate: 0 } },
    failing: { start: '2026-12-21', stop: '2027-01-06', today: '2027-01-08', expected: { dueOn: '2027-01-04', status: 'missed', daysLate: 2 } },
  },
  PF_VISIT_6W: {
    // First visit Tue 1 Sep 2026; visited 13 Oct (exactly 6 weeks), so the next is due Tue 24 Nov.
    met: { start: '2026-09-01', occurrences: ['2026-10-13'], today: '2026-11-01', expected: { dueOn: '2026-11-24', status: 'on_track', daysLate: 0, missedIntervals: 0 } },
    // No visit since 1 Sep: the next was due Tue 13 Oct and is 12 days overdue on 25 Oct.
    failing: { start: '2026-09-01', occurrences: [], today: '2026-10-25', expected: { dueOn: '2026-10-13', status: 'overdue', daysLate: 12, missedIntervals: 0 } },
  },
  PF_VISIT_12W: {
    // Last first-year visit Mon 5 Oct 2026; visited 28 Dec (12 weeks), so the next is due Mon 22 Mar 2027.
    met: { start: '2026-10-05', occurrences: ['2026-12-28'], today: '2027-01-10', expected: { dueOn: '2027-03-22', status: 'on_track', daysLate: 0, missedIntervals: 0 } },
    // Visited Mon 4 Jan 2027, a week after the 12 weeks ran out on 28 Dec: one interval missed.
    failing: { start: '2026-10-05', occurrences: ['2027-01-04'], today: '2027-01-10', expected: { dueOn: '2027-03-29', status: 'on_track', daysLate: 0, missedIntervals: 1 } },
  },
}
