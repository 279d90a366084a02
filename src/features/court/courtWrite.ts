import type { Actor } from '../../access/actor.js'
import type { AppDb } from '../../db/client.js'
import { careWriter } from '../care-reviews/careWrite.js'
import { courtRepository, type CourtRepository } from './courtRepository.js'

/**
 * One court write with its audit row in the same transaction (ARCHITECTURE.md §6.6), through the
 * court repository. An update that finds no row lost an optimistic-concurrency race: it is a
 * conflict, and nothing is saved (careWriter).
 */
export function courtWriter(db: AppDb) {
  const write = careWriter(db)
  return <T extends { id: string }>(
    actor: Actor,
    action: string,
    entityType: string,
    childId: string,
    fn: (r: CourtRepository) => Promise<T | undefined>,
    before?: Record<string, unknown>,
  ) => write(actor, action, entityType, childId, (tx) => fn(courtRepository(tx)), before)
}
