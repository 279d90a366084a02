/**
 * The shape of a timescale rule and the checks every rule passes (ARCHITECTURE.md §7, SHAPES.md §1).
 * A rule is data: it names the events that start and stop its clock, its unit and its source, so
 * the same clock gives the same answer in "My work", on the child page, in KPIs and in the DfE
 * returns. The rules themselves live in rules/*.ts; `timescaleRules` (rules.ts) lists them all.
 */
import { ruleBroken } from '../../errors.js'

export type DurationUnit = 'working_days' | 'days' | 'weeks' | 'months' | 'hours'
export const durationUnits: readonly DurationUnit[] = ['working_days', 'days', 'weeks', 'months', 'hours']

export type Duration = { readonly amount: number; readonly unit: DurationUnit }

/** An anchor: the event and the field on it that holds the date or timestamp. */
export type EventRef = { readonly event: string; readonly field: string }

/**
 * A repeating clock (visits, reviews): the first occurrence is due `due` after the start; each
 * later one is due `every` after the previous occurrence, until the `until` event happens.
 */
export type Repeat = { readonly every: number; readonly unit: DurationUnit; readonly until?: EventRef }

export type TimescaleDefinition = {
  readonly id: string
  readonly title: string
  readonly appliesTo: string
  readonly startsAt: EventRef
  readonly stopsAt: EventRef
  readonly due: Duration
  /**
   * True when the law counts the start day as day 1 ("within twenty-six weeks beginning with the
   * day on which the application was issued", Children Act 1989 s32(1)(a)(ii)), so the deadline is
   * the day before the same weekday 26 weeks on. Calendar units only (days, weeks, months).
   */
  readonly countsStartDay?: boolean
  readonly warnBefore?: Duration
  readonly repeat?: Repeat
  readonly source: string
  /** True only for local practice standards; statutory minimums cannot be relaxed by a council. */
  readonly localOverride: boolean
}

export type TimescaleRule = TimescaleDefinition & {
  /** 'local' once a council's own standard has replaced the national one (withLocalStandard). */
  readonly standard: 'national' | 'local'
}

function checkDuration(what: string, d: Duration, allowZero: boolean): void {
  if (!durationUnits.includes(d.unit)) throw new TypeError(`${what}: unknown unit ${String(d.unit)}`)
  if (!Number.isInteger(d.amount) || d.amount < (allowZero ? 0 : 1)) {
    throw new RangeError(
      `${what}: amount must be a whole number${allowZero ? '' : ' above 0'} (got ${d.amount})`,
    )
  }
}

function check(rule: TimescaleRule): TimescaleRule {
  if (!/^[A-Z][A-Z0-9_]*$/.test(rule.id))
    throw new TypeError(`Timescale id must be UPPER_SNAKE_CASE: ${rule.id}`)
  for (const [k, v] of Object.entries({
    title: rule.title,
    appliesTo: rule.appliesTo,
    source: rule.source,
  })) {
    if (v.trim() === '') throw new TypeError(`${rule.id}: ${k} is required`)
  }
  for (const ref of [rule.startsAt, rule.stopsAt, ...(rule.repeat?.until ? [rule.repeat.until] : [])]) {
    if (ref.event.trim() === '' || ref.field.trim() === '')
      throw new TypeError(`${rule.id}: anchors need an event and a field`)
  }
  checkDuration(`${rule.id} due`, rule.due, true)
  if (rule.warnBefore) {
    checkDuration(`${rule.id} warnBefore`, rule.warnBefore, true)
    // An hours clock runs on instants and a day clock on dates; a warning must use the same kind.
    if ((rule.warnBefore.unit === 'hours') !== (rule.due.unit === 'hours')) {
      throw new TypeError(`${rule.id}: warnBefore must be in hours exactly when due is in hours`)
    }
  }
  if (rule.countsStartDay && (rule.due.unit === 'working_days' || rule.due.unit === 'hours')) {
    throw new TypeError(`${rule.id}: countsStartDay applies to calendar units (days, weeks, months) only`)
  }
  if (rule.repeat) {
    checkDuration(`${rule.id} repeat`, { amount: rule.repeat.every, unit: rule.repeat.unit }, false)
    // Visits and reviews are dated events; a repeating hours clock has no use and no evaluation.
    if (rule.repeat.unit === 'hours' || rule.due.unit === 'hours')
      throw new TypeError(`${rule.id}: a repeating clock counts days, not hours`)
  }
  return deepFreeze(rule)
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** Checks and freezes a rule, so a typo in the data fails at start-up rather than in a return. */
export function defineTimescale(definition: TimescaleDefinition): TimescaleRule {
  return check({ ...structuredClone(definition), standard: 'national' })
}

/**
 * A council's own standard for a rule that allows one (for example CP visits every 10 working
 * days). Statutory timescales are minimums that a council cannot relax (ARCHITECTURE.md §7), so a
 * rule with localOverride false is refused. For a repeating rule the standard is the interval: it
 * sets both the first due date and the gap between occurrences ("visit every 15 working days").
 */
export function withLocalStandard(rule: TimescaleRule, due: Duration): TimescaleRule {
  if (!rule.localOverride) {
    throw ruleBroken(
      `${rule.id} is a statutory timescale (${rule.source}); a local standard cannot replace it`,
    )
  }
  const copy = structuredClone(rule)
  return check({
    ...copy,
    due: { ...due },
    ...(copy.repeat ? { repeat: { ...copy.repeat, every: due.amount, unit: due.unit } } : {}),
    standard: 'local',
  })
}

/**
 * A council's local standards applied to a rule set (the admin page stores `{ ruleId: Duration }`).
 * An id that names no rule is refused, so a typo cannot silently leave the national default in
 * place; so is an override of a statutory rule (withLocalStandard). Rules keep their order.
 */
export function applyLocalStandards(
  rules: readonly TimescaleRule[],
  overrides: Readonly<Record<string, Duration>>,
): readonly TimescaleRule[] {
  const ids = new Set(rules.map((r) => r.id))
  const unknown = Object.keys(overrides).filter((id) => !ids.has(id))
  if (unknown.length > 0) throw ruleBroken(`No timescale rule with id ${unknown.join(', ')}`)
  return Object.freeze(
    rules.map((rule) => {
      const due = Object.hasOwn(overrides, rule.id) ? overrides[rule.id] : undefined
      return due ? withLocalStandard(rule, due) : rule
    }),
  )
}
