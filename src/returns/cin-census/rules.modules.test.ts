/** Per-rule unit tests (activity, assessments, CIN plans, S47, CP plans): one passing and one failing case each. */
import { describe, expect, it } from 'vitest'
import type { CensusChild } from './types.js'
import {
  assessment as a,
  child,
  cinPlan,
  cpChild,
  cpPlan,
  episode as ep,
  findingsOf,
  s47,
} from './testChild.js'

type Case = { code: string; fail: CensusChild; pass?: CensusChild }
const closed = { closureDate: '2025-09-01', reasonForClosure: 'RC7' }
const one = (o: Parameters<typeof ep>[0]) => child({ episodes: [ep(o)] })
const open = { authorisationDate: null, factors: [] }

const cases: Case[] = [
  {
    code: '2990',
    fail: one({ ...closed, reasonForClosure: 'RC8', cinPlans: [cinPlan({ endDate: '2025-08-01' })] }),
    pass: one({ ...closed, reasonForClosure: 'RC8', cinPlans: [] }),
  },
  { code: '2991Q', fail: one({ assessments: [], section47s: [s47()] }), pass: cpChild() },
  {
    code: '8565',
    fail: one({ closureDate: '2025-06-20', reasonForClosure: 'RC7', cinPlans: [] }),
    pass: one({ ...closed, cinPlans: [cinPlan({ endDate: '2025-09-01' })] }),
  },
  { code: '8815', fail: child({ episodes: [ep(), ep({ position: 2, referralDate: '2025-08-01' })] }) },
  {
    code: '8816',
    fail: child({ episodes: [ep(), ep({ position: 2, referralDate: '2025-08-01', ...closed })] }),
    pass: child({
      episodes: [
        ep({ referralDate: '2025-05-01', closureDate: '2025-05-20', reasonForClosure: 'RC7' }),
        ep({ position: 2 }),
      ],
    }),
  },
  {
    code: '8820',
    fail: child({ episodes: [ep(closed), ep({ position: 2, referralDate: '2025-08-01' })] }),
    pass: child({ episodes: [ep(closed), ep({ position: 2, referralDate: '2025-09-02' })] }),
  },
  {
    code: '8825Q',
    fail: one({ ...closed, reasonForClosure: 'RC8', assessments: [] }),
    pass: one({ ...closed, reasonForClosure: 'RC8' }),
  },
  {
    code: '8831',
    fail: one({ referralNfa: 'true' }),
    pass: one({ referralNfa: 'true', assessments: [], cinPlans: [] }),
  },
  {
    code: '8867',
    fail: one({ ...closed, assessments: [a({ authorisationDate: null })] }),
    pass: one(closed),
  },
  {
    code: '8868',
    fail: one({ ...closed, section47s: [s47({ icpcDate: null })] }),
    pass: one({ ...closed, section47s: [s47({ icpcDate: null, icpcNotRequired: 'true' })] }),
  },
  { code: '1103', fail: one({ assessments: [a({ startDate: '2025-06-01' })] }) },
  { code: '8608', fail: one({ assessments: [a({ startDate: '2025-07-02' })] }) },
  { code: '8614', fail: one({ assessments: [a({ authorisationDate: null })] }) },
  {
    code: '8670Q',
    fail: one({ assessments: [a(open)] }),
    pass: one({ assessments: [a({ ...open, startDate: '2026-03-20' })] }),
  },
  { code: '8696', fail: one({ assessments: [a({ authorisationDate: '2025-03-01' })] }) },
  {
    code: '8736',
    fail: one({ assessments: [a({ ...open, startDate: '2025-03-01' })] }),
    pass: one({ assessments: [a(open)] }),
  },
  {
    code: '8863Q',
    fail: one({
      assessments: [a(), a({ position: 2, startDate: '2025-06-20', authorisationDate: '2025-08-01' })],
    }),
    pass: one({
      assessments: [a(), a({ position: 2, startDate: '2025-07-02', authorisationDate: '2025-08-01' })],
    }),
  },
  {
    code: '8869',
    fail: one({ assessments: [a({ factors: ['21', '3B'] })] }),
    pass: one({ assessments: [a({ factors: ['21'] })], ...closed, reasonForClosure: 'RC8' }),
  },
  {
    code: '8873Q',
    fail: one({ assessments: [a({ factors: ['21'] })] }),
    pass: one({ assessments: [a({ factors: ['21'] })], ...closed, reasonForClosure: 'RC8' }),
  },
  {
    code: '8896',
    fail: one({ assessments: [a(open), a({ ...open, position: 2 })] }),
    pass: one({ assessments: [a(), a({ ...open, position: 2 })] }),
  },
  {
    code: '8897Q',
    fail: one({ assessments: [a({ factors: [] })] }),
    pass: one({ assessments: [a({ authorisationDate: '2025-03-01', factors: [] })] }),
  },
  { code: '8898', fail: one({ assessments: [a({ factors: ['3B', '3B'] })] }) },
  {
    code: '8945Q',
    fail: one({ assessments: [a({ factors: ['18A'] })] }),
    pass: one({ assessments: [a({ factors: ['18B'] })] }),
  },
  {
    code: '8950Q',
    fail: one({ assessments: [a({ factors: ['19A'] })] }),
    pass: one({ assessments: [a({ factors: ['19C'] })] }),
  },
  { code: '4000', fail: one({ referralNfa: 'true' }), pass: one({ referralNfa: 'true', cinPlans: [] }) },
  {
    code: '4001',
    fail: one({ cpPlans: [cpPlan()] }),
    pass: one({ cpPlans: [cpPlan({ endDate: '2025-07-01' })] }),
  },
  {
    code: '4003',
    fail: one({
      cinPlans: [cinPlan({ startDate: '2025-09-01', endDate: '2025-09-30' })],
      cpPlans: [cpPlan({ endDate: '2025-10-01' })],
    }),
    pass: one({
      cinPlans: [cinPlan({ startDate: '2025-10-01', endDate: '2025-12-30' })],
      cpPlans: [cpPlan({ endDate: '2025-10-01' })],
    }),
  },
  { code: '4004', fail: one({ cinPlans: [cinPlan(), cinPlan({ position: 2 })] }) },
  { code: '4010', fail: one({ cinPlans: [cinPlan({ startDate: null })] }) },
  { code: '4011', fail: one({ cinPlans: [cinPlan({ endDate: '2025-07-01' })] }) },
  { code: '4012Q', fail: one({ cinPlans: [cinPlan({ endDate: '2025-07-02' })] }) },
  { code: '4013', fail: one({ cinPlans: [cinPlan({ startDate: '2025-02-01', endDate: '2025-03-01' })] }) },
  {
    code: '4014',
    fail: one({
      cinPlans: [cinPlan({ endDate: '2025-09-01' }), cinPlan({ position: 2, startDate: '2025-08-01' })],
    }),
    pass: one({
      cinPlans: [cinPlan({ endDate: '2025-09-01' }), cinPlan({ position: 2, startDate: '2025-09-02' })],
    }),
  },
  { code: '4015', fail: one({ cinPlans: [cinPlan({ startDate: '2025-06-01' })] }) },
  {
    code: '4016',
    fail: one({ cinPlans: [cinPlan({ startDate: '2025-08-01' })], cpPlans: [cpPlan()] }),
    pass: one({
      cinPlans: [cinPlan({ startDate: '2025-08-01' })],
      cpPlans: [cpPlan({ endDate: '2025-08-01' })],
    }),
  },
  {
    code: '4017',
    fail: one({ cpPlans: [cpPlan({ startDate: '2025-08-01' })] }),
    pass: one({
      cinPlans: [cinPlan({ endDate: '2025-08-01' })],
      cpPlans: [cpPlan({ startDate: '2025-08-01' })],
    }),
  },
  { code: '1104', fail: cpChild({ section47s: [s47({ icpcDate: '2025-06-01' })] }), pass: cpChild() },
  { code: '2884', fail: cpChild({ dateOfInitialCpc: '2025-07-01' }), pass: cpChild() },
  { code: '2889', fail: cpChild({ section47s: [s47({ startDate: '2025-06-01' })] }), pass: cpChild() },
  { code: '8615', fail: cpChild({ section47s: [s47({ startDate: '2025-07-02' })] }), pass: cpChild() },
  {
    code: '8675Q',
    fail: cpChild({ section47s: [s47({ icpcDate: null })] }),
    pass: cpChild({ section47s: [s47({ icpcDate: null, startDate: '2026-03-25' })] }),
  },
  {
    code: '8715',
    fail: cpChild({ section47s: [s47({ startDate: '2025-03-01', icpcDate: '2025-03-03' })] }),
    pass: cpChild(),
  },
  {
    code: '8740',
    fail: cpChild({ section47s: [s47({ startDate: '2025-03-01', icpcDate: null })] }),
    pass: cpChild(),
  },
  {
    code: '8839',
    fail: cpChild({ section47s: [s47({ icpcDate: null }), s47({ position: 2, icpcDate: null })] }),
    pass: cpChild(),
  },
  { code: '8870Q', fail: cpChild({ section47s: [s47({ icpcTarget: '2025-07-05' })] }), pass: cpChild() },
  { code: '8875', fail: cpChild({ section47s: [s47({ icpcDate: '2025-07-05' })] }), pass: cpChild() },
  {
    code: '8890',
    fail: cpChild({
      section47s: [s47(), s47({ position: 2, startDate: '2025-06-20', icpcDate: '2025-07-10' })],
    }),
    pass: cpChild({
      section47s: [s47(), s47({ position: 2, startDate: '2025-07-02', icpcDate: '2025-07-10' })],
    }),
  },
]

describe('CIN census rules: activity, assessments, plans, S47 and CP', () => {
  it.each(cases)('$code fails the failing case and passes the passing one', ({ code, fail, pass }) => {
    expect(findingsOf(code, fail)).toContain(code)
    expect(findingsOf(code, pass ?? child())).toEqual([])
  })
})
