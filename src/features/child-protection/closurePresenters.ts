import { closureDecisions, closureReasons, describe } from '../../domain/codeLists/index.js'
import { formatDate, formatDateTime } from '../../domain/format.js'
import type { ClosureRequestRow } from './closureRepository.js'
import { rowsOf, type Spec } from './cpPresenters.js'

export const sendBackFields: Spec[] = [{ kind: 'textarea', name: 'sendBackReason', label: 'Why the closure is sent back', hint: 'The worker sees this and the episode stays open' }]

export const reasonText = (code: string) => `${code}: ${describe(closureReasons, code)}`

/** Where a request stands: awaiting sign-off, signed off, or sent back with the manager's reason. */
export function decisionText(r: ClosureRequestRow, decidedBy: string | undefined) {
  if (!r.decision) return 'Awaiting a manager’s sign-off'
  return `${describe(closureDecisions, r.decision)} by ${decidedBy ?? 'a manager'} on ${formatDateTime(r.decidedAt)}${r.sendBackReason ? `: ${r.sendBackReason}` : ''}`
}

export const requestRows = (r: ClosureRequestRow, requestedBy: string | undefined, decidedBy: string | undefined) =>
  rowsOf([['Closure date', formatDate(r.closedOn)], ['Reason for closure (CIN census)', reasonText(r.reason)], ['Rationale', r.note], ['Requested by', `${requestedBy ?? 'A worker'} on ${formatDateTime(r.requestedAt)}`], ['Decision', decisionText(r, decidedBy)]])

/** The closure requests table on the child's CIN/CP overview; every cell is text we built. */
export const closureRequestTable = (requests: ClosureRequestRow[]) => ({
  caption: 'Closure requests',
  head: ['Closure date', 'Reason', 'Decision'].map((text) => ({ text })),
  empty: 'No closure requests.',
  rows: requests.map((r) => [{ html: `<a class="govuk-link" href="/closure-requests/${r.id}">${formatDate(r.closedOn)}</a>` }, { text: reasonText(r.reason) }, { text: r.decision ? describe(closureDecisions, r.decision) : 'Awaiting sign-off' }]),
})
