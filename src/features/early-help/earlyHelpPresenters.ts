import { describe, earlyHelpOutcomes } from '../../domain/codeLists/index.js'
import { formatDate, formatDateTime } from '../../domain/format.js'
import { splitDate } from '../../http/forms.js'
import type { Spec, Values } from '../child-protection/cpPresenters.js'
import type { EarlyHelpRow } from './earlyHelpRepository.js'

type ContactOption = { id: string; receivedAt: Date }

/** Error-summary anchors: a date's first input, a radio group's first item. */
export const earlyHelpAnchors = { startDate: 'startDate-day', completedOn: 'completedOn-day', outcome: 'outcome' }

const outcomeField: Spec = { kind: 'radios', name: 'outcome', label: 'Outcome', codes: earlyHelpOutcomes }
const completedField = (hint?: string): Spec => ({ kind: 'date', name: 'completedOn', label: 'Date the assessment was completed', ...(hint ? { hint } : {}) })

export const recordFields = (contacts: readonly ContactOption[]): Spec[] => [
  { kind: 'date', name: 'startDate', label: 'Date the assessment started', hint: 'For example, 3 11 2026' },
  { kind: 'text', name: 'leadPractitioner', label: 'Lead practitioner and agency', hint: 'Who leads the early help: for example, a school’s designated safeguarding lead or a health visitor' },
  ...(contacts.length ? [{ kind: 'select', name: 'contactId', label: 'Contact decided as early help (optional)', options: contacts.map((c) => ({ value: c.id, text: `Received ${formatDateTime(c.receivedAt)}` })) } satisfies Spec] : []),
  { ...completedField('Leave blank while the assessment is open'), label: 'Date the assessment was completed (optional)' },
  { ...outcomeField, label: 'Outcome (once completed)' },
]
export const completeFields: Spec[] = [completedField(), outcomeField]

const status = (a: EarlyHelpRow) => (a.completedOn ? `Completed ${formatDate(a.completedOn)}` : 'Open')

/** The child's assessments, newest first, each linking to its page. */
export const assessmentTable = (childId: string, rows: readonly EarlyHelpRow[]) => ({
  caption: 'Early help assessments',
  empty: 'No early help assessments recorded.',
  head: [{ text: 'Started' }, { text: 'Lead practitioner' }, { text: 'Status' }, { text: 'Outcome' }],
  rows: rows.map((a) => [
    { html: `<a class="govuk-link" href="/children/${childId}/early-help?assessment=${a.id}">${formatDate(a.startDate)}</a>` },
    { text: a.leadPractitioner },
    { text: status(a) },
    { text: a.outcome ? describe(earlyHelpOutcomes, a.outcome) : 'Not yet' },
  ]),
})

export const assessmentRows = (a: EarlyHelpRow): [string, string | null][] => [
  ['Started', formatDate(a.startDate)],
  ['Lead practitioner', a.leadPractitioner],
  ['Completed', a.completedOn ? formatDate(a.completedOn) : null],
  ['Outcome', a.outcome ? describe(earlyHelpOutcomes, a.outcome) : null],
  ['Follows a contact', a.contactId ? 'Yes: decided as early help at the front door' : 'No'],
]

/** A stored assessment as the completion form's values: its date split into the date input's parts. */
export function completeValues(a: EarlyHelpRow): Values {
  const d = splitDate(a.completedOn)
  return { outcome: a.outcome ?? undefined, 'completedOn-day': d.day, 'completedOn-month': d.month, 'completedOn-year': d.year }
}
