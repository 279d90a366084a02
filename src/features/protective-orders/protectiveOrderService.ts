import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { EPO_8D, evaluate, POLICE_PROTECTION_72H, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { conflict, notFound } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { protectiveOrderRepository, type ProtectiveOrderRow } from './protectiveOrderRepository.js'
import type { ProtectiveOrderEdit, ProtectiveOrderInput } from './protectiveOrderSchemas.js'

/**
 * The statutory maximum of each emergency power: an EPO has effect for at most 8 days (Children Act
 * 1989 s45(1)); no child stays in police protection for more than 72 hours (s46(6)). Police
 * protection runs on elapsed time, so it is judged against the current instant, not today's date.
 */
export function protectiveOrderClock(o: Pick<ProtectiveOrderRow, 'kind' | 'startedAt' | 'endedAt'>, calendar: WorkingDayCalendar, clock: Clock) {
  const rule = o.kind === 'EPO' ? EPO_8D : POLICE_PROTECTION_72H
  const today = rule.due.unit === 'hours' ? clock.now().toISOString() : clock.today()
  return { rule, ...evaluate(rule, { start: o.startedAt.toISOString(), stop: o.endedAt?.toISOString() ?? null }, calendar, today) }
}

export function protectiveOrderService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, children: ChildrenService) {
  const repo = protectiveOrderRepository(db)
  const withClock = (o: ProtectiveOrderRow) => ({ ...o, clock: protectiveOrderClock(o, calendar, clock) })

  async function load(actor: Actor, id: string) {
    const order = await repo.byId(id)
    if (!order) throw notFound('Protective order')
    await children.requireAccessible(actor, order.childId)
    return withClock(order)
  }

  return {
    get: load,

    async forChild(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      return (await repo.forChild(childId)).map(withClock)
    },

    async record(actor: Actor, childId: string, input: ProtectiveOrderInput) {
      await children.requireAccessible(actor, childId)
      return withTransaction(db, async (tx) => {
        const row = await protectiveOrderRepository(tx).insert({ ...input, endedAt: input.endedAt ?? null, reference: input.reference ?? null, childId, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'protectiveOrder.create', entityType: 'protective_order', entityId: row.id, childId, after: row })
        return row
      })
    },

    /** Records the end (or corrects the record); a stale version is a conflict with nothing overwritten. */
    async update(actor: Actor, id: string, input: ProtectiveOrderEdit) {
      const { clock: _clock, ...before } = await load(actor, id)
      const { version, ...changes } = input
      return withTransaction(db, async (tx) => {
        const after = await protectiveOrderRepository(tx).update(id, version, { ...changes, endedAt: changes.endedAt ?? null, reference: changes.reference ?? null })
        if (!after) throw conflict('Someone else changed this record since you opened it. Reload it to see their changes.', { current: before })
        await recordWrite(tx, actor, { action: 'protectiveOrder.update', entityType: 'protective_order', entityId: id, childId: before.childId, before, after })
        return after
      })
    },
  }
}

export type ProtectiveOrderService = ReturnType<typeof protectiveOrderService>
