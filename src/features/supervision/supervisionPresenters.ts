import { childListLabel, type ChildListColumns } from '../../access/index.js'
import { formatDate } from '../../domain/format.js'
import type { Spec } from '../child-protection/cpPresenters.js'
import type { SupervisionDue } from './supervisionDue.js'
import type { WorkerRow } from './supervisionRepository.js'

const statusText = { overdue: 'Overdue', due_soon: 'Due soon', on_track: 'On track' } as const

type WorkerWithDue = WorkerRow & { due: SupervisionDue }

/** A worker's supervision in words: how often, when last, when next, and the RAG tag. */
export function workerRow(w: WorkerWithDue) {
  return {
    href: `/supervision/workers/${w.id}`, name: w.displayName, team: w.teamName ?? 'No team', every: `Every ${w.everyDays ?? 28} days`,
    last: w.lastHeldOn ? formatDate(w.lastHeldOn) : 'None recorded', due: formatDate(w.due.dueOn), rag: w.due.rag,
    statusText: w.due.daysLate ? `${statusText[w.due.status]}: ${w.due.daysLate} days` : statusText[w.due.status],
  }
}

export const workerSummary = (w: WorkerWithDue) => {
  const r = workerRow(w)
  return [['Team', r.team], ['Supervision frequency', r.every], ['Last supervision', r.last], ['Next supervision due', r.due], ['Status', r.statusText]] as [string, string][]
}

type SessionView = { session: { id: string; heldOn: string; reflectiveDiscussion: string }; supervisorName: string; discussions: ({ discussion: { childId: string; discussion: string; decisions: string } } & ChildListColumns)[] }

/** Sessions newest first; each child's part shows who it was about, what was discussed and decided. */
export const sessionViews = (sessions: SessionView[]) =>
  sessions.map((s) => ({
    heading: `${formatDate(s.session.heldOn)}, with ${s.supervisorName}`, reflective: s.session.reflectiveDiscussion,
    cases: s.discussions.map((d) => ({ href: `/children/${d.discussion.childId}`, child: childListLabel(d), discussion: d.discussion.discussion, decisions: d.discussion.decisions })),
  }))

export const unsupervisedRows = (rows: (ChildListColumns & { workerName: string; teamName: string; lastHeldOn: string | null })[]) =>
  rows.map((r) => ({ href: `/children/${r.childId}`, child: childListLabel(r), worker: r.workerName, team: r.teamName, last: r.lastHeldOn ? formatDate(r.lastHeldOn) : 'Never' }))

/** The session form: the reflective discussion, then one group of fields for each allocated child. */
export function sessionFields(childList: ChildListColumns[], owners: { id: string; displayName: string }[]): Spec[] {
  const ownerOptions = owners.map((o) => ({ value: o.id, text: o.displayName }))
  return [
    { kind: 'date', name: 'heldOn', label: 'Date of the supervision', hint: 'For example, 24 11 2026' },
    { kind: 'textarea', name: 'reflectiveDiscussion', label: 'Reflective discussion', hint: 'The worker’s wellbeing, learning and practice: not about one child' },
    ...childList.flatMap((c): Spec[] => {
      const [name, at] = [childListLabel(c), (f: string) => `cases.${c.childId}.${f}`]
      return [
        { kind: 'textarea', name: at('discussion'), label: `${name}: case discussion`, hint: 'Leave this child’s fields blank if they were not discussed' },
        { kind: 'textarea', name: at('decisions'), label: `${name}: decisions`, hint: 'Shown on the child’s chronology as management oversight' },
        { kind: 'text', name: at('actions.0.action'), label: `${name}: action (optional)` },
        { kind: 'select', name: at('actions.0.ownerId'), label: `${name}: who owns the action`, options: ownerOptions },
        { kind: 'date', name: at('actions.0.dueOn'), label: `${name}: when the action is due` },
      ]
    }),
  ]
}

/** Error-summary anchors: a date input's first box. */
export const sessionAnchors = (fields: Spec[]) => Object.fromEntries(fields.filter((f) => f.kind === 'date').map((f) => [f.name, `${f.name}-day`]))
