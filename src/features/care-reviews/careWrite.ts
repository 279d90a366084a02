import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction, type Executor } from '../../db/executor.js'
import { conflict } from '../../errors.js'

export const isUniqueViolation = (e: unknown) =>
  [(e as { code?: string })?.code, (e as { cause?: { code?: string } })?.cause?.code].includes('23505')

/**
 * One write with its audit row in the same transaction (ARCHITECTURE.md §6.6), for the care-review
 * services and, through its repository, the court ones (courtWrite.ts). A write that returns
 * nothing lost an optimistic-concurrency race: a conflict, and nothing is saved.
 */
export function careWriter(db: AppDb) {
  return <T extends { id: string }>(
    actor: Actor,
    action: string,
    entityType: string,
    childId: string,
    fn: (tx: Executor) => Promise<T | undefined>,
    before?: Record<string, unknown>,
  ) =>
    withTransaction(db, async (tx) => {
      const after = await fn(tx)
      if (!after)
        throw conflict(
          'Someone else changed this since you opened it. Reload the page to see their changes.',
          { before },
        )
      await recordWrite(tx, actor, { action, entityType, entityId: after.id, childId, before, after })
      return after
    })
}
