/**
 * Issue 7 part 3: for every KPI, a hand-built fixture with a known answer (kpiFixture.ts: bank
 * holiday, weekend, leap day, BST and year-end boundaries), and for every KPI and every breakdown,
 * the count-equals-list test. On both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kpiById, kpiCatalogue, periodOf, type Kpi } from '../../domain/kpis/index.js'
import { fixedClock } from '../../domain/clock.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'
import { kpiFixtureNow, kpiFixturePeriod, kpiFixturePopulation, seedKpiFixture } from './kpiFixture.js'
import { breakdowns, kpiEngine } from './kpiEngine.js'
import { summarise } from './performanceService.js'
import type { PerformanceQuery } from './performanceSchemas.js'

/** [denominator (cohort size), numerator, value] for the quarter January to March 2028, authority-wide. */
const expected: Record<string, [number, number, number | null]> = {
  FD_CONTACTS: [7, 7, 7],
  FD_DECISION_1WD: [6, 3, 50],
  FD_AWAITING_OVERDUE: [7, 2, 2],
  FD_RECORDED_SAME_DAY: [7, 6, 85.7],
  FD_RECORDING_DELAY: [7, 7, 0.28], // (46 + 0.5 hours) / 24 / 7 contacts
  FD_CONTACT_TO_REFERRAL: [4, 1, 25],
  FD_CONTACT_NFA: [4, 1, 25],
  REF_COUNT: [3, 3, 3],
  REF_RATE_10K: [3, 3, 12], // 3 referrals in 91 days, scaled to 365, per 10,000 of 10,000 children
  REF_REREFERRAL: [3, 1, 33.3],
  REF_TO_ASSESSMENT: [3, 2, 66.7],
  REF_NFA: [3, 1, 33.3],
  ASSESS_45WD: [2, 1, 50],
  ASSESS_45WD_START: [2, 2, 100],
  ASSESS_AVG_WD_REFERRAL: [2, 2, 45.5],
  ASSESS_AVG_WD_START: [2, 2, 44.5],
  ASSESS_CHILD_SEEN: [2, 2, 100],
  ASSESS_SEEN_ALONE: [2, 1, 50],
  ASSESS_OVERDUE_OPEN: [2, 1, 1],
  CP_S47_COUNT: [4, 4, 4],
  CP_ICPC_15WD: [2, 2, 100],
  CP_ICPC_15WD_STRATEGY: [2, 1, 50],
  CP_NOT_CONVENED_UNAUTHORISED: [2, 1, 1],
  CP_NOT_CONVENED_AUTHORISED: [2, 1, 1],
  CP_PLANS_STARTED: [3, 3, 3],
  CP_OPEN: [3, 3, 3],
  CP_RATE_10K: [3, 3, 3],
  CP_SECOND_PLAN: [3, 1, 33.3],
  CP_REPEAT_2Y: [3, 1, 33.3],
  CP_FIRST_CORE_GROUP: [3, 1, 33.3],
  CP_VISITS_IN_TIME: [3, 2, 66.7],
  CP_SEEN_ALONE: [3, 1, 33.3],
  CP_REVIEWS_ON_TIME: [3, 2, 66.7],
  CP_CORE_GROUPS_ON_TIME: [3, 2, 66.7],
  CP_OPEN_OVER_2Y: [3, 1, 1],
  CP_ENDED_OVER_2Y: [2, 1, 50],
  CP_ENDED_UNDER_3M: [2, 1, 50],
  CP_STEPDOWN_REESCALATION: [2, 1, 50],
  CP_PLO_AVG_DAYS: [1, 1, 120],
  CP_PLO_OVER_16W: [2, 1, 1],
  CP_PROCEEDINGS_26W: [2, 1, 50],
  CIN_RATE_10K: [7, 7, 7],
  CIN_VISITS_IN_TIME: [3, 2, 66.7],
  CIN_NOT_SEEN: [3, 1, 1],
  CIN_REVIEWS_ON_TIME: [3, 2, 66.7],
  CIN_DISABLED_REVIEWS: [1, 0, 0],
  TH_CONTACT_EARLY_HELP: [4, 1, 25],
  TH_CONTACT_INFO_ADVICE: [4, 1, 25],
  TH_CONTACT_STRATEGY: [4, 0, 0],
  TH_REFERRAL_AFTER_NFA: [3, 1, 33.3],
  TH_ASSESSMENT_NFA: [2, 1, 50],
  WF_UNALLOCATED: [7, 1, 1],
  WF_AVG_CASELOAD: [6, 6, 3],
  WF_MAX_CASELOAD: [6, 6, 4],
  WF_OVER_THRESHOLD: [6, 4, 66.7],
  WF_3PLUS_WORKERS: [6, 1, 16.7],
  WF_PLAN_VOICE: [3, 2, 66.7],
  WF_PLAN_SMART: [3, 2, 66.7],
  // Children in care, missing, care leavers and private fostering: kpiCareFixture.ts.
  CLA_RATE_10K: [3, 3, 3],
  CLA_PLACEMENTS_3PLUS: [3, 1, 33.3],
  CLA_LONG_TERM_STABILITY: [1, 1, 100],
  CLA_PLACED_OVER_20_MILES: [3, 1, 33.3],
  CLA_OUT_OF_AREA: [3, 2, 66.7],
  CLA_UNREGISTERED: [3, 1, 1],
  CLA_REVIEWS_ON_TIME: [3, 1, 33.3],
  CLA_VISITS_ON_TIME: [3, 2, 66.7],
  MISSING_RHI_72H: [3, 1, 33.3],
  CL_IN_TOUCH: [3, 2, 66.7],
  CL_SUITABLE_ACCOMMODATION: [3, 1, 33.3],
  CL_EET: [3, 1, 33.3],
  PF_VISITS_ON_TIME: [3, 2, 66.7],
  // The KPI fixture has no adoptions; src/features/adoption/adoptionKpis.test.ts has the known answers.
  ADOPT_A1: [0, 0, null],
  ADOPT_A2: [0, 0, null],
  ADOPT_A10: [0, 0, null],
}

