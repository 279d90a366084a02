import { beforeAll, describe, expect, it } from 'vitest'
import { createWorkingDayCalendar } from '../domain/timescales/index.js'
import { daysFrom, londonDay } from './days.js'
import { generate, type Generated } from './generate.js'

const today = '2025-06-30'
const calendar = createWorkingDayCalendar({ from: 2010, to: 2040 })

/** Early help assessments follow contacts decided as early help, at the rates earlyHelp.ts states. */
describe('synthetic early help assessments (demo size)', () => {
  let g: Generated
  beforeAll(() => {
    g = generate({ size: 'demo', seed: 7, today, calendar })
  })
  const assessments = () => g.rows.earlyHelpAssessments
  const earlyHelpContacts = () => g.rows.contacts.filter((c) => c.decision === 'EARLY_HELP' && c.decidedAt && calendar.addWorkingDays(londonDay(c.decidedAt), 10) < today)

  it('follows only contacts decided as early help, one assessment each, for the contact’s child', () => {
    const byId = new Map(g.rows.contacts.map((c) => [c.id, c]))
    expect(assessments().length).toBeGreaterThan(50)
    for (const a of assessments()) expect(byId.get(a.contactId!)).toMatchObject({ decision: 'EARLY_HELP', childId: a.childId })
    expect(new Set(assessments().map((a) => a.contactId)).size).toBe(assessments().length)
  })

  it('starts one for about 7 in 10 such contacts, within 10 working days of the decision', () => {
    const started = new Set(assessments().map((a) => a.contactId))
    const share = earlyHelpContacts().filter((c) => started.has(c.id)).length / earlyHelpContacts().length
    expect(share).toBeGreaterThan(0.6)
    expect(share).toBeLessThan(0.8)
    const byId = new Map(g.rows.contacts.map((c) => [c.id, c]))
    for (const a of assessments()) {
      const decidedOn = londonDay(byId.get(a.contactId!)!.decidedAt!)
      expect(a.startDate > decidedOn && a.startDate <= calendar.addWorkingDays(decidedOn, 10)).toBe(true)
    }
  })

  it('completes most within 45 days, with an outcome exactly when completed, and nothing after yesterday', () => {
    const completed = assessments().filter((a) => a.completedOn)
    const in45 = completed.filter((a) => daysFrom(a.startDate, a.completedOn!) <= 45).length / completed.length
    expect(in45).toBeGreaterThan(0.75)
    for (const a of assessments()) {
      expect(a.startDate < today).toBe(true)
      expect(Boolean(a.outcome)).toBe(Boolean(a.completedOn))
      if (a.completedOn) expect(a.completedOn >= a.startDate && a.completedOn < today).toBe(true)
    }
  })

  it('is deterministic from the seed', () => {
    expect(generate({ size: 'demo', seed: 7, today, calendar }).rows.earlyHelpAssessments).toEqual(assessments())
  })
})
