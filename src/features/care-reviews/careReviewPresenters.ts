import {
  describe,
  permanencePlanKinds,
  reviewParticipation,
  sdqReasons,
  type CodeEntry,
} from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import { splitDate } from '../../http/forms.js'
import { clockTag, dateText, type Spec, type Values } from '../child-protection/cpPresenters.js'
import type { CareClock } from './careReviewClocks.js'
import { escalationStages, healthKinds } from './careReviewSchemas.js'

const zeroOne: readonly CodeEntry[] = [
  { code: '1', description: 'Yes (1)' },
  { code: '0', description: 'No (0)' },
]

export const carePlanStartFields: Spec[] = [
  {
    kind: 'date',
    name: 'startDate',
    label: 'Date the plan was made',
    hint: 'Before the placement or, if that was not practicable, as soon as possible after it',
  },
  { kind: 'textarea', name: 'wishesAndFeelings', label: 'The child’s wishes and feelings' },
  {
    kind: 'textarea',
    name: 'identity',
    label: 'Identity, religion and culture',
    hint: 'How the plan meets the child’s needs arising from their identity, religion, culture and language',
  },
]
export const carePlanEditFields: Spec[] = [
  { kind: 'textarea', name: 'wishesAndFeelings', label: 'The child’s wishes and feelings' },
  { kind: 'textarea', name: 'identity', label: 'Identity, religion and culture' },
  {
    kind: 'date',
    name: 'endDate',
    label: 'End date (optional)',
    hint: 'When the plan is replaced or the child leaves care',
  },
  { kind: 'textarea', name: 'endReason', label: 'Why the plan ended (optional)' },
]
export const actionFields = (workers: { id: string; displayName: string }[]): Spec[] => [
  { kind: 'textarea', name: 'action', label: 'Action', hint: 'Specific: what will be done' },
  {
    kind: 'select',
    name: 'ownerUserId',
    label: 'Owner (a worker)',
    options: workers.map((w) => ({ value: w.id, text: w.displayName })),
  },
  {
    kind: 'text',
    name: 'ownerName',
    label: 'Or the owner’s name',
    hint: 'For example the carer, the school or a parent',
  },
  { kind: 'textarea', name: 'outcome', label: 'Measurable outcome' },
  { kind: 'date', name: 'dueOn', label: 'Due by' },
]
export const permanenceFields: Spec[] = [
  { kind: 'radios', name: 'plan', label: 'Permanence plan', codes: permanencePlanKinds },
  { kind: 'date', name: 'decidedOn', label: 'Date decided', hint: 'By the second review at the latest' },
  {
    kind: 'textarea',
    name: 'notes',
    label: 'Notes',
    hint: 'The plan, the contingency plan and how it was decided',
  },
]
export const allocateFields = (iros: { id: string; displayName: string }[]): Spec[] => [
  {
    kind: 'select',
    name: 'iroId',
    label: 'Independent reviewing officer',
    options: iros.map((u) => ({ value: u.id, text: u.displayName })),
  },
  { kind: 'date', name: 'startDate', label: 'Allocated from' },
]
export const reviewFields: Spec[] = [
  { kind: 'date', name: 'heldOn', label: 'Date of the review' },
  {
    kind: 'radios',
    name: 'participation',
    label: 'How the child took part (SSDA903 participation code)',
    codes: reviewParticipation.map((c) => ({ code: c.code, description: `${c.code}: ${c.description}` })),
  },
  { kind: 'textarea', name: 'recommendations', label: 'Recommendations (optional)' },
]
export const escalationFields: Spec[] = [
  { kind: 'date', name: 'raisedOn', label: 'Date raised' },
  {
    kind: 'radios',
    name: 'stage',
    label: 'Stage (IRO Handbook dispute resolution)',
    codes: escalationStages,
  },
  { kind: 'textarea', name: 'concern', label: 'The concern' },
]
export const escalationUpdateFields: Spec[] = [
  { kind: 'radios', name: 'stage', label: 'Stage', codes: escalationStages },
  { kind: 'date', name: 'resolvedOn', label: 'Date resolved (optional)' },
  { kind: 'textarea', name: 'resolution', label: 'How it was resolved (optional)' },
]
export const pepFields: Spec[] = [
  { kind: 'date', name: 'reviewedOn', label: 'Date of the PEP meeting' },
  { kind: 'text', name: 'school', label: 'School (optional)' },
  {
    kind: 'textarea',
    name: 'notes',
    label: 'Notes',
    hint: 'Targets, progress and how the pupil premium plus is used',
  },
]
export const healthFields: Spec[] = [
  { kind: 'radios', name: 'kind', label: 'What was done', codes: healthKinds },
  { kind: 'date', name: 'doneOn', label: 'Date' },
  {
    kind: 'text',
    name: 'sdqScore',
    label: 'SDQ score (SDQ only)',
    hint: 'Total difficulties score, 0 to 40',
  },
  { kind: 'textarea', name: 'notes', label: 'Notes (optional)' },
]
export const outcomeFields: Spec[] = [
  {
    kind: 'text',
    name: 'collectionYear',
    label: 'Collection year',
    hint: 'The year it ends on 31 March: 2026 for 2025 to 2026',
  },
  {
    kind: 'radios',
    name: 'convicted',
    label: 'Convicted or subject to a youth caution during the year (CONVICTED)',
    codes: zeroOne,
  },
  {
    kind: 'radios',
    name: 'substanceMisuse',
    label: 'Identified as having a substance misuse problem (SUBSTANCE_MISUSE)',
    codes: zeroOne,
  },
  {
    kind: 'radios',
    name: 'interventionReceived',
    label: 'Received an intervention for substance misuse (INTERVENTION_RECEIVED)',
    codes: zeroOne,
  },
  {
    kind: 'radios',
    name: 'interventionOffered',
    label: 'Offered an intervention for substance misuse (INTERVENTION_OFFERED)',
    codes: zeroOne,
  },
  {
    kind: 'select',
    name: 'sdqReason',
    label: 'Reason no SDQ score was recorded (only when there is none)',
    codes: sdqReasons,
  },
]

