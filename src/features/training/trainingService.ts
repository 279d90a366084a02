import { and, eq, isNull, lt } from 'drizzle-orm'
import type { Actor } from '../../access/index.js'
import { managesStaff, maySeeStaff, staffVisibleTo } from '../../access/staffScope.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import { trainingRecords, users } from '../../db/schema/index.js'
import type { Clock } from '../../domain/clock.js'
import { conflict, notFound } from '../../errors.js'
import { trainingRepository } from './trainingRepository.js'
import type { AttendanceInput, TrainingInput } from './trainingSchemas.js'

/**
 * Training and development for practitioners and first-line managers: the programme (ASYE,
 * practice educator, management development), each session, when due and when attended.
 * Leicestershire 2016 found no development programmes; this makes them and their gaps visible.
 */
export function trainingService(db: AppDb, clock: Clock) {
  const repo = trainingRepository(db)

  async function load(actor: Actor, userId: string) {
    const person = await repo.person(userId)
    if (!person || !maySeeStaff(actor, person)) throw notFound('Person')
    return person
  }

  async function loadToManage(actor: Actor, userId: string) {
    const person = await load(actor, userId)
    if (!managesStaff(actor, person)) throw notFound('Person')
    return person
  }

  return {
    today: () => clock.today(),
    /** Every record the actor may see (their own, their team's, or everyone's); overdue only if asked. */
    list: (actor: Actor, overdueOnly: boolean) => repo.records(and(staffVisibleTo(actor), overdueOnly ? and(isNull(trainingRecords.attendedOn), lt(trainingRecords.dueOn, clock.today())) : undefined)),
    async forPerson(actor: Actor, userId: string) {
      const person = await load(actor, userId)
      return { person, records: await repo.records(eq(users.id, userId)), mayManage: managesStaff(actor, person) }
    },

    async add(actor: Actor, userId: string, input: TrainingInput) {
      await loadToManage(actor, userId)
      return withTransaction(db, async (tx) => {
        const row = await trainingRepository(tx).insert({ ...input, attendedOn: input.attendedOn ?? null, userId, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'training.create', entityType: 'training_record', entityId: row.id, after: row })
        return row
      })
    },

    /** Version-checked: a stale save is a conflict and nothing is overwritten. */
    async attend(actor: Actor, userId: string, input: AttendanceInput) {
      await loadToManage(actor, userId)
      const before = await repo.byId(input.record.id)
      if (!before || before.userId !== userId) throw notFound('Training record')
      return withTransaction(db, async (tx) => {
        const after = await trainingRepository(tx).attend(before.id, input.record.version, input.attendedOn)
        if (!after) throw conflict('Someone else changed this training record since you opened the page.', { current: before })
        await recordWrite(tx, actor, { action: 'training.attended', entityType: 'training_record', entityId: before.id, before, after })
        return after
      })
    },
  }
}

export type TrainingService = ReturnType<typeof trainingService>
