import type { Actor } from '../../access/actor.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import type { WorkingDayCalendar } from '../../domain/timescales/index.js'
import { notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { preProceedingsClock, proceedingsClock } from './courtClocks.js'
import { courtRepository } from './courtRepository.js'
import { courtWriter } from './courtWrite.js'
import type { ExtensionInput, FinalOrderInput, HearingInput, ProceedingsInput } from './courtSchemas.js'

/**
 * Care and supervision proceedings (Children Act 1989 s31) on the 26-week timetable of s32, with
 * the hearings of the Public Law Outline (FPR 2010 PD12A), extensions under s32(5) and the final order.
 */
export function careProceedingsService(
  db: AppDb,
  clock: Clock,
  calendar: WorkingDayCalendar,
  children: ChildrenService,
) {
  const repo = courtRepository(db)
  const write = courtWriter(db)

  async function load(actor: Actor, id: string) {
    const proceedings = await repo.proceedings(id)
    if (!proceedings) throw notFound('Care proceedings')
    await children.requireAccessible(actor, proceedings.childId)
    const preProceedings = proceedings.preProceedingsId
      ? await repo.preProceedings(proceedings.preProceedingsId)
      : undefined
    return {
      proceedings,
      preProceedings,
      hearings: await repo.hearings(id),
      clock: proceedingsClock(proceedings, calendar, clock.today()),
    }
  }

  async function openOf(actor: Actor, id: string) {
    const loaded = await load(actor, id)
    if (loaded.proceedings.finalOrderOn)
      throw ruleBroken('The proceedings have ended with a final order, so they can no longer be changed')
    return loaded
  }

  return {
    get: load,

    /**
     * Issues proceedings, linked to the pre-proceedings that led to them when there were any (the
     * latest, if not already linked). The application is issued on or after it was submitted.
     */
    async start(actor: Actor, childId: string, input: ProceedingsInput) {
      await children.requireAccessible(actor, childId)
      if (await repo.openProceedings(childId))
        throw ruleBroken('This child already has care proceedings without a final order')
      const latest = (await repo.forChild(childId)).preProceedings.find((p) => p.startDate <= input.issuedOn)
      const linked = latest && !(await repo.proceedingsFrom(latest.id)) ? latest : undefined
      if (linked?.courtApplicationOn && input.issuedOn < linked.courtApplicationOn)
        throw validationFailed({
          issuedOn:
            'The application cannot be issued before it was submitted to the court (recorded on the pre-proceedings)',
        })
      return write(actor, 'careProceedings.create', 'care_proceedings', childId, (r) =>
        r.insertProceedings({ ...input, childId, preProceedingsId: linked?.id ?? null, createdBy: actor.id }),
      )
    },

    async addHearing(actor: Actor, id: string, input: HearingInput) {
      const { proceedings: p } = await openOf(actor, id)
      if (input.heldOn < p.issuedOn)
        throw validationFailed({ heldOn: 'A hearing cannot be before the application was issued' })
      return write(actor, 'courtHearing.create', 'court_hearing', p.childId, (r) =>
        r.insertHearing({ ...input, careProceedingsId: id, childId: p.childId, createdBy: actor.id }),
      )
    },

    /** s32(5): the court may extend the timetable by up to eight weeks at a time; the total is kept. */
    async extend(actor: Actor, id: string, input: ExtensionInput) {
      const { proceedings: before } = await openOf(actor, id)
      const values = { extensionWeeks: before.extensionWeeks + input.weeks, extensionReason: input.reason }
      return write(
        actor,
        'careProceedings.extend',
        'care_proceedings',
        before.childId,
        (r) => r.updateProceedings(id, input.version, values),
        before,
      )
    },

    async finalOrder(actor: Actor, id: string, input: FinalOrderInput) {
      const { proceedings: before, hearings } = await openOf(actor, id)
      if (input.finalOrderOn < before.issuedOn)
        throw validationFailed({
          finalOrderOn: 'The final order cannot be before the application was issued',
        })
      if (hearings.some((h) => h.heldOn > input.finalOrderOn))
        throw validationFailed({
          finalOrderOn: 'The final order cannot be before a hearing already recorded',
        })
      return write(
        actor,
        'careProceedings.finalOrder',
        'care_proceedings',
        before.childId,
        (r) =>
          r.updateProceedings(id, input.version, {
            finalOrder: input.finalOrder,
            finalOrderOn: input.finalOrderOn,
          }),
        before,
      )
    },

    /** The child's pre-proceedings and proceedings with their clocks, for the court overview. */
    async forChild(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      const today = clock.today()
      const all = await repo.forChild(childId)
      return {
        openEpisode: await repo.openEpisode(childId),
        preProceedings: all.preProceedings.map((p) => ({
          ...p,
          clock: preProceedingsClock(p, calendar, today),
        })),
        careProceedings: all.careProceedings.map((p) => ({
          ...p,
          clock: proceedingsClock(p, calendar, today),
        })),
      }
    },
  }
}

export type CareProceedingsService = ReturnType<typeof careProceedingsService>
