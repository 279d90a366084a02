import { describe, expect, it } from 'vitest'
import { kpiById } from '../../domain/kpis/index.js'
import { isOverridden, withSettings, type KpiSettingRow } from './effectiveKpis.js'

const row = (v: Partial<KpiSettingRow>): KpiSettingRow => ({
  kpiId: 'CP_ICPC_15WD', target: null, englandValue: null, englandYear: null, neighboursValue: null, neighboursYear: null, note: null, version: 1, updatedBy: '00000000-0000-0000-0000-000000000000', updatedAt: new Date(0), ...v,
})

describe('the performance team’s settings over the catalogue', () => {
  const kpi = kpiById('CP_ICPC_15WD')!
  const england = (k: typeof kpi) => k.benchmarks.find((b) => b.name === 'England')
  const neighbours = (k: typeof kpi) => k.benchmarks.find((b) => b.name === 'Statistical neighbours')

  it('keeps the catalogue default where a field is blank or there is no row', () => {
    expect(withSettings(kpi, undefined)).toBe(kpi)
    const same = withSettings(kpi, row({}))
    expect(same.target).toBe(kpi.target)
    expect(same.benchmarks).toEqual(kpi.benchmarks)
    expect(isOverridden(row({ note: 'only a note' }))).toBe(false)
  })

  it('replaces the target and each benchmark with its year, leaving the catalogue untouched', () => {
    const local = withSettings(kpi, row({ target: 70, neighboursValue: 77.5, neighboursYear: '2023-24' }))
    expect(local.target).toBe(70)
    expect(england(local)).toEqual(england(kpi))
    expect(neighbours(local)).toMatchObject({ value: 77.5, year: '2023-24', source: 'Set by the performance team' })
    expect(kpi.target).not.toBe(70)
    expect(isOverridden(row({ englandValue: 80, englandYear: '2024' }))).toBe(true)
  })
})
