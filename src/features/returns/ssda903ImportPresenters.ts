import { firstYear, lastYear } from '../../returns/ssda903/importChecks.js'
import type { Ssda903ImportReport } from '../../returns/ssda903/import.js'

/** '2017-18' for the year ending 31 March 2018. */
export const yearLabel = (yearEnding: number) => `${yearEnding - 1}-${String(yearEnding % 100).padStart(2, '0')}`

/** The collection years offered, newest first, with the chosen one selected. */
export function yearItems(selected: number | null) {
  const items = [{ value: '', text: 'Choose a year', selected: selected === null }]
  for (let y = lastYear; y >= firstYear; y--) items.push({ value: String(y), text: `${yearLabel(y)} (1 April ${y - 1} to 31 March ${y})`, selected: selected === y })
  return items
}

const statusText: Record<Ssda903ImportReport['status'], string> = {
  imported: 'Imported',
  'already-imported': 'Already imported: nothing changed',
  refused: 'Not imported: nothing changed',
}

/** The report: problems by file, row and column (refused), or the rows loaded per table. */
export function ssda903ReportView(report: Ssda903ImportReport) {
  return {
    status: report.status,
    statusText: statusText[report.status],
    tag: report.status === 'refused' ? 'govuk-tag--red' : report.status === 'imported' ? 'govuk-tag--green' : 'govuk-tag--grey',
    year: report.yearEnding === null ? '' : yearLabel(report.yearEnding),
    format: report.format,
    children: report.children,
    previous: report.previous ? { year: yearLabel(report.previous.yearEnding), at: report.previous.importedAt.toISOString().slice(0, 16).replace('T', ' ') } : null,
    tables: Object.entries(report.tableRows).map(([table, rows]) => ({ table, rows })),
    inserted: Object.entries(report.inserted).map(([table, rows]) => ({ table, rows })),
    problems: report.problems.map((p) => ({ file: p.file, row: p.row === null ? '' : String(p.row), column: p.column ?? '', message: p.message })),
    problemCount: report.problemCount,
    notShown: report.problemCount - report.problems.length,
    seconds: (report.durationMs / 1000).toFixed(1),
  }
}
