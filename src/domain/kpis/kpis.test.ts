import { describe, expect, it } from 'vitest'
import { absentBenchmarks, defineKpi, kpiById, kpiCatalogue, kpiRag, kpiValue, periodOf, renderKpisDoc, type KpiDefinition } from './index.js'

const valid: KpiDefinition = {
  id: 'TEST_KPI', title: 'Test', definition: 'A test.', area: 'assessment', cohort: 'assessments_authorised',
  numerator: 'within_45_referral', unit: 'percent', polarity: 'higher_is_better', source: 'Test source', target: 85, benchmarks: absentBenchmarks(),
}

describe('defineKpi', () => {
  it('accepts a valid KPI and freezes it', () => {
    const kpi = defineKpi(valid)
    expect(Object.isFrozen(kpi)).toBe(true)
    expect(Object.isFrozen(kpi.benchmarks)).toBe(true)
  })

  it.each([
    [{ id: 'lower_case' }, /UPPER_SNAKE_CASE/],
    [{ title: ' ' }, /title is required/],
    [{ cohort: 'nope' as never }, /unknown cohort/],
    [{ unit: 'furlongs' as never }, /unknown unit/],
    [{ numerator: 'within_45_referal' }, /within_45_referal, not columns of cohort/],
    [{ numerator: 'true; drop table children' }, /may not contain/],
    [{ denominator: 'decided' }, /decided, not columns/],
    [{ numerator: 'true' }, /narrower than its cohort/],
    [{ target: 120 }, /cannot exceed 100/],
    [{ unit: 'days' as const }, /measure is needed/],
    [{ benchmarks: [{ name: 'England' as const, year: '2024-25', value: null }] }, /Statistical neighbours benchmark/],
    [{ benchmarks: [{ name: 'England' as const, year: '2024-25', value: 80 }, { name: 'Statistical neighbours' as const, year: '2024-25', value: null }] }, /needs its source/],
    [{ benchmarks: [{ name: 'England' as const, year: '24/25', value: null }, { name: 'Statistical neighbours' as const, year: '2024-25', value: null }] }, /benchmark year/],
  ])('refuses %o', (change, message) => {
    expect(() => defineKpi({ ...valid, ...change })).toThrow(message)
  })
})

describe('the catalogue', () => {
  it('has at least 30 KPIs with unique ids, each findable, with England and statistical-neighbour benchmarks', () => {
    expect(kpiCatalogue.length).toBeGreaterThanOrEqual(30)
    for (const k of kpiCatalogue) {
      expect(kpiById(k.id)).toBe(k)
      expect(k.benchmarks.map((b) => b.name)).toEqual(expect.arrayContaining(['England', 'Statistical neighbours']))
    }
  })

  it('renders docs/kpis.md with a row per KPI and the cohorts', () => {
    const doc = renderKpisDoc(kpiCatalogue)
    expect(doc.split('\n').filter((l) => l.startsWith('| `') && /^\| `[A-Z]/.test(l))).toHaveLength(kpiCatalogue.length)
    expect(doc).toContain('England 2024-25: 81')
    expect(doc).toContain('Statistical neighbours 2024-25: absent')
    expect(doc).toContain('| `contacts_received` | flow |')
  })
})

describe('periodOf', () => {
  it('gives the month, quarter, year to date and rolling 12 months, capped at today', () => {
    expect(periodOf('month', '2028-02', '2028-04-10')).toMatchObject({ from: '2028-02-01', to: '2028-02-29', days: 29, label: 'February 2028' })
    expect(periodOf('quarter', '2028-03', '2028-04-10')).toMatchObject({ from: '2028-01-01', to: '2028-03-31', days: 91 })
    expect(periodOf('quarter', '2028-03', '2028-04-10').label).toContain('Quarter 4 of 2027-28')
    expect(periodOf('ytd', '2028-04', '2028-04-10')).toMatchObject({ from: '2028-04-01', to: '2028-04-10', days: 10 })
    expect(periodOf('ytd', '2028-03', '2028-04-10')).toMatchObject({ from: '2027-04-01', to: '2028-03-31', days: 366 })
    expect(periodOf('rolling12', '2028-03', '2028-04-10')).toMatchObject({ from: '2027-04-01', to: '2028-03-31' })
  })
})

describe('kpiValue and kpiRag', () => {
  const kpi = (id: string) => kpiById(id)!
  const ctx = { population: 10_000, flow: true, periodDays: 365 }
  it('computes percentages, counts, measures and annualised rates', () => {
    expect(kpiValue(kpi('ASSESS_45WD'), { denominator: 3, numerator: 2, measure: null }, ctx)).toBe(66.7)
    expect(kpiValue(kpi('ASSESS_45WD'), { denominator: 0, numerator: 0, measure: null }, ctx)).toBeNull()
    expect(kpiValue(kpi('REF_RATE_10K'), { denominator: 52, numerator: 52, measure: null }, ctx)).toBe(52)
    expect(kpiValue(kpi('REF_RATE_10K'), { denominator: 52, numerator: 52, measure: null }, { ...ctx, population: null })).toBeNull()
    expect(kpiValue(kpi('ASSESS_AVG_WD_START'), { denominator: 2, numerator: 2, measure: 33.333 }, ctx)).toBe(33.33)
  })
  it('is green on target, amber within tolerance, red beyond; no RAG without a target', () => {
    expect(kpiRag(kpi('ASSESS_45WD'), 85)).toBe('green')
    expect(kpiRag(kpi('ASSESS_45WD'), 81)).toBe('amber')
    expect(kpiRag(kpi('ASSESS_45WD'), 79)).toBe('red')
    expect(kpiRag(kpi('REF_REREFERRAL'), 21)).toBe('amber')
    expect(kpiRag(kpi('FD_CONTACTS'), 500)).toBeNull()
  })
})
