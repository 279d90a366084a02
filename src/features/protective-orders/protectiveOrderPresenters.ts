import { describe, protectiveOrderKinds } from '../../domain/codeLists/index.js'
import { londonLocalOf } from '../../domain/clock.js'
import { formatDate, formatDateTime } from '../../domain/format.js'
import { splitDateTime } from '../../http/forms.js'
import type { Spec, Values } from '../child-protection/cpPresenters.js'
import type { ProtectiveOrderRow } from './protectiveOrderRepository.js'
import type { protectiveOrderClock } from './protectiveOrderService.js'

type WithClock = ProtectiveOrderRow & { clock: ReturnType<typeof protectiveOrderClock> }

export const protectiveOrderFields: Spec[] = [
  { kind: 'radios', name: 'kind', label: 'Which emergency power?', codes: protectiveOrderKinds },
  { kind: 'datetime', name: 'startedAt', label: 'When did it start?', hint: 'When the court made the order, or when the police took the child into police protection' },
  { kind: 'datetime', name: 'endedAt', label: 'When did it end? (leave blank while it is in force)', hint: 'For an EPO, when it ended or expired; for police protection, when the child was released or moved' },
  { kind: 'text', name: 'reference', label: 'Court or police reference (optional)' },
  { kind: 'textarea', name: 'reason', label: 'Why it was needed' },
]

export const protectiveOrderAnchors = { startedAt: 'startedAt-day', endedAt: 'endedAt-day' }

export function protectiveOrderValues(o: ProtectiveOrderRow): Values {
  return { kind: o.kind, ...splitDateTime('startedAt', londonLocalOf(o.startedAt)), ...splitDateTime('endedAt', o.endedAt ? londonLocalOf(o.endedAt) : null), reference: o.reference ?? '', reason: o.reason }
}

/** Children Act 1989 s45(1) (EPO, 8 days) and s46(6) (police protection, 72 hours). */
export function maximumText(o: WithClock) {
  return o.kind === 'EPO' ? `8 days (Children Act 1989 s45(1)): until ${formatDate(o.clock.dueOn)} at the latest, unless the court extends it once (s45(5))` : `72 hours (Children Act 1989 s46(6)): until ${formatDateTime(o.clock.dueOn)} at the latest`
}

/** Whether the statutory maximum has been exceeded, as a GOV.UK tag. */
export function maximumTag(o: WithClock) {
  switch (o.clock.status) {
    case 'missed':
    case 'overdue':
      return { text: 'Maximum exceeded', classes: 'govuk-tag--red' }
    case 'due_soon':
      return { text: 'Maximum near', classes: 'govuk-tag--yellow' }
    case 'met':
      return { text: 'Ended in time', classes: 'govuk-tag--green' }
    case 'on_track':
      return { text: 'In force', classes: 'govuk-tag--green' }
  }
}

export const protectiveOrderRows = (o: WithClock) =>
  [
    ['Emergency power', describe(protectiveOrderKinds, o.kind)], ['Started', formatDateTime(o.startedAt)], ['Ended', o.endedAt ? formatDateTime(o.endedAt) : 'Still in force'],
    ['Statutory maximum', maximumText(o)], ['Maximum exceeded', ['missed', 'overdue'].includes(o.clock.status) ? `Yes, by ${o.clock.daysLate === 1 ? '1 day' : `${o.clock.daysLate} days`}` : 'No'],
    ['Reference', o.reference], ['Reason', o.reason],
  ] as [string, string | null][]

/** The table on the child's CP overview; every cell is text we built, so html is safe. */
export function protectiveOrderTable(orders: WithClock[]) {
  return {
    caption: 'Emergency protection orders and police protection',
    head: ['Started', 'Emergency power', 'Ended', 'Statutory maximum'].map((text) => ({ text })),
    empty: 'No emergency protection orders or police protection recorded.',
    rows: orders.map((o) => {
      const t = maximumTag(o)
      return [{ html: `<a class="govuk-link" href="/protective-orders/${o.id}">${formatDateTime(o.startedAt)}</a>` }, { text: describe(protectiveOrderKinds, o.kind) }, { text: o.endedAt ? formatDateTime(o.endedAt) : 'Still in force' }, { html: `<strong class="govuk-tag ${t.classes}">${t.text}</strong>` }]
    }),
  }
}
