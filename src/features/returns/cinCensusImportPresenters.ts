import type { ChildOutcome, ImportReport } from '../../returns/cin-census/import.js'
import { groupByRule } from './cinCensusPresenters.js'

/** Children listed by name on the page; a whole council's census would make a page too long to use. */
export const childRowsShown = 500

const outcomeTag: Record<ChildOutcome['status'], { text: string; classes: string }> = {
  created: { text: 'Created', classes: 'govuk-tag--green' },
  updated: { text: 'Updated', classes: 'govuk-tag--blue' },
  unchanged: { text: 'Unchanged', classes: 'govuk-tag--grey' },
  error: { text: 'Cannot be loaded', classes: 'govuk-tag--red' },
}

/**
 * The import report, child by child: every child that cannot be loaded (with why), else every
 * child created or updated, up to `childRowsShown`; unchanged children are counted only. The DfE
 * rule findings are summarised by rule (they are informative and did not stop the import).
 */
export function importReportView(report: ImportReport) {
  const listed =
    report.status === 'refused'
      ? report.children.filter((c) => c.status === 'error')
      : report.children.filter((c) => c.status === 'created' || c.status === 'updated')
  const tables = [...new Set([...Object.keys(report.rows.inserted), ...Object.keys(report.rows.updated)])]
  return {
    imported: report.status === 'imported',
    collectionYear: report.collectionYear,
    fileError: report.fileError,
    counts: report.counts,
    total: report.children.length,
    rows: tables.map((table) => ({
      table,
      inserted: report.rows.inserted[table] ?? 0,
      updated: report.rows.updated[table] ?? 0,
    })),
    children: listed.slice(0, childRowsShown).map((c) => ({ ...c, tag: outcomeTag[c.status] })),
    notShown: Math.max(0, listed.length - childRowsShown),
    rules: groupByRule(report.findings),
    seconds: (report.durationMs / 1000).toFixed(1),
  }
}
