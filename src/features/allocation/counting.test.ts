import { describe, expect, it } from 'vitest'
import { caseTypeOf, countCaseloads, teamStaffing, type LiveCase } from './caseloadCount.js'
import { byPriority } from './queueOrder.js'
import { childrenWithManyWorkers, distinctWorkers, type AllocationSpan } from './workerChanges.js'

const today = '2026-11-25'
const span = (workerId: string, startDate: string, endDate: string | null, childId = 'c1'): AllocationSpan => ({ childId, workerId, startDate, endDate })

describe('the number of social workers in the last 12 months', () => {
  it('counts an allocation that ended on the first day of the window, and not one that ended the day before', () => {
    expect(distinctWorkers([span('w1', '2025-01-01', '2025-11-25')], today)).toBe(1)
    expect(distinctWorkers([span('w1', '2025-01-01', '2025-11-24')], today)).toBe(0)
  })

  it('counts a worker who started today, but not an allocation that starts after today', () => {
    expect(distinctWorkers([span('w1', today, null)], today)).toBe(1)
    expect(distinctWorkers([span('w1', '2026-11-26', null)], today)).toBe(0)
  })

  it('counts the same worker allocated twice once', () => {
    expect(distinctWorkers([span('w1', '2026-01-01', '2026-03-01'), span('w2', '2026-03-01', '2026-06-01'), span('w1', '2026-06-01', null)], today)).toBe(2)
  })

  it('lists only children with 3 or more workers, most first', () => {
    const rows = [
      span('w1', '2026-01-01', '2026-02-01', 'a'), span('w2', '2026-02-01', '2026-03-01', 'a'), span('w3', '2026-03-01', null, 'a'),
      span('w1', '2026-01-01', '2026-02-01', 'b'), span('w2', '2026-02-01', null, 'b'),
      span('w0', '2024-01-01', '2025-01-01', 'c'), span('w1', '2025-01-01', '2025-11-01', 'c'), span('w2', '2025-11-01', '2026-02-01', 'c'), span('w3', '2026-02-01', null, 'c'),
      span('w4', '2026-01-01', '2026-02-01', 'd'), span('w5', '2026-02-01', '2026-03-01', 'd'), span('w6', '2026-03-01', '2026-04-01', 'd'), span('w7', '2026-04-01', null, 'd'),
    ]
    expect(childrenWithManyWorkers(rows, today)).toEqual([{ childId: 'd', workers: 4 }, { childId: 'a', workers: 3 }])
  })
})

describe('caseloads counted from live allocations', () => {
  const c = (workerId: string, childId: string, openCpPlan: boolean, openCinEpisode = true): LiveCase => ({ workerId, childId, openCpPlan, openCinEpisode })

  it('counts each child once, as CP when on a plan, else CIN when an episode is open', () => {
    expect(caseTypeOf(c('w', 'x', true))).toBe('CP')
    expect(caseTypeOf(c('w', 'x', false))).toBe('CIN')
    expect(caseTypeOf(c('w', 'x', false, false))).toBeNull()
    const lines = countCaseloads(['w1', 'w2'], [c('w1', 'a', true), c('w1', 'a', true), c('w1', 'b', false), c('w1', 'e', false, false)], {}, 18)
    expect(lines.get('w1')).toEqual({ children: 3, byType: { CIN: 1, CP: 1, CLA: 0, CARE_LEAVER: 0, ASSESSMENT: 0 }, weighted: 3, overThreshold: false })
    expect(lines.get('w2')).toMatchObject({ children: 0, weighted: 0 })
  })

  it('counts a child in care as CLA whatever else is open, and a care leaver not in care as a care leaver', () => {
    expect(caseTypeOf({ ...c('w', 'x', true), inCare: true })).toBe('CLA')
    expect(caseTypeOf({ ...c('w', 'x', false, false), careLeaver: true })).toBe('CARE_LEAVER')
    expect(caseTypeOf({ ...c('w', 'x', false), inCare: true, careLeaver: true })).toBe('CLA')
    const lines = countCaseloads(['w1'], [{ ...c('w1', 'a', false), inCare: true }, { ...c('w1', 'b', false, false), careLeaver: true }], { CLA: 2 }, 18)
    expect(lines.get('w1')).toMatchObject({ children: 2, byType: { CLA: 1, CARE_LEAVER: 1 }, weighted: 3 })
  })

  it('weights each case by its type, with 1 for a missing weight and for a child with no open episode', () => {
    const lines = countCaseloads(['w1'], [c('w1', 'a', true), c('w1', 'b', false), c('w1', 'd', false, false)], { CP: 1.5, CLA: 2 }, 18)
    expect(lines.get('w1')!.weighted).toBe(3.5)
  })

  it('is over threshold only above it, and ignores allocations to workers outside the team', () => {
    const cases = [c('w1', 'a', false), c('w1', 'b', false), c('w1', 'd', false), c('zz', 'e', false)]
    expect(countCaseloads(['w1'], cases, {}, 3).get('w1')!.overThreshold).toBe(false)
    expect(countCaseloads(['w1'], cases, {}, 2).get('w1')!.overThreshold).toBe(true)
    expect(countCaseloads(['w1'], cases, {}, 2).has('zz')).toBe(false)
  })
})

describe('team staffing', () => {
  it('adds FTE, counts vacancies, agency, ASYE and staff away today', () => {
    const staff = [
      { fte: 1, employment: 'PERMANENT', asye: true, awayFrom: null, awayUntil: null },
      { fte: 0.5, employment: 'AGENCY', asye: false, awayFrom: '2026-11-20', awayUntil: today },
      { fte: 0.8, employment: 'FIXED_TERM', asye: false, awayFrom: '2026-11-26', awayUntil: null },
    ]
    expect(teamStaffing(staff, 4, today)).toEqual({ fteInPost: 2.3, fundedFte: 4, vacancies: 1.7, agency: 1, asye: 1, awayToday: 1 })
    expect(teamStaffing(staff, null, today).vacancies).toBeNull()
    expect(teamStaffing(staff, 2, today).vacancies).toBe(0)
  })
})

describe('the allocation queue order', () => {
  it('puts child protection work first, then the earliest assessment due date', () => {
    const rows = [
      { id: 'late', protection: false, assessmentDueOn: '2027-01-20' },
      { id: 'cp-late', protection: true, assessmentDueOn: '2027-01-25' },
      { id: 'early', protection: false, assessmentDueOn: '2027-01-05' },
      { id: 'cp-early', protection: true, assessmentDueOn: '2027-01-06' },
    ]
    expect([...rows].sort(byPriority).map((r) => r.id)).toEqual(['cp-early', 'cp-late', 'early', 'late'])
  })
})
