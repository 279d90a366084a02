import type { Actor } from '../../access/actor.js'
import { recordAccess } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import type { ChildrenService } from '../children/childrenService.js'
import { chronologyRepository } from './chronologyRepository.js'
import type { ChronologyQuery } from './chronologySchemas.js'

export type ChronologyFormat = 'html' | 'print'

/**
 * The child's chronology. Reading it is a view of the child's record, and a download or print
 * view is an export: both are audited with the filters used (ARCHITECTURE.md §6.6).
 */
export function chronologyService(db: AppDb, children: ChildrenService) {
  const repo = chronologyRepository(db)

  async function build(actor: Actor, childId: string, q: ChronologyQuery, action: string, format?: ChronologyFormat) {
    const child = await children.requireAccessible(actor, childId)
    const events = await repo.events(childId, q)
    const filters = { from: q.from ?? null, to: q.to ?? null, types: q.types, significantOnly: q.significantOnly }
    await recordAccess(db, actor, { action, entityType: 'child', entityId: childId, childId, detail: { ...filters, events: events.length, ...(format ? { format } : {}) } })
    return { child, events }
  }

  return {
    view: (actor: Actor, childId: string, q: ChronologyQuery) => build(actor, childId, q, 'chronology.view'),
    export: (actor: Actor, childId: string, q: ChronologyQuery, format: ChronologyFormat) => build(actor, childId, q, 'chronology.export', format),
  }
}

export type ChronologyService = ReturnType<typeof chronologyService>
