import { accommodationCodes, activityCodes, describe, inTouchCodes } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import type { Evaluation } from '../../domain/timescales/index.js'
import { splitDate } from '../../http/forms.js'
import { childListLabel } from '../../access/index.js'
import type { Spec, Values } from '../child-protection/cpPresenters.js'
import type { CareLeaverListRow } from './careLeaverList.js'
import { custodyVisitDays, type CareLeaverService } from './careLeaverService.js'
import { careLeaverDateFields, contactKinds, eligibilities } from './careLeaverSchemas.js'

type Overview = Awaited<ReturnType<CareLeaverService['overview']>>
const yesNo = [{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }]
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export const careLeaverFields: Spec[] = [
  { kind: 'radios', name: 'eligibility', label: 'Eligibility category', codes: eligibilities },
  { kind: 'date', name: 'needsAssessmentOn', label: 'Date of the needs assessment (optional)', hint: 'Due within 3 months of the 16th birthday, or of becoming eligible after 16 (CPPCR 2010 reg 42)' },
  { kind: 'radios', name: 'stayingPut', label: 'Staying put with former foster carers?', options: yesNo },
  { kind: 'radios', name: 'apprenticeship', label: 'On an apprenticeship?', options: yesNo },
  { kind: 'date', name: 'localOfferUntil', label: 'Local offer runs until (optional)', hint: 'Up to the 25th birthday' },
]
export const paFields = (pas: { id: string; displayName: string }[]): Spec[] => [
  { kind: 'select', name: 'paId', label: 'Personal adviser', options: pas.map((p) => ({ value: p.id, text: p.displayName })) },
  { kind: 'date', name: 'paStartDate', label: 'Allocated from' },
]
export const contactFields: Spec[] = [
  { kind: 'date', name: 'contactedOn', label: 'Date of the contact' },
  { kind: 'radios', name: 'kind', label: 'Kind of contact', codes: contactKinds },
  { kind: 'radios', name: 'faceToFace', label: 'Face to face?', options: yesNo },
  { kind: 'textarea', name: 'notes', label: 'Notes' },
]
export const pathwayPlanFields: Spec[] = [
  { kind: 'date', name: 'planStartDate', label: 'Pathway plan start date' },
  { kind: 'textarea', name: 'wishesAndFeelings', label: 'The young person’s wishes and feelings (optional)' },
  { kind: 'textarea', name: 'identity', label: 'Identity, religion and culture (optional)' },
]
export const actionFields: Spec[] = [
  { kind: 'textarea', name: 'action', label: 'Action (specific)' },
  { kind: 'text', name: 'ownerName', label: 'Who owns it' },
  { kind: 'textarea', name: 'outcome', label: 'Measurable outcome' },
  { kind: 'date', name: 'actionDueOn', label: 'Due by' },
]
export const reviewFields: Spec[] = [
  { kind: 'date', name: 'planReviewedOn', label: 'Date of the pathway plan review' },
  { kind: 'textarea', name: 'summary', label: 'Summary of the review' },
]
export const outcomeFields: Spec[] = [
  { kind: 'text', name: 'collectionYear', label: 'Collection year (the year it ends)', hint: 'For example 2027 for April 2026 to March 2027' },
  { kind: 'select', name: 'inTouch', label: 'In touch (IN_TOUCH)', codes: inTouchCodes },
  { kind: 'select', name: 'activity', label: 'Activity (ACTIV)', codes: activityCodes },
  { kind: 'select', name: 'accommodation', label: 'Accommodation and suitability (ACCOM)', codes: accommodationCodes },
]
export const custodyFields: Spec[] = [
  { kind: 'text', name: 'establishment', label: 'Establishment (prison or young offender institution)' },
  { kind: 'date', name: 'custodyStartedOn', label: 'Custody started' },
  { kind: 'date', name: 'custodyEndedOn', label: 'Released on (leave blank while held)' },
  { kind: 'textarea', name: 'releasePlan', label: 'Pathway plan for release (optional)' },
]

export const careLeaverAnchors = { ...Object.fromEntries(careLeaverDateFields.map((n) => [n, `${n}-day`])), eligibility: 'eligibility', kind: 'kind', faceToFace: 'faceToFace', stayingPut: 'stayingPut', apprenticeship: 'apprenticeship' }

/** A stored record as form values, dates split into the GOV.UK date input's parts. */
export function datesOf(values: Record<string, string | null | undefined>): Values {
  const out: Values = {}
  for (const [name, iso] of Object.entries(values)) { const d = splitDate(iso ?? null); Object.assign(out, { [`${name}-day`]: d.day, [`${name}-month`]: d.month, [`${name}-year`]: d.year }) }
  return out
}

export function clockText(e: Evaluation | null, none: string) {
  if (!e) return none
  const late = e.daysLate ? ` (${e.daysLate} days late)` : ''
  const state = { met: 'met', on_track: 'on track', due_soon: 'due soon', overdue: 'overdue', missed: 'missed' }[e.status]
  return `Due ${formatDate(e.dueOn)}: ${state}${late}`
}

