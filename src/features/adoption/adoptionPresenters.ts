import { adopterLegalStatuses, adopterSexes, describe, reasonsPlacedCeased } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import type { Spec, Values } from '../child-protection/cpPresenters.js'
import { datesOf } from '../care-leavers/careLeaverPresenters.js'
import type { AdopterRow } from './adoptionRepository.js'
import { adoptionDateFields } from './adoptionSchemas.js'
import type { AdoptionService } from './adoptionService.js'

type ForChild = Awaited<ReturnType<AdoptionService['forChild']>>
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const when = (iso: string | null | undefined) => (iso ? formatDate(iso) : 'Not recorded')

export const adoptionAnchors = { ...Object.fromEntries(adoptionDateFields.map((n) => [n, `${n}-day`])), reversalReason: 'reversalReason', fosterCarers: 'fosterCarers', adopterCount: 'adopterCount' }

export const decisionFields: Spec[] = [{ kind: 'date', name: 'decidedOn', label: 'Date of the agency decision maker’s decision', hint: 'That the child should be placed for adoption (Adoption Agencies Regulations 2005 reg 19)' }]
export const reversalFields: Spec[] = [
  { kind: 'date', name: 'reversedOn', label: 'Date the decision was reversed' },
  { kind: 'radios', name: 'reversalReason', label: 'Reason (903 REASON_PLACED_CEASED)', codes: reasonsPlacedCeased },
]
export const adoptionFields = (register: AdopterRow[]): Spec[] => [
  { kind: 'date', name: 'placementOrderOn', label: 'Placement order (optional)' },
  { kind: 'date', name: 'matchedOn', label: 'Match with the adopters (optional)' },
  { kind: 'date', name: 'placedOn', label: 'Placed with the adopters (optional)' },
  { kind: 'date', name: 'adoptionOrderOn', label: 'Adoption order (optional)' },
  { kind: 'select', name: 'adopterId', label: 'Adopters (from the register)', options: register.map((a) => ({ value: a.id, text: `${a.reference}: ${a.household}` })) },
  { kind: 'radios', name: 'fosterCarers', label: 'Adopted by their former foster carers?', options: [{ value: '1', text: 'Yes' }, { value: '0', text: 'No' }] },
  { kind: 'radios', name: 'adopterCount', label: 'Number of adopters', options: [{ value: '1', text: 'One' }, { value: '2', text: 'Two' }] },
  { kind: 'select', name: 'adopterSexes', label: 'Adopters’ sexes (903 SEX_ADOPTR)', codes: adopterSexes },
  { kind: 'select', name: 'adopterLegalStatus', label: 'Adopters’ legal status (903 LS_ADOPTR)', codes: adopterLegalStatuses },
]
export const adopterFields: Spec[] = [
  { kind: 'text', name: 'reference', label: 'Reference' },
  { kind: 'text', name: 'household', label: 'Household', hint: 'For example, a couple in Leicester; no names' },
  { kind: 'date', name: 'enquiryOn', label: 'Date of the enquiry' },
  { kind: 'date', name: 'stageOneStartedOn', label: 'Stage 1 started (optional)' },
  { kind: 'date', name: 'stageTwoStartedOn', label: 'Stage 2 started (optional)' },
  { kind: 'date', name: 'approvedOn', label: 'Approved (optional)' },
  { kind: 'date', name: 'withdrawnOn', label: 'Withdrew (optional)' },
]

export function adoptionValues(d: ForChild): Values {
  const a = d.adoption
  if (!a) return {}
  return { ...datesOf({ placementOrderOn: a.placementOrderOn, matchedOn: a.matchedOn, placedOn: a.placedOn, adoptionOrderOn: a.adoptionOrderOn }), adopterId: a.adopterId ?? '', fosterCarers: a.fosterCarers ?? '', adopterCount: a.adopterCount ?? '', adopterSexes: a.adopterSexes ?? '', adopterLegalStatus: a.adopterLegalStatus ?? '' }
}
export const adopterValues = (a: AdopterRow): Values => ({ reference: a.reference, household: a.household, ...datesOf({ enquiryOn: a.enquiryOn, stageOneStartedOn: a.stageOneStartedOn, stageTwoStartedOn: a.stageTwoStartedOn, approvedOn: a.approvedOn, withdrawnOn: a.withdrawnOn }) })

export function adoptionRows(d: ForChild): [string, string | null][] {
  const a = d.adoption
  const decision = d.open ? formatDate(d.open.decidedOn) : 'No live decision'
  if (!a) return [['Decision to place for adoption', decision]]
  return [
    ['Decision to place for adoption', decision], ['Placement order', when(a.placementOrderOn)], ['Match', when(a.matchedOn)], ['Placed with the adopters', when(a.placedOn)], ['Adoption order', when(a.adoptionOrderOn)],
    ['Adopted by former foster carers', a.fosterCarers === null ? 'Not recorded' : a.fosterCarers === '1' ? 'Yes' : 'No'], ['Number of adopters', a.adopterCount ?? 'Not recorded'],
    ['Adopters’ sexes', a.adopterSexes ? describe(adopterSexes, a.adopterSexes) : 'Not recorded'], ['Adopters’ legal status', a.adopterLegalStatus ? describe(adopterLegalStatuses, a.adopterLegalStatus) : 'Not recorded'],
  ]
}

export function adopterLink(a: AdopterRow | null) {
  return a ? [{ text: `Adopters ${a.reference}`, href: `/adoption/adopters/${a.id}` }] : []
}

export function decisionTable(d: ForChild) {
  return {
    caption: 'Decisions and reversals', head: ['Decided', 'Reversed', 'Reason'].map((text) => ({ text })), empty: 'No decision that the child should be placed for adoption.',
    rows: d.decisions.map((x) => [{ text: formatDate(x.decidedOn) }, { text: x.reversedOn ? formatDate(x.reversedOn) : 'Not reversed' }, { text: x.reversalReason ? describe(reasonsPlacedCeased, x.reversalReason) : '' }]),
  }
}

export const adopterTableRows = (list: AdopterRow[]) =>
  list.map((a) => [{ html: `<a class="govuk-link" href="/adoption/adopters/${a.id}">${esc(a.reference)}</a>` }, { text: a.household }, { text: when(a.enquiryOn) }, { text: when(a.stageOneStartedOn) }, { text: when(a.stageTwoStartedOn) }, { text: when(a.approvedOn) }, { text: a.withdrawnOn ? formatDate(a.withdrawnOn) : '' }])

export const adopterRows = (a: AdopterRow): [string, string | null][] => [
  ['Reference', a.reference], ['Household', a.household], ['Enquiry', when(a.enquiryOn)], ['Stage 1 started', when(a.stageOneStartedOn)], ['Stage 2 started', when(a.stageTwoStartedOn)], ['Approved', when(a.approvedOn)], ['Withdrew', a.withdrawnOn ? formatDate(a.withdrawnOn) : 'No'],
]
