/** Met and failing cases for rules/missing.ts (run by cases.test.ts). */
import type { RuleCases } from './caseTypes.js'

export const missingCases: Record<string, RuleCases> = {
  RHI_OFFERED_72H: {
    // Returned at 20:00 on Fri 27 Nov 2026: 72 clock hours, the weekend included, end at 20:00 on
    // Mon 30 Nov (a working-day clock would run to Wed 2 Dec).
    met: {
      start: '2026-11-27T20:00:00Z',
      stop: '2026-11-30T19:30:00Z',
      today: '2026-12-01',
      expected: { dueOn: '2026-11-30T20:00:00.000Z', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-11-27T20:00:00Z',
      stop: '2026-12-01T09:00:00Z',
      today: '2026-12-01',
      expected: { dueOn: '2026-11-30T20:00:00.000Z', status: 'missed', daysLate: 1 },
    },
  },
}
