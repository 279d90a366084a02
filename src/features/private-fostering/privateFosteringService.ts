import type { Actor } from '../../access/actor.js'
import { childListLabel } from '../../access/index.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { formatDate } from '../../domain/format.js'
import type { WorkingDayCalendar } from '../../domain/timescales/index.js'
import { conflict, notFound, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { pfClocks } from './privateFosteringClocks.js'
import { privateFosteringRepository, type ArrangementRow } from './privateFosteringRepository.js'
import type { ArrangementEdit, ArrangementInput, VisitInput } from './privateFosteringSchemas.js'

/** Private fostering (Children Act 1989 ss66–67; Children (Private Arrangements for Fostering) Regulations 2005). */
export function privateFosteringService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, children: ChildrenService) {
  const repo = privateFosteringRepository(db)

  async function load(actor: Actor, childId: string, id: string) {
    await children.requireAccessible(actor, childId)
    const a = await repo.arrangement(id)
    if (!a || a.childId !== childId) throw notFound('Private fostering arrangement')
    return a
  }

  return {
    async forChild(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      const [list, visits] = await Promise.all([repo.forChild(childId), repo.visitsForChild(childId)])
      return list.map((a) => {
        const own = visits.filter((v) => v.arrangementId === a.id)
        return { ...a, visits: own, clocks: pfClocks(a, own.map((v) => v.visitedOn), calendar, clock.today()) }
      })
    },

    async arrangement(actor: Actor, childId: string, id: string) {
      const a = await load(actor, childId, id)
      const visits = (await repo.visitsForChild(childId)).filter((v) => v.arrangementId === id)
      return { ...a, visits, clocks: pfClocks(a, visits.map((v) => v.visitedOn), calendar, clock.today()) }
    },

    async notify(actor: Actor, childId: string, input: ArrangementInput) {
      await children.requireAccessible(actor, childId)
      return withTransaction(db, async (tx) => {
        const row = await privateFosteringRepository(tx).insert({ ...input, childId, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'privateFostering.create', entityType: 'private_fostering_arrangement', entityId: row.id, childId, after: row })
        return row
      })
    },

    /** Assessment, end and corrections; a stale version is a conflict with nothing overwritten. */
    async update(actor: Actor, childId: string, id: string, input: ArrangementEdit) {
      const before = await load(actor, childId, id)
      const { version, ...changes } = input
      const last = await repo.latestVisit(id)
      if (changes.endedOn && last && last.visitedOn > changes.endedOn) throw validationFailed({ endedOn: `A visit was recorded on ${formatDate(last.visitedOn)}, after this end date` })
      return withTransaction(db, async (tx) => {
        const after = await privateFosteringRepository(tx).update(id, version, {
          ...changes, assessedOn: changes.assessedOn ?? null, assessmentOutcome: changes.assessmentOutcome ?? null, endedOn: changes.endedOn ?? null, endReason: changes.endReason ?? null,
        })
        if (!after) throw conflict('Someone else changed this arrangement since you opened it. Reload it to see their changes.', { current: before })
        await recordWrite(tx, actor, { action: 'privateFostering.update', entityType: 'private_fostering_arrangement', entityId: id, childId, before, after })
        return after
      })
    },

    /** A visit (reg 4, 7 or 8) within the arrangement: on or after the notification and not after its end. */
    async recordVisit(actor: Actor, childId: string, id: string, input: VisitInput) {
      const a: ArrangementRow = await load(actor, childId, id)
      if (input.visitedOn < a.notifiedOn || (a.endedOn && input.visitedOn > a.endedOn)) {
        throw validationFailed({ visitedOn: `A visit must be within the arrangement: on or after the notification (${formatDate(a.notifiedOn)})${a.endedOn ? ` and not after its end (${formatDate(a.endedOn)})` : ''}` })
      }
      return withTransaction(db, async (tx) => {
        const row = await privateFosteringRepository(tx).insertVisit({ arrangementId: id, childId, visitedOn: input.visitedOn, seenAlone: input.seenAlone, notes: input.visitNotes, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'privateFostering.visit', entityType: 'private_fostering_visit', entityId: row.id, childId, after: row })
        return row
      })
    },

    /** Every current arrangement in the actor's scope with its visit status (one query). */
    async list(actor: Actor) {
      const rows = await repo.current(actor)
      return rows.map((r) => ({ ...r, childLabel: childListLabel(r), lastSeenAlone: r.visits.at(-1)?.alone ?? null, clocks: pfClocks(r, r.visits.map((v) => v.on), calendar, clock.today()) }))
    },
  }
}

export type PrivateFosteringService = ReturnType<typeof privateFosteringService>
