/** View models for the targets-and-benchmarks pages. */
import { formatDate } from '../../domain/format.js'
import { kpiAreas, type Kpi } from '../../domain/kpis/index.js'
import { benchmarkText, targetText } from '../performance/performancePresenters.js'
import type { KpiSettingRow } from './effectiveKpis.js'
import type { KpiSettingLine } from './kpiSettingsService.js'

export type SettingsValues = Record<string, string>

/** One table per area: each KPI's target and benchmarks in force, and whether the team set them. */
export function settingsTables(lines: readonly KpiSettingLine[]) {
  return (Object.keys(kpiAreas) as (keyof typeof kpiAreas)[]).flatMap((area) => {
    const rows = lines
      .filter((l) => l.kpi.area === area)
      .map((l) => ({
        kpiId: l.kpi.id,
        title: l.kpi.title,
        target: targetText(l.effective),
        england: benchmarkText(l.effective, 'England'),
        neighbours: benchmarkText(l.effective, 'Statistical neighbours'),
        overridden: l.overridden,
      }))
    return rows.length ? [{ caption: kpiAreas[area], rows }] : []
  })
}

const str = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n))

/** The form's values: the team's own figures, blank where the catalogue default applies. */
export function settingsValues(row: KpiSettingRow | undefined): SettingsValues {
  return {
    target: str(row?.target), englandValue: str(row?.englandValue), englandYear: row?.englandValue == null ? '' : (row.englandYear ?? ''),
    neighboursValue: str(row?.neighboursValue), neighboursYear: row?.neighboursValue == null ? '' : (row.neighboursYear ?? ''), note: row?.note ?? '', version: String(row?.version ?? 0),
  }
}

/** What the catalogue says, shown beside the form as the default a blank field returns to. */
export function defaultsSummary(kpi: Kpi, row: KpiSettingRow | undefined) {
  return [
    { key: { text: 'Unit' }, value: { text: kpi.unit === 'percent' ? 'Percentage' : kpi.unit.replace(/_/g, ' ') } },
    { key: { text: 'Better when' }, value: { text: kpi.polarity === 'higher_is_better' ? 'Higher' : kpi.polarity === 'lower_is_better' ? 'Lower' : 'Neither (no RAG)' } },
    { key: { text: 'Catalogue target' }, value: { text: targetText(kpi) } },
    { key: { text: 'Catalogue England benchmark' }, value: { text: benchmarkText(kpi, 'England') } },
    { key: { text: 'Catalogue statistical neighbours benchmark' }, value: { text: benchmarkText(kpi, 'Statistical neighbours') } },
    ...(row ? [{ key: { text: 'Last changed' }, value: { text: `${formatDate(row.updatedAt)}${row.note ? `: ${row.note}` : ''}` } }] : []),
  ]
}

/** Form values back from a posted body, kept as typed so the form shows them again. */
export function postedValues(body: Record<string, unknown>): SettingsValues {
  const pick = (k: string) => {
    const v = Array.isArray(body[k]) ? (body[k] as unknown[])[0] : body[k]
    return typeof v === 'string' ? v : ''
  }
  return Object.fromEntries(['target', 'englandValue', 'englandYear', 'neighboursValue', 'neighboursYear', 'note', 'version'].map((k) => [k, pick(k)]))
}
