/** Per-rule unit tests (child protection plans and reviews): one passing and one failing case each. */
import { describe, expect, it } from 'vitest'
import type { CensusChild } from './types.js'
import { child, cpChild, cpPlan, findingsOf } from './testChild.js'

type Case = { code: string; fail: CensusChild; pass?: CensusChild }

const cases: Case[] = [
  { code: '1105', fail: cpChild({ cpPlans: [cpPlan({ startDate: '2025-06-01' })] }), pass: cpChild() },
  { code: '2885', fail: cpChild({ cpPlans: [cpPlan({ startDate: '2025-07-02' })] }), pass: cpChild() },
  { code: '8720', fail: cpChild({ cpPlans: [cpPlan({ startDate: null })] }), pass: cpChild() },
  { code: '8730', fail: cpChild({ cpPlans: [cpPlan({ numberOfPreviousCpp: null })] }), pass: cpChild() },
  { code: '8832', fail: cpChild({ referralNfa: 'true' }), pass: cpChild() },
  { code: '8840', fail: cpChild({ cpPlans: [cpPlan({ endDate: '2025-07-01' })] }), pass: cpChild() },
  {
    code: '8841',
    fail: cpChild({ cpPlans: [cpPlan({ reviews: [{ position: 1, date: '2025-07-01' }] })] }),
    pass: cpChild(),
  },
  {
    code: '8842Q',
    fail: cpChild({ cpPlans: [cpPlan({ reviews: [{ position: 1, date: null }] })] }),
    pass: cpChild(),
  },
  { code: '8905', fail: cpChild({ cpPlans: [cpPlan({ initialCategory: 'XXX' })] }), pass: cpChild() },
  { code: '8910', fail: cpChild({ cpPlans: [cpPlan({ latestCategory: null })] }), pass: cpChild() },
  {
    code: '8915',
    fail: { ...cpChild(), deathDate: '2025-06-30' },
    pass: { ...cpChild(), deathDate: '2025-07-01' },
  },
  {
    code: '8920',
    fail: { ...cpChild({ cpPlans: [cpPlan({ endDate: '2025-09-01' })] }), deathDate: '2025-08-01' },
    pass: cpChild(),
  },
  { code: '8925', fail: cpChild({ cpPlans: [cpPlan({ endDate: '2025-06-30' })] }), pass: cpChild() },
  {
    code: '8930',
    fail: cpChild({ cpPlans: [cpPlan({ startDate: '2025-02-01', endDate: '2025-03-01' })] }),
    pass: cpChild(),
  },
  { code: '8935', fail: cpChild({ cpPlans: [cpPlan(), cpPlan({ position: 2 })] }), pass: cpChild() },
  {
    code: '8940',
    fail: cpChild({
      cpPlans: [cpPlan({ endDate: '2025-09-01' }), cpPlan({ position: 2, startDate: '2025-08-01' })],
    }),
    pass: cpChild({
      cpPlans: [cpPlan({ endDate: '2025-09-01' }), cpPlan({ position: 2, startDate: '2025-09-02' })],
    }),
  },
]

describe('CIN census rules: CP plans', () => {
  it.each(cases)('$code fails the failing case and passes the passing one', ({ code, fail, pass }) => {
    expect(findingsOf(code, fail)).toContain(code)
    expect(findingsOf(code, pass ?? child())).toEqual([])
  })
})
