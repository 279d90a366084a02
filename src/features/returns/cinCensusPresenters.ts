import type { Finding } from '../../returns/cin-census/validate.js'
import type { Job } from './jobRunner.js'
import type { CensusRunDetail, CensusRunResult } from './cinCensusService.js'

export type RuleGroup = {
  code: string
  type: string
  message: string
  module: string
  fields: string
  /** Distinct children flagged, as the DfE tool counts them; 0 for a return-level query. */
  childCount: number
  childIds: string[]
  findings: number
}

/** Findings grouped by rule, errors first, then by rule code (DfE validation rules, 2025-26). */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup & { ids: Set<string>; fieldSet: Set<string> }>()
  for (const f of findings) {
    let g = groups.get(f.code)
    if (!g) {
      g = { code: f.code, type: f.type, message: f.message, module: f.module, fields: '', childCount: 0, childIds: [], findings: 0, ids: new Set(), fieldSet: new Set() }
      groups.set(f.code, g)
    }
    g.findings++
    g.fieldSet.add(f.field)
    if (f.laChildId !== null) g.ids.add(f.laChildId)
  }
  return [...groups.values()]
    .map(({ ids, fieldSet, ...g }) => ({ ...g, fields: [...fieldSet].join(', '), childIds: [...ids].sort(), childCount: ids.size }))
    .sort(errorsFirstByCode)
}

/** Rule groups in a return's findings: errors before queries, then by code in number order (shared with the 903). */
export const errorsFirstByCode = (a: { type: string; code: string }, b: { type: string; code: string }): number =>
  a.type === b.type ? a.code.localeCompare(b.code, 'en', { numeric: true }) : a.type === 'ERROR' ? -1 : 1

const statusTag: Record<string, { text: string; classes: string }> = {
  running: { text: 'Running', classes: 'govuk-tag--blue' },
  done: { text: 'Finished', classes: 'govuk-tag--green' },
  failed: { text: 'Failed', classes: 'govuk-tag--red' },
}

/** Where a return run has got to, with its status as a tag (shared with the 903). */
export function runStatusView<R, D>(run: Job<R, D>) {
  return {
    running: run.status === 'running',
    done: run.status === 'done',
    tag: statusTag[run.status],
    step: run.step,
    stepsDone: run.stepsDone,
    stepsTotal: run.stepsTotal,
    startedAt: run.startedAt,
    error: run.error,
  }
}

export function runView(run: Job<CensusRunResult, CensusRunDetail>) {
  const findings = run.result?.findings ?? []
  return {
    id: run.id,
    collectionYear: run.detail.collectionYear,
    referenceDate: run.detail.referenceDate,
    ...runStatusView(run),
    childCount: run.result?.childCount ?? 0,
    xsd: run.result?.xsd ?? null,
    errors: findings.filter((f) => f.type === 'ERROR').length,
    queries: findings.filter((f) => f.type === 'QUERY').length,
    rules: groupByRule(findings),
  }
}
