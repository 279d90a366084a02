import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { ruleById, ruleSetWith, timescaleRules, withLocalStandard, type Duration, type RuleSet, type TimescaleRule } from '../../domain/timescales/index.js'
import { conflict, notFound, ruleBroken, validationFailed } from '../../errors.js'
import { localStandardsRepository, type LocalStandardRow } from './localStandardsRepository.js'
import type { LocalStandardInput } from './localStandardsSchemas.js'

const rulesFreshForMs = 5_000

const stale = 'Someone else changed this local standard since you opened it. Reload the page to see their change.'

/**
 * Stored rows as overrides. A row whose rule has gone, or has become statutory, is left out rather
 * than failing every page that shows a clock; the admin page still lists it for clearing.
 */
function overridesOf(rows: LocalStandardRow[]): Record<string, Duration> {
  return Object.fromEntries(rows.filter((r) => ruleById(r.ruleId)?.localOverride).map((r) => [r.ruleId, { amount: r.amount, unit: r.unit as Duration['unit'] }]))
}

/**
 * A council's local standards for the timescales that allow one (ARCHITECTURE.md §7: for example
 * CP visits every 10 working days). Statutory timescales are minimums a council cannot relax.
 */
export function localStandardsService(db: AppDb, clock: Clock) {
  const repo = localStandardsRepository(db)
  let cached: { at: number; rules: Promise<RuleSet> } | undefined

  function localRule(ruleId: string): TimescaleRule {
    const rule = ruleById(ruleId)
    if (!rule) throw notFound('Timescale rule')
    if (!rule.localOverride) throw ruleBroken(`${rule.id} is a statutory timescale (${rule.source}); a local standard cannot replace it`)
    return rule
  }

  return {
    /**
     * The rule set in force. Every page with a clock asks for it, some more than once, so it is kept
     * for a few seconds: a save here clears it at once, and another server process sees the change
     * within `rulesFreshForMs` (a standard changes a few times a year; a page is served many times a second).
     */
    rules: (): Promise<RuleSet> => {
      const now = performance.now()
      if (!cached || now - cached.at > rulesFreshForMs) {
        const loading = repo.all().then((rows) => ruleSetWith(overridesOf(rows)))
        cached = { at: now, rules: loading }
        // A failed read is not remembered: the next page asks the database again.
        loading.catch(() => {
          if (cached?.rules === loading) cached = undefined
        })
      }
      return cached.rules
    },

    /** Every rule with its stored local standard, if any, for the admin page. */
    async list() {
      const rows = await repo.all()
      return timescaleRules.map((rule) => ({ rule, local: rows.find((r) => r.ruleId === rule.id) ?? null }))
    },

    async get(ruleId: string) {
      const rule = ruleById(ruleId)
      if (!rule) throw notFound('Timescale rule')
      return { rule, local: (await repo.get(ruleId)) ?? null }
    },

    async set(actor: Actor, ruleId: string, input: LocalStandardInput) {
      const rule = localRule(ruleId)
      const due = { amount: input.amount, unit: input.unit }
      try {
        withLocalStandard(rule, due)
      } catch (e) {
        throw validationFailed({ amount: e instanceof Error ? e.message : 'This interval cannot be used for this rule' })
      }
      return withTransaction(db, async (tx) => {
        const r = localStandardsRepository(tx)
        const before = await r.get(ruleId)
        const values = { ...due, updatedBy: actor.id, updatedAt: clock.now() }
        const after = input.version === 0 ? await r.insert({ ruleId, ...values }) : await r.update(ruleId, input.version, values)
        if (!after) throw conflict(stale)
        await recordWrite(tx, actor, { action: 'localStandard.set', entityType: 'local_standard', entityId: ruleId, before: before ?? null, after })
        return after
      }).finally(() => (cached = undefined))
    },

    /** Back to the national default. */
    async clear(actor: Actor, ruleId: string, version: number) {
      if (!ruleById(ruleId)) throw notFound('Timescale rule')
      return withTransaction(db, async (tx) => {
        const before = await localStandardsRepository(tx).remove(ruleId, version)
        if (!before) throw conflict(stale)
        await recordWrite(tx, actor, { action: 'localStandard.clear', entityType: 'local_standard', entityId: ruleId, before, after: null })
        return before
      }).finally(() => (cached = undefined))
    },
  }
}

export type LocalStandardsService = ReturnType<typeof localStandardsService>
