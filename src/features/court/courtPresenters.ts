import {
  describe,
  finalOrders,
  hearingKinds,
  preProceedingsMeetingKinds,
  preProceedingsOutcomes,
  yesNo,
} from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import { splitDate } from '../../http/forms.js'
import { clockTag, dateText, rowsOf, type Spec, type Values } from '../child-protection/cpPresenters.js'
import type { CareProceedingsService } from './careProceedingsService.js'
import type { PreProceedingsClock, ProceedingsClock } from './courtClocks.js'
import type { CareProceedingsRow, PreProceedingsRow } from './courtRepository.js'
import { courtDateFields } from './courtSchemas.js'

/** A stored record as form values: dates split for the GOV.UK date input, yes/no as radio values. */
export function courtValuesOf(record: Record<string, unknown>): Values {
  const values: Values = { ...record }
  for (const [k, v] of Object.entries(record)) if (typeof v === 'boolean') values[k] = v ? 'yes' : 'no'
  for (const name of courtDateFields) {
    const d = splitDate(typeof record[name] === 'string' ? (record[name] as string) : null)
    Object.assign(values, { [`${name}-day`]: d.day, [`${name}-month`]: d.month, [`${name}-year`]: d.year })
  }
  return values
}

export const courtAnchors = Object.fromEntries(courtDateFields.map((n) => [n, `${n}-day`]))

