import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import { withTransaction, type Executor } from '../../db/executor.js'
import { conflict, ruleBroken, validationFailed } from '../../errors.js'
import type { ServiceBase } from '../serviceBase.js'
import { placementFactsOf, placementStartOf, stabilityEpisodesOf, whereFacts } from './careFacts.js'
import { careRepository, type CareEpisodeRow, type CareRepository } from './careRepository.js'
import { changeDateProblem, legalStatusProblems, moveReasonProblem, placementProblems } from './careRules.js'
import type { ClaVisitInput, EndCareInput, LegalStatusInput, MovePlacementInput, StartCareInput, UascInput } from './careSchemas.js'
import { chooseVisitRule, visitClock } from './claVisitClock.js'
import { longTermStable, placementsInYear, threeOrMorePlacements } from './placementStability.js'

const stale = () => conflict('Someone else changed this child’s care record since you opened it. Reload the page to see their changes.')
const refuseIf = (errors: Record<string, string>) => {
  if (Object.keys(errors).length) throw validationFailed(errors)
}
type PlacementInput = Pick<StartCareInput, 'placementType' | 'placementProvider' | 'providerName' | 'urn' | 'placementPostcode' | 'homePostcode' | 'longTerm' | 'childAgreedSixMonthly' | 'unregistered'>

/**
 * Periods of care and the changes within them (issue 5 part 1). Each change is one care_episodes
 * row (START, LEGAL_STATUS, PLACEMENT or BOTH) from which the 903 episodes are derived
 * (src/returns/ssda903); what is written here is casework, never imported. A change claims the
 * period's version first, so two workers recording changes at once cannot interleave them.
 */
