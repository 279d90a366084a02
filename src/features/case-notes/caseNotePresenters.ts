import { caseNoteKinds, describe, yesNo } from '../../domain/codeLists/index.js'
import { londonLocalOf } from '../../domain/clock.js'
import { formatDateTime } from '../../domain/format.js'
import { splitDateTime } from '../../http/forms.js'
import type { Spec, Values } from '../child-protection/cpPresenters.js'
import type { CaseNoteRow } from './caseNoteRepository.js'

export const caseNoteFields: Spec[] = [
  { kind: 'radios', name: 'kind', label: 'What kind of work was this?', codes: caseNoteKinds },
  { kind: 'datetime', name: 'occurredAt', label: 'When did it happen?', hint: 'For example, 24 11 2026' },
  { kind: 'radios', name: 'childSeen', label: 'Was the child seen?', codes: yesNo },
  { kind: 'radios', name: 'seenAlone', label: 'Was the child seen alone?', codes: yesNo },
  { kind: 'textarea', name: 'summary', label: 'Summary', hint: 'What happened, what the child said, and what happens next' },
  { kind: 'checkboxes', name: 'significant', label: 'Significant event', options: [{ value: 'yes', text: 'Significant: flag it on the child’s chronology' }] },
]

/** Error-summary anchors: the date input's first box; radios and the checkbox use their own id. */
export const caseNoteAnchors = { occurredAt: 'occurredAt-day' }

const yes = (b: boolean) => (b ? 'yes' : 'no')

/** A stored note as the form posts it back. */
export function caseNoteValues(n: CaseNoteRow): Values {
  return { kind: n.kind, ...splitDateTime('occurredAt', londonLocalOf(n.occurredAt)), childSeen: yes(n.childSeen), seenAlone: yes(n.seenAlone), summary: n.summary, significant: n.significant ? 'yes' : undefined }
}

/** Seen, seen alone or not seen: one phrase for the list and the record. */
export const seenText = (n: { childSeen: boolean; seenAlone: boolean }) => (n.seenAlone ? 'Seen alone' : n.childSeen ? 'Seen' : 'Not seen')

type Comparable = Pick<CaseNoteRow, 'kind' | 'occurredAt' | 'childSeen' | 'seenAlone' | 'summary' | 'significant'>
/** A note in words, field by field, for the conflict page's comparison. */
export const conflictView = (n: Comparable) => ({ kind: describe(caseNoteKinds, n.kind), occurredAt: formatDateTime(n.occurredAt), seen: seenText(n), summary: n.summary, significant: n.significant ? 'Yes' : 'No' })
export const conflictLabels = { kind: 'Kind', occurredAt: 'When', seen: 'Child seen', summary: 'Summary', significant: 'Significant' }

export const caseNoteRows = (n: CaseNoteRow) =>
  [['Kind', describe(caseNoteKinds, n.kind)], ['When', formatDateTime(n.occurredAt)], ['Child seen', seenText(n)], ['Summary', n.summary], ['Significant', n.significant ? 'Yes: flagged on the chronology' : 'No']] as [string, string | null][]

const truncate = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/** The list of the child's notes; the link text is a date we built, so html is safe. */
export function caseNoteTable(rows: { note: CaseNoteRow; authorName: string }[]) {
  return {
    caption: 'Case notes',
    head: ['When', 'Kind', 'Child seen', 'Summary', 'Significant'].map((text) => ({ text })),
    empty: 'No case notes recorded.',
    rows: rows.map(({ note: n }) => [
      { html: `<a class="govuk-link" href="/case-notes/${n.id}">${formatDateTime(n.occurredAt)}</a>` },
      { text: describe(caseNoteKinds, n.kind) },
      { text: seenText(n) },
      { text: truncate(n.summary) },
      n.significant ? { html: '<strong class="govuk-tag govuk-tag--red">Significant</strong>' } : { text: '' },
    ]),
  }
}
