import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import { conflict } from '../../errors.js'
import { courtRepository, type CourtRepository } from './courtRepository.js'

/**
 * One court write with its audit row in the same transaction (ARCHITECTURE.md §6.6). An update
 * that finds no row lost an optimistic-concurrency race: it is a conflict, and nothing is saved.
 */
export function courtWriter(db: AppDb) {
  return <T extends { id: string }>(
    actor: Actor,
    action: string,
    entityType: string,
    childId: string,
    fn: (r: CourtRepository) => Promise<T | undefined>,
    before?: Record<string, unknown>,
  ) =>
    withTransaction(db, async (tx) => {
      const after = await fn(courtRepository(tx))
      if (!after)
        throw conflict(
          'Someone else changed this since you opened it. Reload the page to see their changes.',
          { before },
        )
      await recordWrite(tx, actor, { action, entityType, entityId: after.id, childId, before, after })
      return after
    })
}
