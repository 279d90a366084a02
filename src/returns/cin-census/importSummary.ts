import type { ImportReport } from './import.js'

/** A few lines for a person: the totals, then each child in error. */
export function reportSummary(report: ImportReport): string {
  const lines = [
    report.status === 'imported' ? `Imported the CIN census for ${report.collectionYear ?? '?'}.` : `Refused: ${report.fileError ?? ''}`,
    `Children: ${report.counts.created} created, ${report.counts.updated} updated, ${report.counts.unchanged} unchanged, ${report.counts.error} with errors.`,
  ]
  const inserted = Object.entries(report.rows.inserted).map(([t, n]) => `${t} ${n}`)
  const updated = Object.entries(report.rows.updated).map(([t, n]) => `${t} ${n}`)
  if (inserted.length) lines.push(`Rows inserted: ${inserted.join(', ')}.`)
  if (updated.length) lines.push(`Rows updated: ${updated.join(', ')}.`)
  lines.push(`DfE rule findings (informative): ${report.findings.length}. Took ${report.durationMs} ms.`)
  for (const c of report.children.filter((o) => o.status === 'error')) lines.push(`  Child ${c.position} (${c.laChildId ?? 'no LAchildID'}): ${c.messages.join('; ')}`)
  return lines.join('\n')
}
