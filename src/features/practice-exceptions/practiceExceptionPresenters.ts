import type { Actor } from '../../access/actor.js'
import type { Action } from '../../access/actions.js'
import { can } from '../../access/guard.js'
import type { ExceptionRow, PracticeExceptionService, SectionKey } from './practiceExceptionService.js'

/** What each section is, why inspectors ask, and the full list it comes from. */
export const sectionInfo: Record<SectionKey, { title: string; empty: string; href: string; access: Action }> = {
  overdue: { title: 'Overdue statutory visits and reviews (CIN, CP and children in care)', empty: 'No statutory visit or review is overdue.', href: '/team-work', access: 'work.team' },
  missing: { title: 'Missing episodes with no return home interview offered within 72 hours', empty: 'Every child back from a missing episode was offered a return home interview within 72 hours.', href: '/missing?status=NOT_OFFERED', access: 'missing.list' },
  workers: { title: 'Children with 3 or more social workers in 12 months', empty: 'No child had 3 or more social workers in the last 12 months.', href: '/allocation/worker-changes', access: 'caseload.view' },
  supervision: { title: 'Children with no case supervision in the period', empty: 'Every allocated child was discussed in supervision in the period.', href: '/supervision/children', access: 'supervision.view' },
  unregistered: { title: 'Children in unregistered placements', empty: 'No child is in an unregistered placement.', href: '/care/unregistered', access: 'care.unregistered' },
  custody: { title: 'Care leavers in custody not visited', empty: 'Every care leaver in custody has had a face-to-face visit in the last 8 weeks.', href: '/care-leavers?status=custody_not_visited', access: 'careLeaver.list' },
}

/** Rows shown per section and team; the count is always the whole number, and the full list is linked. */
export const rowsShown = 100

type ByTeam = Awaited<ReturnType<PracticeExceptionService['byTeam']>>

const childRows = (rows: ExceptionRow[]) => rows.map((r) => ({ href: `/children/${r.childId}`, child: r.childLabel, detail: r.detail }))

/** The page model: each team with its sections and their children (the view adds a count table across teams). */
export function exceptionPage(actor: Actor, data: ByTeam) {
  const teams = data.teams.map((t, n) => ({
    name: t.name,
    anchor: `team-${n + 1}`,
    sections: t.sections.map((s) => {
      const info = sectionInfo[s.key]
      const title = s.key === 'supervision' ? `${info.title} (${data.supervisionWeeks} weeks)` : info.title
      return { key: s.key, title, empty: info.empty, count: s.rows.length, rows: childRows(s.rows.slice(0, rowsShown)), more: Math.max(0, s.rows.length - rowsShown), href: can(actor, info.access) ? info.href : null }
    }),
  }))
  return { teams, headings: teams[0]?.sections.map((s) => s.title) ?? [] }
}
