import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { ageOn } from '../../domain/format.js'
import { addMonths, daysBetween, evaluate, evaluateRepeating, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { CL_NEEDS_ASSESSMENT_3M, PA_CONTACT_8W, PATHWAY_PLAN_REVIEW_6M } from '../../domain/timescales/rules/careLeavers.js'
import { conflict, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { careLeaverRepository, type CustodyRow } from './careLeaverRepository.js'
import type { CareLeaverInput, ContactInput, CustodyEdit, CustodyInput, OutcomeInput, PaInput, PathwayActionInput, PathwayPlanInput, PathwayReviewInput } from './careLeaverSchemas.js'

type Repo = ReturnType<typeof careLeaverRepository>
const birthday = (dob: string, age: number) => addMonths(dob, 12 * age)
/** A care leaver in custody not visited face to face for longer than the PA contact interval (Ofsted ILACS Leicester 2024). */
export const custodyVisitDays = PA_CONTACT_8W.due.amount * 7

/** The ages at which OC3 is recorded: birthdays from 17 to 21 falling in the collection year (1 April to 31 March). */
export function oc3Birthdays(dob: string, collectionYear: number): number[] {
  const [from, to] = [`${collectionYear - 1}-04-01`, `${collectionYear}-03-31`]
  return [17, 18, 19, 20, 21].filter((age) => { const b = birthday(dob, age); return b >= from && b <= to })
}

/** The ages each eligibility category covers (Children Act 1989 Sch 2 para 19B, s23A, s23C, s24; the duties run to 25 under s23CZB). */
const eligibilityAges: Record<string, [number, number, string]> = {
  ELIGIBLE: [16, 17, 'An eligible child is aged 16 or 17 (Children Act 1989 Sch 2 para 19B)'],
  RELEVANT: [16, 17, 'A relevant child is aged 16 or 17 (Children Act 1989 s23A)'],
  FORMER_RELEVANT: [18, 24, 'A former relevant child is aged 18 to 24 (Children Act 1989 s23C, s23CZB)'],
  QUALIFYING: [16, 24, 'A qualifying care leaver is aged 16 to 24 (Children Act 1989 s24)'],
}

/** The care leaver record: eligibility, needs assessment, PA, pathway plan, contacts, OC3, custody (Children Act 1989 s23A–24B). */
export function careLeaverService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, children: ChildrenService) {
  const repo = careLeaverRepository(db)

  async function write<T extends { id?: string; childId?: string }>(actor: Actor, action: string, entityType: string, childId: string, fn: (r: Repo) => Promise<T | undefined>, before?: unknown) {
    return withTransaction(db, async (tx) => {
      const after = await fn(careLeaverRepository(tx))
      if (!after) throw conflict('Someone else changed this record since you opened it. Reload it to see their changes.', { before })
      await recordWrite(tx, actor, { action, entityType, entityId: after.id ?? childId, childId, before: before as Record<string, unknown> | undefined, after })
      return after
    })
  }

  /** A care leaver record must exist before the PA, plan, contacts, OC3 or custody are recorded. */
  async function requireCareLeaver(actor: Actor, childId: string) {
    const child = await children.requireAccessible(actor, childId)
    const cl = await repo.careLeaver(childId)
    if (!cl) throw ruleBroken('Record this young person as a care leaver first')
    return { child, cl }
  }

  function clocks(input: { dob: string | null; firstCare: string | null; needsAssessmentOn: string | null; plan: { startDate: string } | null; reviews: string[]; pa: { startDate: string } | null; contacts: { contactedOn: string; kind: string; faceToFace: boolean }[]; custody: CustodyRow[] }) {
    const today = clock.today()
    const sixteen = input.dob ? birthday(input.dob, 16) : null
    // CPPCR 2010 reg 42: three months from the 16th birthday, or from becoming eligible after it.
    const eligibleFrom = sixteen && input.firstCare && input.firstCare > sixteen ? input.firstCare : sixteen
    const openCustody = input.custody.find((c) => !c.endedOn) ?? null
    const lastCustodyVisit = openCustody ? input.contacts.find((c) => c.kind === 'CUSTODY_VISIT' && c.faceToFace && c.contactedOn >= openCustody.startedOn)?.contactedOn ?? null : null
    const daysSinceVisit = openCustody ? daysBetween(lastCustodyVisit ?? openCustody.startedOn, today) : null
    return {
      eligibleFrom,
      needs: eligibleFrom ? evaluate(CL_NEEDS_ASSESSMENT_3M, { start: eligibleFrom, stop: input.needsAssessmentOn }, calendar, today) : null,
      review: input.plan ? evaluateRepeating(PATHWAY_PLAN_REVIEW_6M, { start: input.plan.startDate, occurrences: input.reviews }, calendar, today) : null,
      contact: input.pa ? evaluateRepeating(PA_CONTACT_8W, { start: input.pa.startDate, occurrences: input.contacts.map((c) => c.contactedOn) }, calendar, today) : null,
      openCustody, lastCustodyVisit, daysSinceVisit,
      custodyNotVisited: daysSinceVisit !== null && daysSinceVisit > custodyVisitDays,
    }
  }

  return {
    personalAdvisers: () => repo.personalAdvisers(),

    /** Everything the care leaver page shows; `careLeaver` is null for a young person who is not one. */
    async overview(actor: Actor, childId: string) {
      const child = await children.requireAccessible(actor, childId)
      const [careLeaver, firstCare, pa, contacts, plan, outcomes, custody] = [await repo.careLeaver(childId), await repo.firstCare(childId), await repo.livePa(childId), await repo.contacts(childId), await repo.pathwayPlan(childId), await repo.outcomes(childId), await repo.custody(childId)]
      const [actions, reviews] = plan ? [await repo.planActions(plan.id), await repo.planReviews(plan.id)] : [[], []]
      const c = clocks({ dob: child.dateOfBirth, firstCare: firstCare?.startedOn ?? null, needsAssessmentOn: careLeaver?.needsAssessmentOn ?? null, plan: plan ?? null, reviews: reviews.map((r) => r.reviewedOn), pa: pa ?? null, contacts, custody })
      return { child, careLeaver: careLeaver ?? null, everInCare: !!firstCare, pa: pa ?? null, contacts, plan: plan ?? null, actions, reviews, outcomes, custody, clocks: c }
    },

    /** Records or updates the care leaver; refused for a young person never looked after. */
    async record(actor: Actor, childId: string, input: CareLeaverInput) {
      const child = await children.requireAccessible(actor, childId)
      if (!(await repo.firstCare(childId))) throw ruleBroken('This young person has never been in care, so cannot be a care leaver: only a young person looked after by the council is eligible, relevant, former relevant or qualifying (Children Act 1989 s23A, s24, Sch 2 para 19B)')
      const age = ageOn(child.dateOfBirth, clock.today())
      const [min, max, rule] = eligibilityAges[input.eligibility]!
      if (age !== null && (age < min || age > max)) throw validationFailed({ eligibility: `${rule}; this young person is ${age}` })
      if (child.dateOfBirth && input.localOfferUntil && input.localOfferUntil > birthday(child.dateOfBirth, 25)) throw validationFailed({ localOfferUntil: 'The local offer runs to the 25th birthday at the latest (Children Act 1989 s23CZB)' })
      if (child.dateOfBirth && input.needsAssessmentOn && input.needsAssessmentOn < child.dateOfBirth) throw validationFailed({ needsAssessmentOn: 'The needs assessment cannot be before the young person was born' })
      const { version, ...v } = input
      const values = { ...v, needsAssessmentOn: v.needsAssessmentOn ?? null, localOfferUntil: v.localOfferUntil ?? null }
      const before = await repo.careLeaver(childId)
      if (!before) return write(actor, 'careLeaver.create', 'care_leaver', childId, (r) => r.insert({ ...values, childId, createdBy: actor.id }))
      if (version === undefined) throw conflict('This young person is already recorded as a care leaver. Reload the page to see the record.', { before })
      return write(actor, 'careLeaver.update', 'care_leaver', childId, (r) => r.update(childId, version, values), before)
    },

    /** One live personal adviser (Children Act 1989 s23D): a new allocation ends the last. */
    async allocatePa(actor: Actor, childId: string, input: PaInput) {
      await requireCareLeaver(actor, childId)
      if (!(await repo.personalAdvisers()).some((p) => p.id === input.paId)) throw validationFailed({ paId: 'Select an active personal adviser from the list' })
      const live = await repo.livePa(childId)
      if (live && input.paStartDate < live.startDate) throw validationFailed({ paStartDate: 'The new allocation cannot start before the current personal adviser’s allocation' })
      if (live?.paId === input.paId) throw ruleBroken('This personal adviser is already allocated')
      return write(actor, 'paAllocation.create', 'pa_allocation', childId, async (r) => {
        if (live) await r.endPa(live.id, input.paStartDate)
        return r.insertPa({ childId, paId: input.paId, startDate: input.paStartDate, createdBy: actor.id })
      }, live)
    },

    async recordContact(actor: Actor, childId: string, input: ContactInput) {
      await requireCareLeaver(actor, childId)
      if (input.kind === 'CUSTODY_VISIT') {
        if (!input.faceToFace) throw validationFailed({ faceToFace: 'A visit in custody is face to face: record other contact as contact' })
        const spells = await repo.custody(childId)
        if (!spells.some((s) => s.startedOn <= input.contactedOn && (!s.endedOn || input.contactedOn <= s.endedOn))) throw validationFailed({ contactedOn: 'The young person was not in custody on this date: record the custody spell first' })
      }
      return write(actor, 'paContact.create', 'pa_contact', childId, (r) => r.insertContact({ ...input, childId, createdBy: actor.id }))
    },

    /** The pathway plan is a `plans` row of kind PATHWAY with no CIN episode (Care Leavers (England) Regulations 2010 reg 6). */
    async startPathwayPlan(actor: Actor, childId: string, input: PathwayPlanInput) {
      await requireCareLeaver(actor, childId)
      if (await repo.pathwayPlan(childId)) throw ruleBroken('This young person already has an open pathway plan')
      return write(actor, 'plan.create', 'plan', childId, (r) => r.insertPlan({ childId, kind: 'PATHWAY', cinEpisodeId: null, startDate: input.planStartDate, wishesAndFeelings: input.wishesAndFeelings ?? null, identity: input.identity ?? null, createdBy: actor.id }))
    },

    async addPlanAction(actor: Actor, childId: string, input: PathwayActionInput) {
      await requireCareLeaver(actor, childId)
      const plan = await repo.pathwayPlan(childId)
      if (!plan) throw ruleBroken('Start the pathway plan before adding actions')
      return write(actor, 'planAction.create', 'plan_action', childId, (r) => r.insertAction({ planId: plan.id, childId, action: input.action, ownerName: input.ownerName, outcome: input.outcome, dueOn: input.actionDueOn, createdBy: actor.id }))
    },

    async reviewPathwayPlan(actor: Actor, childId: string, input: PathwayReviewInput) {
      await requireCareLeaver(actor, childId)
      const plan = await repo.pathwayPlan(childId)
      if (!plan) throw ruleBroken('Start the pathway plan before recording a review')
      if (input.planReviewedOn < plan.startDate) throw validationFailed({ planReviewedOn: 'A review cannot be before the pathway plan started' })
      return write(actor, 'planReview.create', 'plan_review', childId, (r) => r.insertReview({ planId: plan.id, childId, reviewedOn: input.planReviewedOn, summary: input.summary, createdBy: actor.id }))
    },

    /** SSDA903 OC3: once a year, for a year holding a 17th to 21st birthday. */
    async recordOutcome(actor: Actor, childId: string, input: OutcomeInput) {
      const { child } = await requireCareLeaver(actor, childId)
      if (!child.dateOfBirth || oc3Birthdays(child.dateOfBirth, input.collectionYear).length === 0) throw validationFailed({ collectionYear: `OC3 is recorded for the year of each birthday from 17 to 21; this young person has none in ${input.collectionYear - 1} to ${input.collectionYear}` })
      if (await repo.outcomeFor(childId, input.collectionYear)) throw validationFailed({ collectionYear: `OC3 for ${input.collectionYear - 1} to ${input.collectionYear} is already recorded: one record per year` })
      return write(actor, 'careLeaverOutcome.create', 'care_leaver_outcome', childId, (r) => r.insertOutcome({ ...input, childId, createdBy: actor.id }))
    },

    async recordCustody(actor: Actor, childId: string, input: CustodyInput) {
      await requireCareLeaver(actor, childId)
      const spells = await repo.custody(childId)
      if (!input.custodyEndedOn && spells.some((s) => !s.endedOn)) throw ruleBroken('A custody spell is already open: record the release on it first')
      const end = input.custodyEndedOn ?? '9999-12-31'
      if (spells.some((s) => s.startedOn <= end && input.custodyStartedOn <= (s.endedOn ?? '9999-12-31'))) throw validationFailed({ custodyStartedOn: 'This custody spell overlaps another' })
      return write(actor, 'custodySpell.create', 'custody_spell', childId, (r) => r.insertCustody({ childId, establishment: input.establishment, startedOn: input.custodyStartedOn, endedOn: input.custodyEndedOn ?? null, releasePlan: input.releasePlan ?? null, createdBy: actor.id }))
    },

    /** Updates the latest custody spell (the release plan, the release); a stale version is a conflict. */
    async updateCustody(actor: Actor, childId: string, input: CustodyEdit) {
      await requireCareLeaver(actor, childId)
      const [latest] = await repo.custody(childId)
      if (!latest) throw ruleBroken('There is no custody spell to update')
      const { version, ...v } = input
      return write(actor, 'custodySpell.update', 'custody_spell', childId, (r) => r.updateCustody(latest.id, version, { establishment: v.establishment, startedOn: v.custodyStartedOn, endedOn: v.custodyEndedOn ?? null, releasePlan: v.releasePlan ?? null }), latest)
    },
  }
}

export type CareLeaverService = ReturnType<typeof careLeaverService>