export function overviewRows(o: Overview): [string, string | null][] {
  const cl = o.careLeaver!
  const c = o.clocks
  return [
    ['Eligibility', describe(eligibilities, cl.eligibility)],
    ['Needs assessment', cl.needsAssessmentOn ? formatDate(cl.needsAssessmentOn) : 'Not recorded'],
    ['Needs assessment clock (CPPCR 2010 reg 42)', clockText(c.needs, 'No date of birth recorded')],
    ['Personal adviser', o.pa ? `${o.pa.name}, from ${formatDate(o.pa.startDate)}` : 'None allocated'],
    ['PA contact clock (every 8 weeks)', clockText(c.contact, 'No personal adviser allocated')],
    ['Pathway plan', o.plan ? `Started ${formatDate(o.plan.startDate)}` : 'No open pathway plan'],
    ['Pathway plan review clock (every 6 months)', clockText(c.review, 'No open pathway plan')],
    ['Staying put', cl.stayingPut ? 'Yes' : 'No'],
    ['Apprenticeship', cl.apprenticeship ? 'Yes' : 'No'],
    ['Local offer until', cl.localOfferUntil ? formatDate(cl.localOfferUntil) : 'Not recorded'],
    ['In custody', c.openCustody ? `Yes, at ${c.openCustody.establishment} since ${formatDate(c.openCustody.startedOn)}; ${c.lastCustodyVisit ? `last visited face to face ${formatDate(c.lastCustodyVisit)}` : 'not visited face to face'}${c.custodyNotVisited ? ` — not visited for ${c.daysSinceVisit} days (more than ${custodyVisitDays})` : ''}` : 'No'],
  ]
}

export function overviewTables(o: Overview) {
  return [
    { caption: 'Personal adviser contacts', head: ['Date', 'Kind', 'Face to face', 'Notes'].map((text) => ({ text })), empty: 'No contacts recorded.', rows: o.contacts.map((c) => [{ text: formatDate(c.contactedOn) }, { text: describe(contactKinds, c.kind) }, { text: c.faceToFace ? 'Yes' : 'No' }, { text: c.notes }]) },
    { caption: 'Pathway plan actions', head: ['Action', 'Owner', 'Outcome', 'Due'].map((text) => ({ text })), empty: 'No actions on the pathway plan.', rows: o.actions.map((a) => [{ text: a.action }, { text: a.ownerName ?? '' }, { text: a.outcome }, { text: formatDate(a.dueOn) }]) },
    { caption: 'Pathway plan reviews', head: ['Date', 'Summary'].map((text) => ({ text })), empty: 'No reviews recorded.', rows: o.reviews.map((r) => [{ text: formatDate(r.reviewedOn) }, { text: r.summary }]) },
    { caption: 'OC3 outcomes (17th to 21st birthdays)', head: ['Year', 'In touch', 'Activity', 'Accommodation'].map((text) => ({ text })), empty: 'No OC3 outcomes recorded.', rows: o.outcomes.map((r) => [{ text: `${r.collectionYear - 1} to ${r.collectionYear}` }, { text: describe(inTouchCodes, r.inTouch) }, { text: describe(activityCodes, r.activity) }, { text: describe(accommodationCodes, r.accommodation) }]) },
    { caption: 'Custody', head: ['Establishment', 'Started', 'Released', 'Release plan'].map((text) => ({ text })), empty: 'No custody recorded.', rows: o.custody.map((s) => [{ text: s.establishment }, { text: formatDate(s.startedOn) }, { text: s.endedOn ? formatDate(s.endedOn) : 'Still held' }, { text: s.releasePlan ?? 'None recorded' }]) },
  ]
}

const dueTag = (due: string | null, today: string, none: string) => (due ? (due < today ? `<strong class="govuk-tag govuk-tag--red">Overdue: ${formatDate(due)}</strong>` : formatDate(due)) : none)

export function listRows(rows: CareLeaverListRow[], today: string) {
  return rows.map((r) => [
    { html: `<a class="govuk-link" href="/children/${r.childId}/care-leaver">${esc(childListLabel(r))}</a>` },
    { text: describe(eligibilities, r.eligibility).split(':')[0] ?? r.eligibility },
    { text: r.paName ?? 'None allocated' },
    { html: dueTag(r.planDue, today, 'No pathway plan') },
    { html: `${r.lastContact ? formatDate(r.lastContact) : 'None'}${r.contactDue && r.contactDue < today ? ' <strong class="govuk-tag govuk-tag--red">Contact overdue</strong>' : ''}` },
    { text: r.hasOc3 ? 'Recorded' : 'Not recorded' },
    { html: r.inCustody ? `Yes: ${r.daysSinceVisit} days since a face-to-face visit${(r.daysSinceVisit ?? 0) > custodyVisitDays ? ' <strong class="govuk-tag govuk-tag--red">Not visited</strong>' : ''}` : 'No' },
  ])
}
