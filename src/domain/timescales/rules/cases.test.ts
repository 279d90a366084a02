/**
 * Every timescale rule, with a case that meets it and a case that fails it, on real dates that
 * cross weekends and England bank holidays where the rule counts working days. The last test
 * fails when a rule is added to timescaleRules without cases here.
 */
import { describe, it, expect } from 'vitest'
import { createWorkingDayCalendar } from '../calendar.js'
import { evaluate } from '../engine.js'
import { evaluateRepeating } from '../repeat.js'
import { ruleById, timescaleRules } from '../rules.js'
import type { Case, RuleCases } from './caseTypes.js'
import { childrenInCareCases } from './childrenInCare.cases.js'
import { missingCases } from './missing.cases.js'
import { careReviewCases } from './careReviews.cases.js'
import { careLeaverCases } from './careLeavers.cases.js'
import { privateFosteringCases } from './privateFostering.cases.js'

const cal = createWorkingDayCalendar({ from: 2020, to: 2030 })

const cases: Record<string, RuleCases> = {
  // Issue 5's rules keep their cases beside them (rules/*.cases.ts).
  ...childrenInCareCases, ...missingCases, ...careReviewCases, ...careLeaverCases, ...privateFosteringCases,
  CONTACT_DECISION_1WD: {
    // Received on Christmas Eve 2026: Fri 25 Dec and Mon 28 Dec (Boxing Day substitute) are bank
    // holidays, so the next working day is Tue 29 Dec.
    met: {
      start: '2026-12-24T16:00:00Z',
      stop: '2026-12-29T10:00:00Z',
      today: '2026-12-30',
      expected: { dueOn: '2026-12-29', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-12-24T16:00:00Z',
      stop: '2026-12-30T09:00:00Z',
      today: '2026-12-30',
      expected: { dueOn: '2026-12-29', status: 'missed', daysLate: 1 },
    },
  },
  ASSESSMENT_45WD: {
    // Referral Mon 2 Mar 2026, across Easter (Fri 3 and Mon 6 Apr) and the early May bank holiday
    // (Mon 4 May): due Thu 7 May.
    met: {
      start: '2026-03-02',
      stop: '2026-05-07',
      today: '2026-05-20',
      expected: { dueOn: '2026-05-07', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-03-02',
      today: '2026-05-12',
      expected: { dueOn: '2026-05-07', status: 'overdue', daysLate: 3 },
    },
  },
  STRATEGY_TO_ICPC_15WD: {
    // Strategy discussion Mon 14 Dec 2026. Skips 25 Dec, 28 Dec (substitute day) and 1 Jan:
    // day 15 is Thu 7 Jan 2027 (weekends alone would give Mon 4 Jan).
    met: {
      start: '2026-12-14',
      stop: '2027-01-07',
      today: '2027-01-08',
      expected: { dueOn: '2027-01-07', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-12-14',
      stop: '2027-01-08',
      today: '2027-01-08',
      expected: { dueOn: '2027-01-07', status: 'missed', daysLate: 1 },
    },
  },
  S47_TO_ICPC_15WD: {
    // s47 started Wed 16 Dec 2026: due Mon 11 Jan 2027.
    met: {
      start: '2026-12-16',
      stop: '2027-01-11',
      today: '2027-01-12',
      expected: { dueOn: '2027-01-11', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-12-16',
      today: '2027-01-13',
      expected: { dueOn: '2027-01-11', status: 'overdue', daysLate: 2 },
    },
  },
  FIRST_CORE_GROUP_10WD: {
    // ICPC Mon 22 Mar 2027, across Easter 2027 (Fri 26 and Mon 29 Mar): due Wed 7 Apr.
    met: {
      start: '2027-03-22',
      stop: '2027-04-07',
      today: '2027-04-08',
      expected: { dueOn: '2027-04-07', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2027-03-22',
      stop: '2027-04-09',
      today: '2027-04-12',
      expected: { dueOn: '2027-04-07', status: 'missed', daysLate: 2 },
    },
  },
  CORE_GROUP_6W: {
    // First core group Thu 1 Oct 2026; then every 6 weeks from the last one.
    met: {
      start: '2026-10-01',
      occurrences: ['2026-11-12', '2026-12-22'],
      today: '2027-01-10',
      expected: { dueOn: '2027-02-02', status: 'on_track', daysLate: 0, missedIntervals: 0 },
    },
    failing: {
      // None since 12 Nov: the next was due Thu 24 Dec.
      start: '2026-10-01',
      occurrences: ['2026-11-12'],
      today: '2027-01-04',
      expected: { dueOn: '2026-12-24', status: 'overdue', daysLate: 11, missedIntervals: 0 },
    },
  },
  FIRST_RCPC_3M: {
    // ICPC Mon 30 Nov 2026: three months on is clamped to Sun 28 Feb 2027.
    met: {
      start: '2026-11-30',
      stop: '2027-02-26',
      today: '2027-03-01',
      expected: { dueOn: '2027-02-28', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-11-30',
      stop: '2027-03-01',
      today: '2027-03-01',
      expected: { dueOn: '2027-02-28', status: 'missed', daysLate: 1 },
    },
  },
  RCPC_6M: {
    // First review Mon 31 Aug 2026: the next is due Sun 28 Feb 2027, then 6 months after each.
    met: {
      start: '2026-08-31',
      occurrences: ['2027-02-26'],
      today: '2027-05-01',
      expected: { dueOn: '2027-08-26', status: 'on_track', daysLate: 0, missedIntervals: 0 },
    },
    failing: {
      start: '2026-08-31',
      occurrences: ['2027-03-10'],
      today: '2027-05-01',
      expected: { dueOn: '2027-09-10', status: 'on_track', daysLate: 0, missedIntervals: 1 },
    },
  },
  CP_VISIT_10WD: {
    // Plan from Mon 21 Dec 2026; visited Wed 23 Dec, so the next visit is due Mon 11 Jan 2027
    // (Christmas, the 28 Dec substitute day and New Year's Day do not count).
    met: {
      start: '2026-12-21',
      occurrences: ['2026-12-23', '2027-01-06'],
      today: '2027-01-08',
      expected: { dueOn: '2027-01-20', status: 'on_track', daysLate: 0, missedIntervals: 0 },
    },
    failing: {
      start: '2026-12-21',
      occurrences: ['2026-12-23'],
      today: '2027-01-13',
      expected: { dueOn: '2027-01-11', status: 'overdue', daysLate: 2, missedIntervals: 0 },
    },
  },
  CIN_VISIT_20WD: {
    // Plan from Mon 14 Dec 2026: first visit due Thu 14 Jan 2027.
    met: {
      start: '2026-12-14',
      occurrences: ['2027-01-14'],
      today: '2027-01-20',
      expected: { dueOn: '2027-02-11', status: 'on_track', daysLate: 0, missedIntervals: 0 },
    },
    failing: {
      // Visited Mon 18 Jan: two working days late (Fri 15, Mon 18).
      start: '2026-12-14',
      occurrences: ['2027-01-18'],
      today: '2027-01-20',
      expected: { dueOn: '2027-02-15', status: 'on_track', daysLate: 0, missedIntervals: 1 },
    },
  },
  CIN_PLAN_REVIEW_3M: {
    met: {
      start: '2026-11-30',
      occurrences: ['2027-02-25'],
      today: '2027-03-01',
      expected: { dueOn: '2027-05-25', status: 'on_track', daysLate: 0, missedIntervals: 0 },
    },
    failing: {
      // Never reviewed, and the plan closed on 15 Mar with the review 15 days overdue.
      start: '2026-11-30',
      occurrences: [],
      until: '2027-03-15',
      today: '2027-03-20',
      expected: { dueOn: '2027-02-28', status: 'missed', daysLate: 15, missedIntervals: 0 },
    },
  },
  POLICE_PROTECTION_72H: {
    // Taken into police protection at 22:00 BST on Fri 23 Oct 2026; the clocks go back on Sun 25
    // Oct, so 72 elapsed hours end at 21:00 GMT on Mon 26 Oct, not 22:00.
    met: {
      start: '2026-10-23T22:00:00+01:00',
      stop: '2026-10-26T21:00:00Z',
      today: '2026-10-27',
      expected: { dueOn: '2026-10-26T21:00:00.000Z', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-10-23T22:00:00+01:00',
      stop: '2026-10-26T21:30:00Z',
      today: '2026-10-27',
      expected: { dueOn: '2026-10-26T21:00:00.000Z', status: 'missed', daysLate: 1 },
    },
  },
  EPO_8D: {
    // Made Mon 21 Dec 2026: 8 calendar days, holidays included, to Tue 29 Dec.
    met: {
      start: '2026-12-21',
      stop: '2026-12-29',
      today: '2026-12-30',
      expected: { dueOn: '2026-12-29', status: 'met', daysLate: 0 },
    },
    failing: {
      start: '2026-12-21',
      today: '2026-12-30',
      expected: { dueOn: '2026-12-29', status: 'overdue', daysLate: 1 },
    },
  },
  CARE_PROCEEDINGS_26W: {
    // Issued Mon 5 Jan 2026; 26 weeks beginning with that day end on Sun 5 Jul 2026.
    met: {
      start: '2026-01-05',
      stop: '2026-07-03',
      today: '2026-07-10',
      expected: { dueOn: '2026-07-05', status: 'met', daysLate: 0 },
    },
    failing: {
      // A final order on Mon 6 Jul is a day late (it would be on time if the issue day were day 0).
      start: '2026-01-05',
      stop: '2026-07-06',
      today: '2026-07-10',
      expected: { dueOn: '2026-07-05', status: 'missed', daysLate: 1 },
    },
  },
  PRE_PROCEEDINGS_16W: {
    // Legal planning decision Mon 5 Jan 2026: 16 weeks on is Mon 27 Apr 2026.
    met: {
      start: '2026-01-05',
      stop: '2026-04-24',
      today: '2026-05-04',
      expected: { dueOn: '2026-04-27', status: 'met', daysLate: 0 },
    },
    failing: {
      // Still open a week after the 16 weeks: drift before proceedings.
      start: '2026-01-05',
      today: '2026-05-04',
      expected: { dueOn: '2026-04-27', status: 'overdue', daysLate: 7 },
    },
  },
}

function run(id: string, c: Case) {
  const rule = ruleById(id)
  if (!rule) throw new Error(`No rule ${id}`)
  if (rule.repeat) {
    const r = evaluateRepeating(
      rule,
      { start: c.start, occurrences: c.occurrences ?? [], until: c.until },
      cal,
      c.today,
    )
    return {
      dueOn: r.dueOn,
      status: r.status,
      daysLate: r.daysLate,
      missedIntervals: r.missedIntervals,
    }
  }
  return evaluate(rule, { start: c.start, stop: c.stop }, cal, c.today)
}

describe('every timescale rule', () => {
  for (const [id, { met, failing }] of Object.entries(cases)) {
    describe(id, () => {
      it('passes when done in time', () => {
        expect(run(id, met)).toEqual(met.expected)
        const repeated = ruleById(id)?.repeat
        if (!repeated) expect(met.expected.status).toBe('met')
      })
      it('fails when late', () => {
        const result = run(id, failing)
        expect(result).toEqual(failing.expected)
        expect(
          ['missed', 'overdue'].includes(result.status) ||
            ('missedIntervals' in result && (result.missedIntervals ?? 0) > 0),
        ).toBe(true)
      })
    })
  }

  it('has a case for every rule', () => {
    expect(Object.keys(cases).sort()).toEqual(timescaleRules.map((r) => r.id).sort())
  })
})
