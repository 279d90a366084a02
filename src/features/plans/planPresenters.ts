import { describe, planActionStatuses, planKinds, visitKinds, yesNo } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import type { Evaluation } from '../../domain/timescales/index.js'
import { splitDate } from '../../http/forms.js'
import { clockTag, type Spec, type Values } from '../child-protection/cpPresenters.js'
import type { PlanService } from './planService.js'
import { planDateFields } from './planSchemas.js'
import { safetyFields } from './safetyPlan.js'

type ChildPlans = Awaited<ReturnType<PlanService['forChild']>>

/** A stored record as form values: dates split into the GOV.UK date input's parts. */
export function planValuesOf(record: Record<string, unknown>): Values {
  const values: Values = { ...record }
  for (const name of planDateFields) {
    const d = splitDate(typeof record[name] === 'string' ? (record[name] as string) : null)
    Object.assign(values, { [`${name}-day`]: d.day, [`${name}-month`]: d.month, [`${name}-year`]: d.year })
  }
  return values
}

export const planAnchors = Object.fromEntries(planDateFields.map((n) => [n, `${n}-day`]))

const wishesSpec: Spec = { kind: 'textarea', name: 'wishesAndFeelings', label: 'The child’s wishes and feelings', hint: 'In the child’s own words where you can. A plan without them shows as incomplete.' }
const identitySpec: Spec = { kind: 'textarea', name: 'identity', label: 'Identity, religion and culture', hint: 'What matters to the child about who they are. A plan without it shows as incomplete.' }
// The safety plan is asked for where the latest assessment found domestic abuse (CIN factors 3A–3C); see safetyPlan.ts.
export const cinPlanFields = (asksSafety: boolean): Spec[] => [{ kind: 'date', name: 'startDate', label: 'Plan start date' }, wishesSpec, identitySpec, ...safetyFields(asksSafety)]
export const planEditFields = (asksSafety: boolean): Spec[] => [wishesSpec, identitySpec, ...safetyFields(asksSafety), { kind: 'date', name: 'endDate', label: 'End date (when the plan ends)' }, { kind: 'textarea', name: 'endReason', label: 'Why the plan ended' }]
export const actionFields = (workers: { id: string; displayName: string }[]): Spec[] => [
  { kind: 'textarea', name: 'action', label: 'Action', hint: 'What will be done, specifically' },
  { kind: 'select', name: 'ownerUserId', label: 'Owner: a worker', options: workers.map((w) => ({ value: w.id, text: w.displayName })) },
  { kind: 'text', name: 'ownerName', label: 'Or owner: a named person', hint: 'For example, a parent or the school’s designated safeguarding lead' },
  { kind: 'textarea', name: 'outcome', label: 'Measurable outcome', hint: 'How everyone will know it has been done' },
  { kind: 'date', name: 'dueOn', label: 'Due date' },
]
export const actionStatusFields: Spec[] = [{ kind: 'radios', name: 'status', label: 'Status', codes: planActionStatuses }]
export const reviewFields: Spec[] = [{ kind: 'date', name: 'reviewedOn', label: 'Date of the review' }, { kind: 'textarea', name: 'summary', label: 'Summary of the review' }]
export const visitFields: Spec[] = [
  { kind: 'date', name: 'visitedOn', label: 'Date of the visit' },
  { kind: 'radios', name: 'childSeen', label: 'Was the child seen?', codes: yesNo },
  { kind: 'radios', name: 'seenAlone', label: 'Was the child seen alone?', codes: yesNo },
  { kind: 'textarea', name: 'notes', label: 'Visit notes' },
]
export const stepDownRequestFields: Spec[] = [{ kind: 'textarea', name: 'rationale', label: 'Rationale for stepping down to a child in need plan', hint: 'A manager must authorise the step-down' }]
export const stepDownAuthoriseFields: Spec[] = [{ kind: 'date', name: 'endDate', label: 'Step-down date', hint: 'The child protection plan ends and the child in need plan starts on this date' }]
export const stepDownRejectFields: Spec[] = [{ kind: 'textarea', name: 'rejectReason', label: 'Why the step-down is rejected' }]

const d = (v: string | null | undefined) => (v ? formatDate(v) : '')
const link = (href: string, text: string) => ({ html: `<a class="govuk-link" href="${href}">${text}</a>` })
const tagCell = (t: { text: string; classes: string | undefined }) => ({ html: `<strong class="govuk-tag ${t.classes ?? ''}">${t.text}</strong>` })
const table = (caption: string, head: string[], empty: string, rows: unknown[][]) => ({ caption, head: head.map((text) => ({ text })), empty, rows })
export const clockText = (e: Evaluation | null) => (e ? `Due ${d(e.dueOn)} (${clockTag(e).text})` : null)

/** The plans-and-visits tables on the child's CIN/CP overview; every cell is text we built. */
export function planTables(o: ChildPlans) {
  const clocks = [[`CP visits (${o.every.cpVisit})`, o.cpVisitClock], [`CIN visits (${o.every.cinVisit})`, o.cinVisitClock], [`CIN plan review (${o.every.cinReview})`, o.cinReviewClock]] as const
  return [
    table('Plan clocks', ['Clock', 'Next due', 'Status'], 'No open plan, so no visit or review clock is running.', clocks.filter(([, e]) => e).map(([name, e]) => [{ text: name }, { text: d(e!.dueOn) }, tagCell(clockTag(e!))])),
    table('Plans', ['Started', 'Kind', 'Ended', 'Completeness'], 'No child in need plans.', o.plans.map((p) => [link(`/plans/${p.id}`, formatDate(p.startDate)), { text: describe(planKinds, p.kind) }, { text: p.endDate ? d(p.endDate) : 'Open' }, p.incomplete ? tagCell({ text: 'Incomplete', classes: 'govuk-tag--red' }) : { text: 'Complete' }])),
    table('Visits', ['Date', 'Kind', 'Child seen', 'Seen alone'], 'No visits recorded.', o.visits.map((v) => [{ text: d(v.visitedOn) }, { text: describe(visitKinds, v.kind) }, { text: v.childSeen ? 'Yes' : 'No' }, { text: v.seenAlone ? 'Yes' : 'No' }])),
  ]
}

/** The line on the child's own page: the open CIN plan and whether it is complete. */
export function planSummary(o: ChildPlans) {
  const open = o.plans.find((p) => p.kind === 'CIN' && !p.endDate)
  return { cinPlan: open ? `Since ${formatDate(open.startDate)}` : 'None', cinPlanId: open?.id ?? null, incomplete: open?.incomplete ?? null, visits: clockText(o.cpVisitClock ?? o.cinVisitClock) ?? 'No visit clock running' }
}
