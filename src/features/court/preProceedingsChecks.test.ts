import { describe, expect, it } from 'vitest'
import { preProceedingsErrors } from './preProceedingsChecks.js'

const blankSteps = {
  letterSentOn: null,
  fgdmOffered: null,
  fgdmFacilitated: null,
  stepDecisionOn: null,
  outcome: null,
  courtApplicationOn: null,
  letterInitiatingProceedingsOn: null,
  endDate: null,
}

describe('the order of pre-proceedings steps (CIN census 2026-27 rules)', () => {
  const start = { startDate: '2026-06-01', ...blankSteps }
  it('accepts steps in order', () => {
    expect(
      preProceedingsErrors({
        ...start,
        letterSentOn: '2026-06-05',
        fgdmOffered: true,
        fgdmFacilitated: true,
        stepDecisionOn: '2026-08-01',
        courtApplicationOn: '2026-08-10',
        letterInitiatingProceedingsOn: '2026-08-11',
        outcome: 'A',
        endDate: '2026-08-12',
      }),
    ).toEqual({})
  })
  it('names the rule each out-of-order step breaks', () => {
    const errors = preProceedingsErrors({
      ...start,
      letterSentOn: '2026-05-30',
      stepDecisionOn: '2026-05-31',
      courtApplicationOn: '2026-05-30',
      letterInitiatingProceedingsOn: '2026-05-29',
    })
    expect(errors).toMatchObject({
      letterSentOn: expect.stringContaining('CIN rule 9006'),
      fgdmOffered: expect.stringContaining('CIN rule 9007'),
      stepDecisionOn: expect.stringContaining('CIN rule 9009'),
      courtApplicationOn: expect.stringContaining('CIN rule 9012'),
      letterInitiatingProceedingsOn: expect.stringContaining('CIN rule 9013'),
    })
  })
  it('needs an outcome to end, and an application for outcome A', () => {
    expect(preProceedingsErrors({ ...start, endDate: '2026-07-01' })).toMatchObject({
      endDate: expect.stringContaining('outcome'),
    })
    expect(preProceedingsErrors({ ...start, outcome: 'A' })).toMatchObject({
      outcome: expect.stringContaining('court application'),
    })
  })
})
