import { childListLabel } from '../../access/index.js'
import { describe, oversightPoints } from '../../domain/codeLists/index.js'
import { formatDate, formatDateTime } from '../../domain/format.js'
import type { Spec } from '../child-protection/cpPresenters.js'
import { pointOf, recordedPoints } from './oversightPoints.js'
import type { GapRow } from './oversightRepository.js'
import type { TrackerRow } from './oversightService.js'

export const pointName = (code: string) => describe(oversightPoints, code)
export const noteFields: Spec[] = [{ kind: 'textarea', name: 'note', label: 'Your management oversight', hint: 'What you reviewed, whether you agree with the decision, and any direction you gave' }]

/** The gaps list's link for one drill-down; the tracker's numbers use it too. */
export const gapsHref = (f: { point?: string; team?: string | null }) => {
  const q = new URLSearchParams()
  if (f.point) q.set('point', f.point)
  if (f.team !== undefined) q.set('team', f.team ?? 'unallocated')
  const s = q.toString()
  return s ? `/oversight/gaps?${s}` : '/oversight/gaps'
}

export function gapRows(rows: GapRow[]) {
  return rows.map((r) => {
    const p = pointOf(r.point)
    return {
      child: childListLabel(r), childHref: `/children/${r.childId}`, point: pointName(r.point), recordHref: p.href(r.entityId),
      oversightHref: p.path ? p.path.replace(':id', r.entityId) : p.href(r.entityId),
      worker: r.workerName ?? 'Not allocated', team: r.teamName ?? 'No live allocation', decidedOn: formatDate(r.decidedOn), daysSince: r.daysSince,
    }
  })
}

/** The tracker as table rows: every number links to its drill-down. */
export function trackerTable(rows: TrackerRow[]) {
  // Only numbers, codes and ids go into this HTML; the query string's `&` is escaped for the attribute.
  const link = (n: number, href: string) => ({ html: n ? `<a class="govuk-link" href="${href.replaceAll('&', '&amp;')}">${n}</a>` : '0', format: 'numeric' })
  const head = [{ text: 'Team' }, ...recordedPoints.map((p) => ({ text: pointName(p.point), format: 'numeric' })), { text: 'All gaps', format: 'numeric' }, { text: 'Overdue items', format: 'numeric' }]
  const body = rows.map((r) => [
    { text: r.teamName },
    ...recordedPoints.map((p) => link(r.byPoint[p.point], gapsHref({ point: p.point, team: r.teamId }))),
    link(r.gaps, gapsHref({ team: r.teamId })),
    r.overdue === null || !r.teamId ? { text: 'Not applicable', format: 'numeric' } : link(r.overdue, `/oversight/tracker/overdue?team=${r.teamId}`),
  ])
  return { head, rows: body }
}

export function oversightRows(records: { note: string; recordedAt: string; recordedBy: string }[]) {
  return records.map((r) => [{ text: formatDateTime(r.recordedAt) }, { text: r.recordedBy }, { text: r.note }])
}
