import { describe, improvementRags } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import { formatKpiValue, type Kpi } from '../../domain/kpis/index.js'
import type { Spec } from '../child-protection/cpPresenters.js'
import type { KpiPoint } from './improvementKpis.js'
import type { ActionRow } from './improvementRepository.js'
import type { ImprovementReport } from './improvementService.js'

/** Overdue: the due date has passed and the action is not GREEN (the drift Leicestershire 2016 found). */
export const isOverdue = (a: ActionRow['action'], today: string) => a.dueOn < today && a.rag !== 'GREEN'
const ragClass = (rag: string) => rag.toLowerCase()

export const actionRows = (rows: ActionRow[], today: string) =>
  rows.map(({ action: a, ownerName }) => ({
    id: a.id, href: `/improvement-plan/actions/${a.id}`, recommendationId: a.recommendationId, action: a.action, owner: ownerName, due: formatDate(a.dueOn), rag: describe(improvementRags, a.rag), ragClass: ragClass(a.rag),
    overdue: isOverdue(a, today), evidence: a.evidence ?? '', kpis: a.kpiIds.join(', '),
  }))

export const ragCounts = (rows: ActionRow[]) => improvementRags.map((r) => ({ text: r.description, ragClass: ragClass(r.code), count: rows.filter((a) => a.action.rag === r.code).length }))

const point = (kpi: Kpi, p: KpiPoint) => ({ text: formatKpiValue(kpi, p.value), value: p.value, rag: p.rag })

/** Everything the board report shows, in the order it shows it: the HTML pages and the workbook read this. */
export function reportModel(report: ImprovementReport) {
  const actions = actionRows(report.actions, report.today)
  return {
    ragCounts: ragCounts(report.actions),
    overdue: actions.filter((a) => a.overdue),
    recommendations: report.recommendations.map((r) => ({ reference: r.reference, text: r.text, source: r.source, actions: actions.filter((a) => a.recommendationId === r.id) })),
    months: report.kpis.months,
    yearToDate: report.kpis.yearToDate,
    kpis: report.kpis.lines.map((l) => ({ id: l.kpi.id, title: l.kpi.title, target: l.kpi.target === null ? 'No target' : formatKpiValue(l.kpi, l.kpi.target), targetValue: l.kpi.target, now: point(l.kpi, l.now), trend: l.trend.map((p) => point(l.kpi, p)) })),
  }
}
export type ReportModel = ReturnType<typeof reportModel>

export const recommendationFields: Spec[] = [
  { kind: 'text', name: 'reference', label: 'Reference', hint: 'As in the inspection report, for example R1' },
  { kind: 'textarea', name: 'text', label: 'Recommendation' },
  { kind: 'text', name: 'source', label: 'Source', hint: 'For example, Ofsted ILACS 2026' },
]

export const actionFields = (owners: { id: string; displayName: string }[]): Spec[] => [
  { kind: 'textarea', name: 'action', label: 'Action' },
  { kind: 'select', name: 'ownerId', label: 'Owner', options: owners.map((o) => ({ value: o.id, text: o.displayName })) },
  { kind: 'date', name: 'dueOn', label: 'Due date', hint: 'For example, 31 3 2027' },
  { kind: 'radios', name: 'rag', label: 'RAG status', codes: improvementRags },
  { kind: 'textarea', name: 'evidence', label: 'Evidence (optional)', hint: 'What shows the action is done or working' },
  { kind: 'text', name: 'kpiIds', label: 'KPIs that show progress (optional)', hint: 'KPI IDs from the scorecard, separated by commas, for example ASSESS_45WD, CP_VISITS_IN_TIME' },
]

export const improvementAnchors = { dueOn: 'dueOn-day', rag: 'rag' }
