import { formatDateTime } from '../../domain/format.js'
import { formatDuration, type TimescaleRule } from '../../domain/timescales/index.js'
import type { LocalStandardRow } from './localStandardsRepository.js'
import { standardUnits } from './localStandardsSchemas.js'

type Listed = { rule: TimescaleRule; local: LocalStandardRow | null }

export const statutoryReason = 'Statutory timescale: a council cannot relax it (ARCHITECTURE.md §7)'

const durationText = (d: { amount: number; unit: string }) => formatDuration(d as TimescaleRule['due'])
const nationalText = (rule: TimescaleRule) => (rule.repeat ? `${formatDuration(rule.due)}, then every ${formatDuration({ amount: rule.repeat.every, unit: rule.repeat.unit })}` : formatDuration(rule.due))
const localText = ({ rule, local }: Listed) => (!rule.localOverride ? statutoryReason : local ? durationText(local) : 'None: the national default applies')

/** Every rule, its source, its national due and the local standard; the rule id links to its page. */
export function standardRows(list: Listed[]) {
  return list.map((x) => [
    { html: `<a class="govuk-link" href="/admin/local-standards/${x.rule.id}">${x.rule.id}</a>` },
    { text: x.rule.title },
    { text: x.rule.source },
    { text: nationalText(x.rule) },
    { text: localText(x) },
  ])
}

export function standardSummary(x: Listed) {
  const rows: [string, string][] = [
    ['Rule', x.rule.id], ['Title', x.rule.title], ['Source', x.rule.source], ['National due', nationalText(x.rule)], ['Local standard', localText(x)],
    ...(x.local ? ([['Last changed', formatDateTime(x.local.updatedAt)]] as [string, string][]) : []),
  ]
  return rows.map(([key, value]) => ({ key: { text: key }, value: { text: value } }))
}

/** The form's values from the stored standard (or empty with version 0 when there is none). */
export const standardValues = (local: LocalStandardRow | null): Record<string, unknown> => (local ? { amount: String(local.amount), unit: local.unit, version: local.version } : { version: 0 })

export const unitItems = (selected: unknown) => standardUnits.map((u) => ({ value: u.code, text: u.description, checked: u.code === selected }))