export function careService(base: ServiceBase) {
  const { db, clock, calendar, children } = base
  const repo = careRepository(db)

  async function write<T extends { id: string } | { childId: string }>(actor: Actor, action: string, entityType: string, childId: string, fn: (r: CareRepository, tx: Executor) => Promise<T>) {
    return withTransaction(db, async (tx) => {
      await children.requireAccessible(actor, childId, tx)
      const after = await fn(careRepository(tx), tx)
      await recordWrite(tx, actor, { action, entityType, entityId: 'id' in after ? after.id : childId, childId, after })
      return after
    })
  }

  const placementValues = (p: PlacementInput, homeFallback: string | null = null) => {
    const homePostcode = p.homePostcode ?? homeFallback
    return {
      placementType: p.placementType, placementProvider: p.placementProvider ?? null, providerName: p.providerName ?? null, urn: p.urn ?? null,
      placementPostcode: p.placementPostcode ?? null, homePostcode, ...whereFacts(p.placementPostcode, homePostcode),
      longTerm: p.longTerm, childAgreedSixMonthly: p.longTerm && p.childAgreedSixMonthly, unregistered: p.unregistered,
    }
  }

  /** An unregistered placement needs its own record: sign-off, Ofsted told, the plan (Ofsted 2024). */
  const flagUnregistered = async (r: CareRepository, actor: Actor, e: CareEpisodeRow) => {
    if (e.unregistered && e.change !== 'LEGAL_STATUS') await r.insertUnregistered({ childId: e.childId, episodeId: e.id, createdBy: actor.id })
  }

  /** The open period, claimed at `version`, with its episodes; a change date is checked against them. */
  async function claim(r: CareRepository, childId: string, version: number, on: string, field = 'startsOn') {
    const period = await r.openPeriod(childId)
    if (!period) throw ruleBroken('The child is not in care: start a period of care first')
    const episodes = await r.periodEpisodes(period.id)
    const latest = episodes.at(-1)!
    const problem = changeDateProblem(on, latest.startsOn, period.startedOn)
    if (problem) throw validationFailed({ [field]: problem })
    const claimed = await r.bumpPeriod(period.id, version)
    if (!claimed) throw stale()
    return { period: claimed, episodes, latest }
  }

  return {
    async startCare(actor: Actor, childId: string, input: StartCareInput) {
      refuseIf({ ...legalStatusProblems(input.legalStatus, input.startsOn), ...placementProblems(input, input.startsOn) })
      return write(actor, 'care.start', 'care_period', childId, async (r) => {
        if (await r.openPeriod(childId)) throw ruleBroken('The child is already in care: a new period of care cannot start while one is open (903 rule 501: episodes must not overlap)')
        const last = await r.latestPeriod(childId)
        if (last?.endedOn && input.startsOn <= last.endedOn) throw validationFailed({ startsOn: `The previous period of care ended on ${last.endedOn}: a new one must start after it (903 rule 501)` })
        const period = await r.insertPeriod({ childId, startedOn: input.startsOn, createdBy: actor.id })
        const yearEnding = Number(input.startsOn.slice(0, 4)) + (input.startsOn.slice(5) >= '04-01' ? 1 : 0)
        const datePerm = input.datePerm ? input.datePerm.split('-').reverse().join('/') : null
        await r.savePreviousPermanence({ childId, collectionYear: yearEnding, prevPerm: input.prevPerm, laPerm: input.laPerm ?? null, datePerm, createdBy: actor.id })
        if (input.isMother) await r.saveParenthood({ childId, isMother: input.isMother === 'yes' ? '1' : '0', motherChildDob: input.motherChildDob ?? null, createdBy: actor.id })
        const e = await r.insertEpisode({
          periodId: period.id, childId, startsOn: input.startsOn, change: 'START', legalStatus: input.legalStatus, categoryOfNeed: input.categoryOfNeed,
          ...placementValues(input), createdBy: actor.id,
        })
        await flagUnregistered(r, actor, e)
        return period
      })
    },

    async changeLegalStatus(actor: Actor, childId: string, input: LegalStatusInput) {
      refuseIf(legalStatusProblems(input.legalStatus, input.startsOn))
      return write(actor, 'care.legalStatus', 'care_episode', childId, async (r) => {
        const { period, latest } = await claim(r, childId, input.version, input.startsOn)
        if (latest.legalStatus === input.legalStatus) throw validationFailed({ legalStatus: `The legal status is already ${input.legalStatus}` })
        const { id: _i, createdAt: _c, version: _v, placementEndReason: _p, importedRne: _r, importedDec: _d, importedRec: _x, ...same } = latest
        return r.insertEpisode({ ...same, periodId: period.id, startsOn: input.startsOn, change: 'LEGAL_STATUS', sameCarers: true, legalStatus: input.legalStatus, imported: false, createdBy: actor.id })
      })
    },

    async movePlacement(actor: Actor, childId: string, input: MovePlacementInput) {
      refuseIf({ ...legalStatusProblems(input.legalStatus, input.startsOn), ...placementProblems(input, input.startsOn) })
      return write(actor, 'care.placement', 'care_episode', childId, async (r) => {
        const { period, latest } = await claim(r, childId, input.version, input.startsOn)
        const reason = moveReasonProblem(latest.placementType, input.reasonPlaceChange)
        if (reason) throw validationFailed({ reasonPlaceChange: reason })
        const both = input.legalStatus !== undefined && input.legalStatus !== latest.legalStatus
        // REASON_PLACE_CHANGE belongs to the episode whose placement ends here (903 Episodes table).
        await r.setPlacementEndReason(latest.id, input.reasonPlaceChange ?? null)
        const e = await r.insertEpisode({
          periodId: period.id, childId, startsOn: input.startsOn, change: both ? 'BOTH' : 'PLACEMENT', sameCarers: input.sameCarers,
          legalStatus: input.legalStatus ?? latest.legalStatus, categoryOfNeed: latest.categoryOfNeed, ...placementValues(input, latest.homePostcode), createdBy: actor.id,
        })
        await flagUnregistered(r, actor, e)
        return e
      })
    },

    async endCare(actor: Actor, childId: string, input: EndCareInput) {
      return write(actor, 'care.end', 'care_period', childId, async (r) => {
        const period = await r.openPeriod(childId)
        if (!period) throw ruleBroken('The child is not in care')
        const latest = (await r.periodEpisodes(period.id)).at(-1)!
        if (input.endedOn < latest.startsOn) throw validationFailed({ endedOn: `Care cannot end before the latest change (${latest.startsOn}): 903 rule 501` })
        const ended = await r.bumpPeriod(period.id, input.version, { endedOn: input.endedOn, reasonCeased: input.reasonCeased })
        if (!ended) throw stale()
        return ended
      })
    },

    /** A statutory visit (CPPCR 2010 reg 28), only while the child was in care. */
    async recordVisit(actor: Actor, childId: string, input: ClaVisitInput) {
      return write(actor, 'visit.create', 'visit', childId, async (r) => {
        const today = clock.today()
        const inCare = (await r.periods(childId)).some((p) => p.startedOn <= input.visitedOn && input.visitedOn <= (p.endedOn ?? today))
        if (!inCare) throw validationFailed({ visitedOn: 'The child was not in care on this date: a looked-after child visit must fall within a period of care' })
        return r.insertVisit({ ...input, childId, kind: 'CLA', createdBy: actor.id })
      })
    },

    /** UASC status for the 903 UASC table (DUC is the date it ceased). */
    async setUasc(actor: Actor, childId: string, input: UascInput) {
      return write(actor, 'care.uasc', 'uasc_status', childId, async (r) => {
        const existing = await r.uasc(childId)
        const values = { startedOn: input.startedOn ?? null, ceasedOn: input.ceasedOn ?? null }
        if (!existing) return r.insertUasc({ childId, ...values, createdBy: actor.id })
        const updated = input.version ? await r.updateUasc(childId, input.version, values) : undefined
        if (!updated) throw stale()
        return updated
      })
    },

    /**
     * The placement stability measures at `date` for every child looked after then, in the actor's
     * scope (for the KPIs): 3+ placements in the year, and long-term stability (placementStability.ts).
     */
    async stabilityAt(actor: Actor, date: string) {
      const rows = await repo.stabilityRows(actor, date)
      const byChild = new Map<string, typeof rows>()
      for (const r of rows) byChild.set(r.childId, [...(byChild.get(r.childId) ?? []), r])
      return [...byChild].flatMap(([childId, episodes]) => {
        if (!episodes.some((e) => e.periodStartedOn <= date && (e.periodEndedOn === null || e.periodEndedOn >= date))) return []
        const dob = episodes[0]!.dateOfBirth
        return [{ childId, placementsInYear: placementsInYear(episodes, date), threeOrMore: threeOrMorePlacements(episodes, date), longTermStable: dob ? longTermStable(episodes, dob, date) : null }]
      })
    },

    /** Everything on the child's care page: the current period and placement, history, visits and their clock. */
    async overview(actor: Actor, childId: string) {
      const child = await children.requireAccessible(actor, childId)
      const today = clock.today()
      const [periods, episodes, visits, uasc, unregistered] = await Promise.all([repo.periods(childId), repo.episodes(childId), repo.claVisits(childId), repo.uasc(childId), repo.unregistered(childId)])
      const open = periods.find((p) => !p.endedOn && !p.imported)
      const current = open ? episodes.filter((e) => e.periodId === open.id) : []
      const start = placementStartOf(current)
      const firstReviewOn = start ? await repo.firstReviewOnOrAfter(childId, start.startsOn) : null
      const facts = placementFactsOf(current, firstReviewOn)
      const seen = visits.filter((v) => v.childSeen).map((v) => v.visitedOn)
      const choice = facts ? chooseVisitRule(facts, seen, today) : null
      const rules = await base.localStandards.rules()
      const stability = stabilityEpisodesOf(periods, episodes)
      return {
        child, today, periods, episodes, visits, uasc: uasc ?? null, open: open ?? null, latest: current.at(-1) ?? null, placementStart: start ?? null,
        unregistered: (start && unregistered.find((u) => u.episodeId === start.id)) ?? null,
        visitRule: choice?.rule ?? null, visitClock: choice ? visitClock(choice, rules, calendar, today) : null,
        stability: { placementsInYear: placementsInYear(stability, today), threeOrMore: threeOrMorePlacements(stability, today), longTermStable: child.dateOfBirth ? longTermStable(stability, child.dateOfBirth, today) : null },
      }
    },
  }
}

export type CareService = ReturnType<typeof careService>
