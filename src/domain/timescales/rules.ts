/**
 * Statutory timescales as data (ARCHITECTURE.md §7, SHAPES.md §1). Each rule names the events
 * that start and stop its clock, its unit and its source, so the same clock gives the same answer
 * in "My work", on the child page, in KPIs and in the DfE returns.
 */
import { ruleBroken } from '../../errors.js'

export type DurationUnit = 'working_days' | 'days' | 'weeks' | 'months' | 'hours'
export const durationUnits: readonly DurationUnit[] = ['working_days', 'days', 'weeks', 'months', 'hours']

export type Duration = { readonly amount: number; readonly unit: DurationUnit }

/** An anchor: the event and the field on it that holds the date or timestamp. */
export type EventRef = { readonly event: string; readonly field: string }

/**
 * A repeating clock (visits, reviews): each occurrence is evaluated on its own, starting from the
 * previous stop, until the `until` event happens.
 */
export type Repeat = { readonly every: number; readonly unit: DurationUnit; readonly until?: EventRef }

export type TimescaleDefinition = {
  readonly id: string
  readonly title: string
  readonly appliesTo: string
  readonly startsAt: EventRef
  readonly stopsAt: EventRef
  readonly due: Duration
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
  for (const ref of [rule.startsAt, rule.stopsAt]) {
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
  if (rule.repeat)
    checkDuration(`${rule.id} repeat`, { amount: rule.repeat.every, unit: rule.repeat.unit }, false)
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
 * rule with localOverride false is refused.
 */
export function withLocalStandard(rule: TimescaleRule, due: Duration): TimescaleRule {
  if (!rule.localOverride) {
    throw ruleBroken(
      `${rule.id} is a statutory timescale (${rule.source}); a local standard cannot replace it`,
    )
  }
  return check({ ...structuredClone(rule), due: { ...due }, standard: 'local' })
}

/**
 * Working Together to Safeguard Children 2023, ch.2: within one working day of a referral being
 * received, a social worker decides on the type of response. The clock runs from receipt, not
 * from when the record was created (research/domain.md §0.1).
 */
export const CONTACT_DECISION_1WD = defineTimescale({
  id: 'CONTACT_DECISION_1WD',
  title: 'Decision on a contact or referral within 1 working day',
  appliesTo: 'contact',
  startsAt: { event: 'contact.received', field: 'receivedAt' },
  stopsAt: { event: 'contact.decided', field: 'decidedAt' },
  due: { amount: 1, unit: 'working_days' },
  // Amber on the day the decision is due, red the day after.
  warnBefore: { amount: 0, unit: 'working_days' },
  source: 'Working Together to Safeguard Children 2023, chapter 2',
  localOverride: false,
})

/**
 * Working Together 2023, ch.2: the assessment should conclude no more than 45 working days from
 * the point of referral. The DfE duration tables count from assessment start instead; that
 * measure will be its own rule, so both anchors stay reportable (research/domain.md §0.3).
 */
export const ASSESSMENT_45WD = defineTimescale({
  id: 'ASSESSMENT_45WD',
  title: 'Child and family assessment completed',
  appliesTo: 'assessment',
  startsAt: { event: 'referral.received', field: 'referralDate' },
  stopsAt: { event: 'assessment.authorised', field: 'authorisedOn' },
  due: { amount: 45, unit: 'working_days' },
  warnBefore: { amount: 5, unit: 'working_days' },
  source: 'Working Together to Safeguard Children 2023, chapter 2',
  localOverride: false,
})

export const timescaleRules: readonly TimescaleRule[] = Object.freeze([CONTACT_DECISION_1WD, ASSESSMENT_45WD])

if (new Set(timescaleRules.map((r) => r.id)).size !== timescaleRules.length) {
  throw new Error('Timescale rule ids must be unique')
}

export function ruleById(id: string): TimescaleRule | undefined {
  return timescaleRules.find((r) => r.id === id)
}