/** Stored values as form values: dates split for the GOV.UK date input. */
export function careValuesOf(record: Record<string, unknown>, dates: string[]): Values {
  const values: Values = { ...record }
  for (const name of dates) {
    const d = splitDate(typeof record[name] === 'string' ? (record[name] as string) : null)
    Object.assign(values, { [`${name}-day`]: d.day, [`${name}-month`]: d.month, [`${name}-year`]: d.year })
  }
  return values
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
export const tagCell = (c: CareClock) => {
  const t = clockTag(c)
  return { html: `<strong class="govuk-tag ${t.classes ?? ''}">${esc(t.text)}</strong>` }
}
export const table = (caption: string, head: string[], empty: string, rows: unknown[][]) => ({
  caption,
  head: head.map((text) => ({ text })),
  empty,
  rows,
})

export function clockText(c: CareClock): string {
  const late = c.daysLate
    ? `, ${c.daysLate} ${c.id.endsWith('WD') ? 'working ' : ''}day${c.daysLate === 1 ? '' : 's'} late`
    : ''
  const missed = c.missedIntervals ? ` (${c.missedIntervals} earlier late)` : ''
  return `${c.status === 'met' ? 'Was due' : 'Due'} ${formatDate(c.dueOn)}${late}${missed}`
}

/** The clocks as a table: what, when due, and where it stands; the source is in the title's rule. */
export const clocksTable = (caption: string, clocks: readonly CareClock[], empty: string) =>
  table(
    caption,
    ['Timescale', 'Due', 'Status'],
    empty,
    clocks.map((c) => [{ text: c.title }, { text: clockText(c) }, tagCell(c)]),
  )

export const reviewsTable = (
  reviews: { heldOn: string; participation: string; recommendations: string | null }[],
) =>
  table(
    'Reviews',
    ['Held', 'Participation', 'Recommendations'],
    'No reviews recorded.',
    [...reviews]
      .reverse()
      .map((r) => [
        { text: formatDate(r.heldOn) },
        { text: `${r.participation}: ${describe(reviewParticipation, r.participation)}` },
        { text: r.recommendations ?? '' },
      ]),
  )

export const permanenceText = (p: { plan: string; decidedOn: string } | null) =>
  p ? `${describe(permanencePlanKinds, p.plan)}, decided ${formatDate(p.decidedOn)}` : null
export const escalationText = (e: { stage: string; raisedOn: string; resolvedOn: string | null }) =>
  `${describe(escalationStages, e.stage)}, raised ${formatDate(e.raisedOn)}${e.resolvedOn ? `, resolved ${formatDate(e.resolvedOn)}` : ''}`
export const healthText = (kind: string) => describe(healthKinds, kind)
export { dateText }