export const preProceedingsStartFields: Spec[] = [
  {
    kind: 'date',
    name: 'startDate',
    label: 'Date of the legal planning meeting',
    hint: 'The meeting (or other forum) that decided to start pre-proceedings',
  },
  {
    kind: 'textarea',
    name: 'legalPlanningDecision',
    label: 'The legal planning meeting’s decision and reasons',
  },
]
export const preProceedingsUpdateFields: Spec[] = [
  { kind: 'date', name: 'letterSentOn', label: 'Letter before proceedings sent (optional)' },
  {
    kind: 'radios',
    name: 'fgdmOffered',
    label: 'Did the letter offer a family group decision-making meeting?',
    hint: 'Required once the letter has been sent',
    codes: yesNo,
  },
  {
    kind: 'radios',
    name: 'fgdmFacilitated',
    label: 'Was a family group decision-making meeting facilitated?',
    codes: yesNo,
  },
  { kind: 'date', name: 'stepDecisionOn', label: 'Decision to step up to proceedings or down (optional)' },
  { kind: 'radios', name: 'outcome', label: 'Outcome of pre-proceedings', codes: preProceedingsOutcomes },
  { kind: 'date', name: 'courtApplicationOn', label: 'Court application submitted (optional)' },
  {
    kind: 'date',
    name: 'letterInitiatingProceedingsOn',
    label: 'Letter to parents initiating care proceedings (optional)',
  },
  {
    kind: 'date',
    name: 'endDate',
    label: 'Pre-proceedings ended (optional)',
    hint: 'Ending needs an outcome',
  },
]
export const meetingFields: Spec[] = [
  { kind: 'radios', name: 'kind', label: 'Kind of meeting', codes: preProceedingsMeetingKinds },
  { kind: 'date', name: 'heldOn', label: 'Date of the meeting' },
  { kind: 'textarea', name: 'summary', label: 'Summary of the meeting' },
]
export const proceedingsFields: Spec[] = [
  {
    kind: 'date',
    name: 'issuedOn',
    label: 'Date the application was issued',
    hint: 'Day 1 of the 26 weeks (Children Act 1989 s32)',
  },
  { kind: 'text', name: 'court', label: 'Court' },
  { kind: 'text', name: 'solicitor', label: 'The council’s solicitor' },
]
export const hearingFields: Spec[] = [
  { kind: 'radios', name: 'kind', label: 'Kind of hearing', codes: hearingKinds },
  { kind: 'date', name: 'heldOn', label: 'Date of the hearing' },
  { kind: 'textarea', name: 'outcome', label: 'Outcome of the hearing' },
]
export const extensionFields: Spec[] = [
  {
    kind: 'text',
    name: 'weeks',
    label: 'Extension granted, in weeks',
    hint: 'Children Act 1989 s32(5): up to 8 weeks each time',
  },
  {
    kind: 'textarea',
    name: 'reason',
    label: 'Why the court extended the timetable',
    hint: 'Only where necessary to resolve the proceedings justly (s32(5))',
  },
]
export const finalOrderFields: Spec[] = [
  { kind: 'select', name: 'finalOrder', label: 'Final order', codes: finalOrders },
  { kind: 'date', name: 'finalOrderOn', label: 'Date of the final order' },
]

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`
const yes = (v: boolean | null) => (v === null ? null : v ? 'Yes' : 'No')

/** Drift before proceedings: how long the child has been in pre-proceedings. */
export function timeInPreProceedings(p: { endDate: string | null }, c: PreProceedingsClock): string {
  const span = `${plural(c.days, 'day')} (${plural(c.weeks, 'week')})`
  return p.endDate ? `${span} in total` : `${span} so far`
}

/** The 26-week clock as a sentence: week N, the due date, days remaining or overdue. */
export function proceedingsClockText(c: ProceedingsClock): string {
  const due = `due ${formatDate(c.dueOn)}${c.extensionWeeks ? ` (26 weeks plus ${plural(c.extensionWeeks, 'week')} of extensions)` : ' (26 weeks)'}`
  if (c.daysRemaining === null)
    return `Ended in week ${c.week}, ${due}${c.daysLate ? `: ${plural(c.daysLate, 'day')} late` : ''}`
  const left =
    c.daysRemaining >= 0
      ? `${plural(c.daysRemaining, 'day')} remaining`
      : `${plural(-c.daysRemaining, 'day')} overdue`
  return `Week ${c.week}, ${due}: ${left}`
}

export function preProceedingsRows(
  pp: PreProceedingsRow,
  c: PreProceedingsClock,
  reviewCount: number,
  initialOn: string | null,
) {
  return rowsOf([
    ['Started (legal planning meeting)', dateText(pp.startDate)],
    ['Decision', pp.legalPlanningDecision],
    ['Time in pre-proceedings', timeInPreProceedings(pp, c)],
    ['16-week expectation (PLO pre-proceedings guidance 2023)', `Due ${formatDate(c.dueOn)}`],
    ['Letter before proceedings', dateText(pp.letterSentOn)],
    ['Family group decision-making meeting offered', yes(pp.fgdmOffered)],
    ['Family group decision-making meeting facilitated', yes(pp.fgdmFacilitated)],
    ['Initial pre-proceedings meeting', dateText(initialOn)],
    ['Review meetings', String(reviewCount)],
    ['Decision to step up or down', dateText(pp.stepDecisionOn)],
    ['Outcome', describe(preProceedingsOutcomes, pp.outcome)],
    ['Court application submitted', dateText(pp.courtApplicationOn)],
    ['Letter initiating care proceedings', dateText(pp.letterInitiatingProceedingsOn)],
    ['Ended', dateText(pp.endDate) ?? 'Open'],
  ])
}

export function proceedingsRows(p: CareProceedingsRow, c: ProceedingsClock) {
  return rowsOf([
    ['Application issued', dateText(p.issuedOn)],
    ['Court', p.court],
    ['Council’s solicitor', p.solicitor],
    ['26-week timetable (Children Act 1989 s32(1)(a)(ii))', proceedingsClockText(c)],
    [
      'Extensions (s32(5))',
      p.extensionWeeks
        ? `${plural(p.extensionWeeks, 'week')} in total. Latest reason: ${p.extensionReason ?? ''}`
        : 'None',
    ],
    [
      'Final order',
      p.finalOrderOn
        ? `${describe(finalOrders, p.finalOrder)}, ${formatDate(p.finalOrderOn)}`
        : 'Not yet made',
    ],
  ])
}

type Overview = Awaited<ReturnType<CareProceedingsService['forChild']>>
const link = (href: string, text: string) => ({ html: `<a class="govuk-link" href="${href}">${text}</a>` })
const tagCell = (t: { text: string; classes: string | undefined }) => ({
  html: `<strong class="govuk-tag ${t.classes ?? ''}">${t.text}</strong>`,
})
const table = (caption: string, head: string[], empty: string, rows: unknown[][]) => ({
  caption,
  head: head.map((text) => ({ text })),
  empty,
  rows,
})

/** The court overview's tables; every cell is text we built, so html is safe. */
export function courtTables(o: Overview) {
  return [
    table(
      'Pre-proceedings',
      ['Started', 'Time in pre-proceedings', 'Outcome', '16 weeks'],
      'No pre-proceedings recorded.',
      o.preProceedings.map((p) => [
        link(`/pre-proceedings/${p.id}`, formatDate(p.startDate)),
        { text: timeInPreProceedings(p, p.clock) },
        { text: describe(preProceedingsOutcomes, p.outcome) || 'Not yet decided' },
        tagCell(clockTag(p.clock)),
      ]),
    ),
    table(
      'Care proceedings',
      ['Issued', 'Court', '26-week timetable', 'Status'],
      'No care proceedings recorded.',
      o.careProceedings.map((p) => [
        link(`/care-proceedings/${p.id}`, formatDate(p.issuedOn)),
        { text: p.court },
        { text: proceedingsClockText(p.clock) },
        tagCell(clockTag(p.clock)),
      ]),
    ),
  ]
}

/** The line on the child's own page. */
export function courtSummary(o: Overview): string {
  const pp = o.preProceedings.find((p) => !p.endDate)
  const cp = o.careProceedings.find((p) => !p.finalOrderOn)
  if (cp) return `In care proceedings: ${proceedingsClockText(cp.clock)}`
  if (pp) return `In pre-proceedings: ${timeInPreProceedings(pp, pp.clock)}`
  return 'None open'
}