const query = (over: Partial<PerformanceQuery> = {}): PerformanceQuery => ({ ...kpiFixturePeriod, breakdown: 'authority', ...over })

describe.each(engines())('KPIs on %s', (engine) => {
  let ctx: TestContext
  const analyst = () => toActor(ctx.fixtures.user.performance_analyst)

  beforeAll(async () => {
    ctx = await createTestContext(engine, fixedClock(kpiFixtureNow), { CHILD_POPULATION: String(kpiFixturePopulation) })
    await seedKpiFixture(ctx)
  })
  afterAll(() => ctx.close())

  it('every KPI in the catalogue has a known answer here', () => {
    expect(Object.keys(expected).sort()).toEqual(kpiCatalogue.map((k) => k.id).sort())
  })

  it('every KPI gives its known answer for the quarter', async () => {
    const { period, lines } = await ctx.deps.services.performance.scorecard(analyst(), query())
    expect(period).toMatchObject({ from: '2028-01-01', to: '2028-03-31', days: 91 })
    const got = Object.fromEntries(lines.map((l) => [l.kpi.id, [l.groups[0]!.count.denominator, l.groups[0]!.count.numerator, l.groups[0]!.value]]))
    expect(got).toEqual(expected)
  })

  it('for every KPI and breakdown, the count equals its drill-down list', async () => {
    const perf = ctx.deps.services.performance
    const mismatches: string[] = []
    for (const breakdown of breakdowns) {
      const { lines } = await perf.scorecard(analyst(), query({ breakdown }))
      for (const { kpi, groups } of lines) {
        for (const g of groups) {
          const filter = breakdown === 'authority' ? {} : g.group.id ? { [breakdown]: g.group.id } : null
          if (!filter) continue // "no team/worker" has no drill-down filter; it is counted in the authority total
          // The drill-down page's own figure (window totals) and the full list behind its download.
          const [page, all] = await Promise.all([perf.drillDown(analyst(), kpi.id, query(filter)), perf.export(analyst(), kpi.id, query(filter))])
          for (const [what, listed] of [['page', page.count], ['list', summarise(kpi, all.rows)]] as const) {
            if (listed.denominator !== g.count.denominator || listed.numerator !== g.count.numerator || !sameMeasure(kpi, listed.measure, g.count.measure)) {
              mismatches.push(`${kpi.id} ${breakdown} ${g.group.name ?? ''}: count ${JSON.stringify(g.count)} ${what} ${JSON.stringify(listed)}`)
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it('pages through a drill-down in the list’s order, every page carrying the whole list’s figure', async () => {
    const kpi = kpiById('FD_CONTACTS')!
    const period = periodOf(kpiFixturePeriod.period, kpiFixturePeriod.ending, ctx.clock.today())
    const engine = kpiEngine(ctx.database.db)
    const all = await engine.list(kpi, period, analyst())
    const pages = await Promise.all([0, 3, 6].map((offset) => engine.page(kpi, period, analyst(), undefined, 3, offset)))
    expect(pages.map((p) => p.rows.length)).toEqual([3, 3, 1])
    expect(pages.flatMap((p) => p.rows.map((r) => r.recordId))).toEqual(all.map((r) => r.recordId))
    for (const p of pages) expect(p.count).toEqual({ denominator: 7, numerator: 7, measure: null })
    // Past the end: no rows, but still the figure.
    expect(await engine.page(kpi, period, analyst(), undefined, 3, 9)).toEqual({ rows: [], count: { denominator: 7, numerator: 7, measure: null } })
    await expect(ctx.deps.services.performance.drillDown(analyst(), kpi.id, query({ page: 2 }))).rejects.toThrow('There is no page 2: this list has 1 page')
  })

  it('lists the named children with worker, team, dates and days late', async () => {
    const perf = ctx.deps.services.performance
    const overdue = await perf.drillDown(analyst(), 'FD_AWAITING_OVERDUE', query())
    expect(overdue.rows.filter((r) => r.inNumerator).map((r) => [r.childRef, r.dueOn, r.daysLate])).toEqual([
      ['KPICHILDX2', '2028-03-03', 20],
      ['TESTCHILD4', '2028-03-17', 10],
    ])
    const notSeen = await perf.drillDown(analyst(), 'CIN_NOT_SEEN', query())
    expect(notSeen.rows[0]).toMatchObject({ childRef: 'KPICHILDX3', dueOn: '2028-02-29', doneOn: '2028-02-01', daysLate: 23, workerName: ctx.fixtures.user.social_worker.displayName, teamName: 'Assessment Team A', inNumerator: true })
    const late = await perf.drillDown(analyst(), 'ASSESS_45WD', query())
    expect(late.rows.map((r) => [r.childRef, r.dueOn, r.daysLate, r.inNumerator])).toEqual([
      ['KPICHILDX1', '2028-03-06', 1, false],
      ['TESTCHILD1', '2028-03-07', 0, true],
    ])
  })

  it('lists children in care, missing and privately fostered with their clocks', async () => {
    const perf = ctx.deps.services.performance
    const ref = (r: { childRef: string }) => r.childRef
    const reviews = await perf.drillDown(analyst(), 'CLA_REVIEWS_ON_TIME', query())
    expect(reviews.rows.map((r) => [ref(r), r.dueOn, r.doneOn, r.daysLate, r.inNumerator])).toEqual([
      ['KPICHILDX1', '2028-03-20', '2027-09-20', 11, false], // third review 6 months after the second
      [ctx.fixtures.child.own.childRef, '2028-03-29', null, 2, false], // first review 20 working days after entering care
      ['KPICHILDX2', '2028-05-01', '2027-11-01', 0, true],
    ])
    const rhi = await perf.drillDown(analyst(), 'MISSING_RHI_72H', query())
    expect(rhi.rows.map((r) => [ref(r), r.eventOn, r.dueOn, r.doneOn, r.daysLate, r.inNumerator])).toEqual([
      [ctx.fixtures.child.otherTeam.childRef, '2028-02-15', '2028-02-18', null, 42, false],
      ['KPICHILDX2', '2028-01-10', '2028-01-13', '2028-01-13', 0, false],
      ['KPICHILDX1', '2028-03-25', '2028-03-28', '2028-03-28', 0, true],
    ])
    const pf = await perf.drillDown(analyst(), 'PF_VISITS_ON_TIME', query())
    expect(pf.rows.filter((r) => !r.inNumerator).map((r) => [ref(r), r.dueOn, r.daysLate])).toEqual([['KPICHILDX3', '2028-02-10', 50]])
  })

  it('a team manager counts and lists only their team’s and unallocated children', async () => {
    const tm = toActor(ctx.fixtures.user.team_manager)
    const { lines } = await ctx.deps.services.performance.scorecard(tm, query())
    expect(lines.find((l) => l.kpi.id === 'FD_CONTACTS')!.groups[0]!.count.numerator).toBe(5)
    const { rows } = await ctx.deps.services.performance.drillDown(tm, 'FD_CONTACTS', query())
    expect(rows.map((r) => r.childRef).sort()).toEqual(['KPICHILDX1', 'KPICHILDX3', 'TESTCHILD1', 'TESTCHILD3', 'TESTCHILD4'])
  })

  it('breaks caseloads down by worker', async () => {
    const { lines } = await ctx.deps.services.performance.scorecard(analyst(), query({ breakdown: 'worker' }))
    const byWorker = lines.find((l) => l.kpi.id === 'WF_AVG_CASELOAD')!.groups.map((g) => [g.group.name, g.value])
    expect(byWorker).toEqual([[ctx.fixtures.user.other_worker.displayName, 2], [ctx.fixtures.user.social_worker.displayName, 4]])
  })
})

function sameMeasure(kpi: Kpi, a: number | null, b: number | null): boolean {
  if (!kpi.measure) return true
  if (a === null || b === null) return a === b
  return Math.abs(a - b) < 1e-9
}
