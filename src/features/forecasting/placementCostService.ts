/**
 * The weekly placement costs the forecast uses (issue 7 part 5: "placement cost where costs are
 * entered"). One cost per placement type and date it takes effect; saving the same pair again
 * corrects it. Every change is audited in the same transaction (ARCHITECTURE.md §6.6).
 */
import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { forecastRepository } from './forecastRepository.js'
import type { CostInput } from './forecastSchemas.js'

export function placementCostService(db: AppDb, clock: Clock) {
  const repo = forecastRepository(db)
  return {
    list: () => repo.costs(),

    /** Enters a cost, or corrects the one already entered for the same type and date. */
    save: (actor: Actor, input: CostInput) =>
      withTransaction(db, async (tx) => {
        const weeklyCost = input.weeklyCost.toFixed(2)
        const before = await repo.costFor(tx, input.placementType, input.effectiveFrom)
        if (before) {
          const after = await repo.updateCost(tx, before.id, weeklyCost, actor.id, clock.now())
          await recordWrite(tx, actor, { action: 'placementCost.update', entityType: 'placement_cost', entityId: after.id, before, after })
          return { row: after, created: false }
        }
        const row = await repo.insertCost(tx, { placementType: input.placementType, weeklyCost, effectiveFrom: input.effectiveFrom, updatedBy: actor.id, updatedAt: clock.now() })
        await recordWrite(tx, actor, { action: 'placementCost.create', entityType: 'placement_cost', entityId: row.id, after: row })
        return { row, created: true }
      }),
  }
}

export type PlacementCostService = ReturnType<typeof placementCostService>
