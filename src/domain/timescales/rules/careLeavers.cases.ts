/** Met and failing cases for rules/careLeavers.ts (run by cases.test.ts). */
import type { RuleCases } from './caseTypes.js'

export const careLeaverCases: Record<string, RuleCases> = {
  CL_NEEDS_ASSESSMENT_3M: {
    // 16th birthday Mon 30 Nov 2026: the assessment is due by Tue 28 Feb 2027 (end of month clamps).
    met: { start: '2026-11-30', stop: '2027-02-20', today: '2027-03-10', expected: { dueOn: '2027-02-28', status: 'met', daysLate: 0 } },
    failing: { start: '2026-11-30', today: '2027-03-10', expected: { dueOn: '2027-02-28', status: 'overdue', daysLate: 10 } },
  },
  PATHWAY_PLAN_REVIEW_6M: {
    // Plan started 1 Jun 2026, reviewed 20 Nov 2026: next due 20 May 2027.
    met: { start: '2026-06-01', occurrences: ['2026-11-20'], today: '2027-01-10', expected: { dueOn: '2027-05-20', status: 'on_track', daysLate: 0, missedIntervals: 0 } },
    failing: { start: '2026-06-01', occurrences: ['2026-12-15'], today: '2027-01-10', expected: { dueOn: '2027-06-15', status: 'on_track', daysLate: 0, missedIntervals: 1 } },
  },
  PA_CONTACT_8W: {
    // PA allocated Mon 5 Oct 2026: first contact due Mon 30 Nov 2026 (8 weeks), then 8 weeks after each.
    met: { start: '2026-10-05', occurrences: ['2026-11-16'], today: '2026-11-25', expected: { dueOn: '2027-01-11', status: 'on_track', daysLate: 0, missedIntervals: 0 } },
    failing: { start: '2026-08-03', occurrences: [], today: '2026-11-25', expected: { dueOn: '2026-09-28', status: 'overdue', daysLate: 58, missedIntervals: 0 } },
  },
}
