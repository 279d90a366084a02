import { categoriesOfNeed, codesForYear, legalStatuses, placementProviders, placementTypes, reasonsPlaceChange, previousPermanenceOrders } from '../../domain/codeLists/ssda903.js'
import { describe, yesNo } from '../../domain/codeLists/index.js'
import { isOver20Miles } from '../../domain/places/postcodes.js'
import { splitDate } from '../../http/forms.js'
import { clockTag, dateText, rowsOf, type Spec, type Values } from '../child-protection/cpPresenters.js'
import { yearEndingOf } from './careRules.js'
import { careDateFields, endReasons } from './careSchemas.js'
import type { CareService } from './careService.js'

export const careAnchors = Object.fromEntries(careDateFields.map((n) => [n, `${n}-day`]))

/** A stored record as form values: dates split for the GOV.UK date input. */
export function careValuesOf(record: Record<string, unknown>): Values {
  const values: Values = { ...record }
  for (const name of careDateFields) {
    const d = splitDate(typeof record[name] === 'string' ? (record[name] as string) : null)
    Object.assign(values, { [`${name}-day`]: d.day, [`${name}-month`]: d.month, [`${name}-year`]: d.year })
  }
  return values
}

const tick = (name: string, label: string, text: string): Spec => ({ kind: 'checkboxes', name, label, options: [{ value: 'yes', text }] })
/** Placement types offered: those valid this collection year (the form still checks the year of the date given). */
const placementCodes = (today: string) => placementTypes.filter((c) => codesForYear(placementTypes, yearEndingOf(today)).includes(c.code)).map((c) => ({ value: c.code, text: `${c.code}: ${c.description}` }))

const placementSpecs = (today: string): Spec[] => [
  { kind: 'select', name: 'placementType', label: 'Placement type (PLACE)', options: placementCodes(today) },
  { kind: 'select', name: 'placementProvider', label: 'Placement provider (PLACE_PROVIDER)', hint: 'Leave blank for temporary placements T0 to T3 and Z11 to Z14 (903 rules 178 and 213)', options: placementProviders.map((c) => ({ value: c.code, text: `${c.code}: ${c.description}` })) },
  { kind: 'text', name: 'providerName', label: 'Provider or carer name (optional)' },
  { kind: 'text', name: 'urn', label: 'Ofsted URN (optional)', hint: 'For example SC123456' },
  { kind: 'text', name: 'placementPostcode', label: 'Placement postcode (optional)', hint: 'Used for the distance from home and whether the placement is out of area' },
  { kind: 'text', name: 'homePostcode', label: 'Home postcode (optional)', hint: 'Where the child lived before care' },
  tick('longTerm', 'Long-term placement', 'The placement is intended to last until the child is 18'),
  tick('childAgreedSixMonthly', 'Visits every six months', 'The child, of sufficient age and understanding, agreed to visits every six months (long-term only)'),
  tick('unregistered', 'Unregistered placement', 'The placement is unregistered (it needs the director’s sign-off, Ofsted told, and a plan)'),
]

const codeOptions = (list: readonly { code: string; description: string }[]) => list.map((c) => ({ value: c.code, text: `${c.code}: ${c.description}` }))
export const startCareFields = (today: string): Spec[] => [
  { kind: 'date', name: 'startsOn', label: 'Date the child started to be looked after', hint: 'For example, 3 11 2026' },
  { kind: 'select', name: 'legalStatus', label: 'Legal status (LS)', options: codeOptions(legalStatuses) },
  { kind: 'select', name: 'categoryOfNeed', label: 'Category of need (CIN)', options: codeOptions(categoriesOfNeed) },
  ...placementSpecs(today),
  { kind: 'select', name: 'prevPerm', label: 'Permanence order before this period of care (PREV_PERM)', options: codeOptions(previousPermanenceOrders) },
  { kind: 'text', name: 'laPerm', label: 'Local authority that made the earlier order (optional)', hint: 'Its 3-digit code' },
  { kind: 'date', name: 'datePerm', label: 'Date of the earlier order (optional)' },
  { kind: 'radios', name: 'isMother', label: 'Is the child a mother? (girls only; SSDA903 MOTHER)', codes: yesNo },
  { kind: 'date', name: 'motherChildDob', label: 'Date of birth of her child (only if she is a mother)' },
]
export const legalStatusFields: Spec[] = [
  { kind: 'date', name: 'startsOn', label: 'Date the legal status changed' },
  { kind: 'select', name: 'legalStatus', label: 'New legal status (LS)', options: codeOptions(legalStatuses) },
]
export const moveFields = (today: string): Spec[] => [
  { kind: 'date', name: 'startsOn', label: 'Date the new placement started' },
  ...placementSpecs(today),
  { kind: 'select', name: 'reasonPlaceChange', label: 'Why the previous placement ended (REASON_PLACE_CHANGE)', options: codeOptions(reasonsPlaceChange) },
  { kind: 'radios', name: 'sameCarers', label: 'Is the child with the same carers?', codes: yesNo },
  { kind: 'select', name: 'legalStatus', label: 'New legal status, if it changed on the same day (optional)', options: codeOptions(legalStatuses) },
]
export const endCareFields: Spec[] = [
  { kind: 'date', name: 'endedOn', label: 'Date the child stopped being looked after' },
  { kind: 'select', name: 'reasonCeased', label: 'Reason care ended (REC)', options: codeOptions(endReasons) },
]
export const visitFields: Spec[] = [
  { kind: 'date', name: 'visitedOn', label: 'Date of the visit' },
  { kind: 'radios', name: 'childSeen', label: 'Was the child seen?', codes: yesNo },
  { kind: 'radios', name: 'seenAlone', label: 'Was the child seen alone?', codes: yesNo },
  { kind: 'textarea', name: 'notes', label: 'What was found, and the child’s wishes and feelings' },
]
export const uascFields: Spec[] = [
  { kind: 'date', name: 'startedOn', label: 'Date UASC status started (optional)' },
  { kind: 'date', name: 'ceasedOn', label: 'Date UASC status ceased (optional)', hint: 'For example when leave to remain was granted, or at 18' },
]
export const unregisteredPlanFields: Spec[] = [
  { kind: 'radios', name: 'plan', label: 'The plan', options: [{ value: 'REGISTER', text: 'The provider registers the placement with Ofsted' }, { value: 'MOVE', text: 'Move the child to a registered placement' }] },
  { kind: 'textarea', name: 'planDetail', label: 'The plan in detail, with dates' },
  { kind: 'date', name: 'ofstedNotifiedOn', label: 'Date Ofsted was told (optional)' },
]
export const signOffFields: Spec[] = [{ kind: 'date', name: 'signedOffOn', label: 'Date of the director’s sign-off' }]

