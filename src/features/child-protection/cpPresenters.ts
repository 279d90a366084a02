import { abuseCategories, assessmentFactors, assessmentOutcomes, closureReasons, conferenceKinds, describe, s47Outcomes, strategyAgencies, strategyDecisions, type CodeEntry } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import { ragOf, type Evaluation } from '../../domain/timescales/index.js'
import { splitDate } from '../../http/forms.js'
import { dateFields } from './cpSchemas.js'
import { safetyFields } from '../plans/safetyPlan.js'

type Kind = 'date' | 'datetime' | 'text' | 'textarea' | 'select' | 'radios' | 'checkboxes'
export type Spec = { kind: Kind; name: string; label: string; hint?: string; codes?: readonly CodeEntry[]; options?: { value: string; text: string }[] }
export type Values = Record<string, unknown>

const picked = (v: unknown, code: string) => (Array.isArray(v) ? v.includes(code) : v === code)

/** A form for the casework template: each field's items marked from the user's values. */
export function formOf(action: string, submit: string, specs: Spec[], values: Values, extra: { heading?: string; version?: number; buttonClasses?: string } = {}) {
  const fields = specs.map((s) => {
    const options = s.options ?? (s.codes ?? []).map((c) => ({ value: c.code, text: s.kind === 'checkboxes' && s.codes === assessmentFactors ? `${c.code}: ${c.description}` : c.description }))
    const items = s.kind === 'select' ? [{ value: '', text: 'Select' }, ...options.map((o) => ({ ...o, selected: o.value === values[s.name] }))] : options.map((o) => ({ ...o, checked: picked(values[s.name], o.value) }))
    return { ...s, items }
  })
  return { action, submit, fields, ...extra }
}

/** A stored record as form values: dates split into the GOV.UK date input's parts. */
export function valuesOf(record: Record<string, unknown>): Values {
  const values: Values = { ...record }
  for (const name of dateFields) {
    const d = splitDate(typeof record[name] === 'string' ? (record[name] as string) : null)
    Object.assign(values, { [`${name}-day`]: d.day, [`${name}-month`]: d.month, [`${name}-year`]: d.year })
  }
  return values
}

/** Error-summary anchors: a date field's first input, a checkbox or radio group's first item. */
export const anchors = Object.fromEntries(dateFields.map((n) => [n, `${n}-day`]))

export const assessmentFields: Spec[] = [
  { kind: 'date', name: 'startDate', label: 'Assessment start date', hint: 'For example, 3 11 2026' },
  { kind: 'date', name: 'childSeenOn', label: 'Date the child was seen (optional)' },
  { kind: 'date', name: 'childSeenAloneOn', label: 'Date the child was seen alone (optional)' },
  { kind: 'date', name: 'internalReviewOn', label: 'Date of the internal review (optional)', hint: 'The manager’s mid-point review of the assessment, where your council holds one' },
  { kind: 'checkboxes', name: 'factors', label: 'Factors identified (CIN census)', hint: 'Select 21 only if no factor was found', codes: assessmentFactors },
  { kind: 'radios', name: 'outcome', label: 'Outcome', codes: assessmentOutcomes },
  { kind: 'textarea', name: 'nextStep', label: 'Next step (optional)' },
  { kind: 'textarea', name: 'lateReason', label: 'Why the assessment is late (if it is)', hint: 'Required when authorised more than 45 working days after the referral' },
]
export const authoriseFields: Spec[] = [
  { kind: 'date', name: 'authorisedOn', label: 'Authorised on (the completion date)' },
  { kind: 'textarea', name: 'lateReason', label: 'Why the assessment is late (if it is)', hint: 'Required when more than 45 working days after the referral' },
]
export const strategyFields: Spec[] = [
  { kind: 'date', name: 'heldOn', label: 'Date of the strategy discussion' },
  { kind: 'checkboxes', name: 'agencies', label: 'Agencies present', codes: strategyAgencies },
  { kind: 'radios', name: 'decision', label: 'Decision', codes: strategyDecisions },
]
export const s47StartFields: Spec[] = [{ kind: 'date', name: 'startDate', label: 'Date the section 47 enquiry started' }]
export const s47OutcomeFields: Spec[] = [{ kind: 'radios', name: 'outcome', label: 'Outcome of the enquiry', codes: s47Outcomes }]
export const notConvenedFields: Spec[] = [{ kind: 'textarea', name: 'notConvenedReason', label: 'Why an initial conference will not be convened', hint: 'A manager must authorise this decision' }]
export const conferenceFields = (chairs: { id: string; displayName: string }[]): Spec[] => [
  { kind: 'radios', name: 'kind', label: 'Type of conference', codes: conferenceKinds },
  { kind: 'date', name: 'heldOn', label: 'Date of the conference' },
  { kind: 'select', name: 'chairId', label: 'Independent chair', options: chairs.map((c) => ({ value: c.id, text: c.displayName })) },
  { kind: 'textarea', name: 'attendance', label: 'Who attended, and who sent reports' },
  { kind: 'textarea', name: 'childViews', label: 'The child’s views' },
  { kind: 'textarea', name: 'viewsGatheredHow', label: 'How the child’s views were gathered' },
  { kind: 'checkboxes', name: 'confirmBankHoliday', label: 'Bank holiday', options: [{ value: 'yes', text: 'I confirm the conference was held on a bank holiday' }] },
]
export const planStartFields: Spec[] = [{ kind: 'radios', name: 'initialCategory', label: 'Initial category of abuse', codes: abuseCategories }]
/** With the domestic-abuse safety plan where the form asks for it (safetyPlan.ts). */
export const planEditFields = (asksSafety: boolean): Spec[] => [
  { kind: 'radios', name: 'latestCategory', label: 'Latest category of abuse', codes: abuseCategories },
  ...safetyFields(asksSafety),
  { kind: 'date', name: 'endDate', label: 'End date (when the plan ends)' },
  { kind: 'textarea', name: 'endReason', label: 'Why the plan ended' },
]
export const closureFields: Spec[] = [
  { kind: 'date', name: 'closedOn', label: 'Closure date' },
  { kind: 'radios', name: 'reason', label: 'Reason for closure (CIN census)', codes: closureReasons },
  { kind: 'textarea', name: 'note', label: 'Rationale for closure', hint: 'A manager signs the closure off, or sends it back' },
]

const statusText: Record<Evaluation['status'], string> = { met: 'In time', missed: 'Late', overdue: 'Overdue', due_soon: 'Due soon', on_track: 'On track' }
export const clockTag = (e: Evaluation) => ({ text: statusText[e.status], classes: { red: 'govuk-tag--red', amber: 'govuk-tag--yellow', green: 'govuk-tag--green' }[ragOf(e.status)] })

const row = (key: string, value: string | null | undefined) => ({ key: { text: key }, value: { text: value || 'Not recorded' } })
export const rowsOf = (pairs: [string, string | null | undefined][]) => pairs.map(([k, v]) => row(k, v))

/** Deciding not to convene: nothing, awaiting authorisation, or authorised (Leicestershire 2016). */
export function notConvenedText(e: { notConvenedReason: string | null; notConvenedAuthorisedAt: Date | null }): string | null {
  if (!e.notConvenedReason) return null
  return e.notConvenedAuthorisedAt ? 'Not convened: authorised' : 'Not convened: awaiting authorisation'
}

export const codesText = (list: readonly CodeEntry[], codes: string[]) => codes.map((c) => describe(list, c)).join(', ')
export const dateText = (d: string | null) => (d ? formatDate(d) : null)
