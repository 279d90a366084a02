import type { Actor } from '../../access/actor.js'
import { ageOn } from '../../domain/format.js'
import { validationFailed } from '../../errors.js'
import type { ServiceBase } from '../serviceBase.js'
import { careReviewRepository } from './careReviewRepository.js'
import { periodOn } from './careReviewService.js'
import type { HealthInput, OutcomeInput, PepInput } from './careReviewSchemas.js'
import { careWriter, isUniqueViolation } from './careWrite.js'

/** The SSDA903 collection year ending 31 March `year`: 1 April to 31 March. */
export const collectionYearOf = (year: number) => ({ from: `${year - 1}-04-01`, to: `${year}-03-31` })

/** Personal education plans, health records and the SSDA903 OC2 facts of a child in care. */
export function careHealthService(base: ServiceBase) {
  const { db, children } = base
  const repo = careReviewRepository(db)
  const write = careWriter(db)

  async function requireInCareOn(childId: string, date: string, field: string, what: string) {
    if (!periodOn(await repo.periods(childId), date))
      throw validationFailed({
        [field]: `The child was not in care on this date: ${what} is recorded for a period of care`,
      })
  }

  return {
    async recordPep(actor: Actor, childId: string, input: PepInput) {
      await children.requireAccessible(actor, childId)
      await requireInCareOn(childId, input.reviewedOn, 'reviewedOn', 'a personal education plan')
      return write(actor, 'pep.create', 'education_plan_review', childId, (tx) =>
        careReviewRepository(tx).insertPep({
          childId,
          reviewedOn: input.reviewedOn,
          school: input.school ?? null,
          notes: input.notes,
          createdBy: actor.id,
        }),
      )
    },

    async recordHealth(actor: Actor, childId: string, input: HealthInput) {
      await children.requireAccessible(actor, childId)
      await requireInCareOn(childId, input.doneOn, 'doneOn', 'a health record')
      return write(actor, 'healthRecord.create', 'health_record', childId, (tx) =>
        careReviewRepository(tx).insertHealth({
          childId,
          kind: input.kind,
          doneOn: input.doneOn,
          sdqScore: input.kind === 'SDQ' ? (input.sdqScore ?? null) : null,
          notes: input.notes ?? null,
          createdBy: actor.id,
        }),
      )
    },

    /**
     * One OC2 row per child per collection year. The SDQ reason explains a missing score, so it is
     * refused when an SDQ was recorded in the year (SSDA903 OC2 SDQ_REASON), and for a child under 4
     * at the end of the year, who has neither a score nor a reason (903 rule 188).
     */
    async recordOutcome(actor: Actor, childId: string, input: OutcomeInput) {
      const child = await children.requireAccessible(actor, childId)
      const label = `${input.collectionYear - 1} to ${input.collectionYear}`
      const { from, to } = collectionYearOf(input.collectionYear)
      if (!(await repo.periods(childId)).some((p) => p.startedOn <= to && (!p.endedOn || p.endedOn >= from)))
        throw validationFailed({ collectionYear: `The child was not in care during ${label}` })
      if (await repo.outcomeFor(childId, input.collectionYear))
        throw validationFailed({
          collectionYear: `The OC2 facts for ${label} are already recorded: there is one record per child per year`,
        })
      const sdqInYear = (await repo.health(childId)).some(
        (h) => h.kind === 'SDQ' && h.doneOn >= from && h.doneOn <= to,
      )
      if (sdqInYear && input.sdqReason)
        throw validationFailed({
          sdqReason:
            'An SDQ score was recorded in this year: the reason is only for a year with no SDQ score',
        })
      const age = ageOn(child.dateOfBirth, to)
      if (input.sdqReason && age !== null && age < 4)
        throw validationFailed({
          sdqReason:
            'The child was under 4 at the end of the year: leave the SDQ reason blank (903 rule 188)',
        })
      try {
        return await write(actor, 'claOutcome.create', 'cla_annual_outcome', childId, (tx) =>
          careReviewRepository(tx).insertOutcome({
            childId,
            collectionYear: input.collectionYear,
            convicted: input.convicted ?? null,
            substanceMisuse: input.substanceMisuse ?? null,
            interventionReceived: input.interventionReceived ?? null,
            interventionOffered: input.interventionOffered ?? null,
            sdqReason: input.sdqReason ?? null,
            createdBy: actor.id,
          }),
        )
      } catch (e) {
        if (isUniqueViolation(e))
          throw validationFailed({
            collectionYear: `The OC2 facts for ${label} are already recorded: there is one record per child per year`,
          })
        throw e
      }
    },
  }
}

export type CareHealthService = ReturnType<typeof careHealthService>