const changeText: Record<string, string> = { START: 'Started to be looked after', LEGAL_STATUS: 'Legal status changed', PLACEMENT: 'Placement changed', BOTH: 'Legal status and placement changed' }
const miles = (m: string | null) => (m === null ? null : `${m} miles${isOver20Miles(Number(m)) ? ' (over 20 miles)' : ''}`)

type Overview = Awaited<ReturnType<CareService['overview']>>

export function overviewRows(o: Overview) {
  const e = o.latest
  if (!o.open || !e) return rowsOf([['In care', 'Not in care'], ['UASC', uascText(o)]])
  return rowsOf([
    ['In care since', dateText(o.open.startedOn)],
    ['Legal status', `${e.legalStatus}: ${describe(legalStatuses, e.legalStatus)}`],
    ['Placement', `${e.placementType}: ${describe(placementTypes, e.placementType)}${e.unregistered ? ' (unregistered)' : ''}`],
    ['Placement started', dateText(o.placementStart?.startsOn ?? null)],
    ['Provider', [e.placementProvider && describe(placementProviders, e.placementProvider), e.providerName, e.urn && `URN ${e.urn}`].filter(Boolean).join(', ') || null],
    ['Distance from home', miles(e.distanceMiles)],
    ['Out of the council’s area', e.outOfArea === null ? null : e.outOfArea ? 'Yes' : 'No'],
    ['Visits', o.visitRule && o.visitClock ? `${o.visitRule.title}: next due ${dateText(o.visitClock.dueOn)}` : null],
    ['Placements in the last 12 months', `${o.stability.placementsInYear}${o.stability.threeOrMore ? ' (3 or more: unstable)' : ''}`],
    ['Long-term stability', o.stability.longTermStable === null ? 'Not applicable (under 16 and in care 2.5 years or more)' : o.stability.longTermStable ? 'Stable: in the same placement 2 years or more' : 'Not stable: placement under 2 years'],
    ['UASC', uascText(o)],
  ])
}

const uascText = (o: Overview) => (o.uasc ? `UASC${o.uasc.startedOn ? ` from ${dateText(o.uasc.startedOn)}` : ''}${o.uasc.ceasedOn ? `, ceased ${dateText(o.uasc.ceasedOn)}` : ''}` : 'Not recorded as UASC')

export const visitTag = (o: Overview) => (o.visitClock ? clockTag(o.visitClock) : undefined)

export function overviewTables(o: Overview) {
  return [
    {
      caption: 'Changes to the child’s care',
      head: [{ text: 'From' }, { text: 'Change' }, { text: 'Legal status' }, { text: 'Placement' }, { text: 'Distance' }, { text: 'Why the placement ended' }],
      empty: 'No period of care recorded.',
      rows: [...o.episodes].reverse().map((e) => [
        { text: dateText(e.startsOn) ?? '' }, { text: changeText[e.change] ?? e.change }, { text: e.legalStatus },
        { text: `${e.placementType}${e.placementProvider ? ` ${e.placementProvider}` : ''}${e.unregistered ? ' (unregistered)' : ''}${e.outOfArea ? ' (out of area)' : ''}` },
        { text: miles(e.distanceMiles) ?? '' }, { text: e.placementEndReason ? describe(reasonsPlaceChange, e.placementEndReason) : '' },
      ]),
    },
    {
      caption: 'Visits to the child in care',
      head: [{ text: 'Date' }, { text: 'Seen' }, { text: 'Seen alone' }, { text: 'Notes' }],
      empty: 'No visits recorded.',
      rows: o.visits.map((v) => [{ text: dateText(v.visitedOn) ?? '' }, { text: v.childSeen ? 'Yes' : 'No' }, { text: v.seenAlone ? 'Yes' : 'No' }, { text: v.notes }]),
    },
    {
      caption: 'Periods of care',
      head: [{ text: 'Started' }, { text: 'Ended' }, { text: 'Reason ended (REC)' }],
      empty: 'No period of care recorded.',
      rows: o.periods.map((p) => [{ text: dateText(p.startedOn) ?? '' }, { text: dateText(p.endedOn) ?? 'Open' }, { text: p.reasonCeased ? describe(endReasons, p.reasonCeased) : '' }]),
    },
  ]
}
