import { formatDate } from '../../domain/format.js'
import { ruleById, type Evaluation } from '../../domain/timescales/index.js'
import { splitDate } from '../../http/forms.js'
import { clockTag, type Spec, type Values } from '../child-protection/cpPresenters.js'
import type { PfClocks } from './privateFosteringClocks.js'
import type { ArrangementRow, PfVisitRow } from './privateFosteringRepository.js'

type Arrangement = ArrangementRow & { visits: PfVisitRow[]; clocks: PfClocks }
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export const arrangementFields: Spec[] = [
  { kind: 'date', name: 'notifiedOn', label: 'Date the council was notified', hint: 'The first visit is due within 7 working days of this date' },
  { kind: 'date', name: 'startedOn', label: 'Date the arrangement started (or will start)' },
  { kind: 'text', name: 'carerName', label: 'Private foster carer’s name' },
  { kind: 'text', name: 'carerRelationship', label: 'Carer’s relationship to the child', hint: 'For example, family friend or great-aunt' },
]
export const arrangementEditFields: Spec[] = [
  ...arrangementFields,
  { kind: 'date', name: 'assessedOn', label: 'Date of the assessment of the arrangement (optional)' },
  { kind: 'textarea', name: 'assessmentOutcome', label: 'Outcome of the assessment (optional)' },
  { kind: 'date', name: 'endedOn', label: 'Date the arrangement ended (leave blank while it continues)' },
  { kind: 'textarea', name: 'endReason', label: 'Why it ended (with the end date)' },
]
export const visitFields: Spec[] = [
  { kind: 'date', name: 'visitedOn', label: 'Date of the visit' },
  { kind: 'radios', name: 'seenAlone', label: 'Was the child seen alone?', hint: 'The officer speaks to the child alone unless that is inappropriate (2005 Regulations reg 8(3))', options: [{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }] },
  { kind: 'textarea', name: 'visitNotes', label: 'Notes of the visit', hint: 'If the child was not seen alone, say why' },
]
export const pfAnchors = Object.fromEntries(['notifiedOn', 'startedOn', 'assessedOn', 'endedOn', 'visitedOn'].map((n) => [n, `${n}-day`]))

export function arrangementValues(a: ArrangementRow): Values {
  const values: Values = { carerName: a.carerName, carerRelationship: a.carerRelationship, assessmentOutcome: a.assessmentOutcome ?? '', endReason: a.endReason ?? '' }
  for (const name of ['notifiedOn', 'startedOn', 'assessedOn', 'endedOn'] as const) {
    const d = splitDate(a[name])
    Object.assign(values, { [`${name}-day`]: d.day, [`${name}-month`]: d.month, [`${name}-year`]: d.year })
  }
  return values
}

const ruleText = (id: string) => ruleById(id)?.title ?? id
/** The next visit as "due date, status", and which rule applies. */
export const clockText = (e: Evaluation & { ruleId: string }) => `${formatDate(e.dueOn)}: ${clockTag(e).text} (${ruleText(e.ruleId)})`
export const clockHtml = (e: Evaluation) => {
  const t = clockTag(e)
  return `${formatDate(e.dueOn)} <strong class="govuk-tag ${t.classes ?? ''}">${t.text}</strong>`
}

export const arrangementRows = (a: Arrangement) =>
  [
    ['Notified', formatDate(a.notifiedOn)], ['Started', formatDate(a.startedOn)], ['Private foster carer', `${a.carerName} (${a.carerRelationship})`],
    ['First visit (within 7 working days)', `${formatDate(a.clocks.first.dueOn)}: ${clockTag(a.clocks.first).text}`],
    ['Next visit', a.endedOn ? 'Arrangement ended' : clockText(a.clocks.next)], ['Visits late so far', String(a.clocks.missedIntervals)],
    ['Assessment', a.assessedOn ? `${formatDate(a.assessedOn)}: ${a.assessmentOutcome}` : null], ['Ended', a.endedOn ? `${formatDate(a.endedOn)}: ${a.endReason}` : 'Continuing'],
  ] as [string, string | null][]

export function childTables(childId: string, list: Arrangement[]) {
  return [
    {
      caption: 'Private fostering arrangements', empty: 'No private fostering arrangement recorded.',
      head: ['Notified', 'Carer', 'Started', 'Ended', 'Next visit'].map((text) => ({ text })),
      rows: list.map((a) => [
        { html: `<a class="govuk-link" href="/children/${childId}/private-fostering?arrangement=${a.id}">${formatDate(a.notifiedOn)}</a>` }, { text: `${a.carerName} (${a.carerRelationship})` },
        { text: formatDate(a.startedOn) }, { text: a.endedOn ? formatDate(a.endedOn) : 'Continuing' }, a.endedOn ? { text: 'Ended' } : { html: clockHtml(a.clocks.next) },
      ]),
    },
  ]
}

export const visitTable = (visits: PfVisitRow[]) => ({
  caption: 'Visits', empty: 'No visits recorded.',
  head: ['Date', 'Seen alone', 'Notes'].map((text) => ({ text })),
  rows: [...visits].reverse().map((v) => [{ text: formatDate(v.visitedOn) }, { text: v.seenAlone ? 'Yes' : 'No' }, { text: v.notes }]),
})

type ListRow = { childId: string; childLabel: string; arrangementId: string; notifiedOn: string; carerName: string; assessedOn: string | null; lastSeenAlone: boolean | null; clocks: PfClocks }
export const listRows = (rows: ListRow[]) =>
  rows.map((r) => [
    { html: `<a class="govuk-link" href="/children/${r.childId}/private-fostering?arrangement=${r.arrangementId}">${escape(r.childLabel)}</a>` },
    { text: formatDate(r.notifiedOn) }, { text: r.assessedOn ? formatDate(r.assessedOn) : 'Not assessed' },
    { html: clockHtml(r.clocks.next) }, { text: r.lastSeenAlone === null ? 'Not yet visited' : r.lastSeenAlone ? 'Yes' : 'No' },
  ])
