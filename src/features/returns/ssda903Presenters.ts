import { ssda903FileNames, type Ssda903TableName } from '../../returns/ssda903/tables.js'
import type { Finding } from '../../returns/ssda903/validate.js'
import type { Job } from './jobRunner.js'
import { errorsFirstByCode, runStatusView } from './cinCensusPresenters.js'
import { yearLabel, type Ssda903RunDetail, type Ssda903RunResult } from './ssda903Services.js'

/** How many children each rule lists on the page; the count covers them all. */
const childrenShown = 5

export type RuleGroup = { code: string; type: string; message: string; tables: string; fields: string; count: number; childCount: number; children: string[] }

/** Findings grouped by rule, errors first, then by rule code, with the first few children flagged. */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, { g: RuleGroup; ids: Set<string>; tables: Set<string>; fields: Set<string> }>()
  for (const f of findings) {
    let entry = groups.get(f.code)
    if (!entry) {
      entry = { g: { code: f.code, type: f.type, message: f.message, tables: '', fields: '', count: 0, childCount: 0, children: [] }, ids: new Set(), tables: new Set(), fields: new Set() }
      groups.set(f.code, entry)
    }
    entry.g.count++
    entry.tables.add(f.table)
    for (const field of f.fields) entry.fields.add(field)
    if (f.child) entry.ids.add(f.child)
  }
  return [...groups.values()]
    .map(({ g, ids, tables, fields }) => ({ ...g, tables: [...tables].join(', '), fields: [...fields].join(', '), childCount: ids.size, children: [...ids].sort().slice(0, childrenShown) }))
    .sort(errorsFirstByCode)
}

export function runView(run: Job<Ssda903RunResult, Ssda903RunDetail>) {
  const result = run.result
  const findings = result?.findings ?? []
  const yearEnding = run.detail.yearEnding
  return {
    id: run.id,
    year: yearLabel(yearEnding),
    ...runStatusView(run),
    withPrevious: run.detail.withPrevious,
    childCount: result?.ret.Header.length ?? 0,
    tables: (result?.tables ?? []).map((t: Ssda903TableName) => ({ table: t, filename: ssda903FileNames[t], rows: result!.ret[t].length })),
    xmlName: `SSDA903_${yearLabel(yearEnding)}.xml`,
    xsd: result?.xsd ?? null,
    errors: findings.filter((f) => f.type === 'ERROR').length,
    queries: findings.filter((f) => f.type === 'QUERY').length,
    rules: groupByRule(findings),
  }
}
