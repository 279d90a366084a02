import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { ASSESSMENT_45WD, evaluate, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { conflict, notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { cpRepository, type AssessmentRow } from './cpRepository.js'
import type { AssessmentInput } from './cpSchemas.js'
import { refuseAfterNfa } from './nfaGuard.js'

/** Child and family assessments (Working Together 2023 ch.2; CIN census Assessments module). */
export function assessmentService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, children: ChildrenService) {
  const repo = cpRepository(db)

  /** The 45-working-day clock runs from the referral and stops at the manager's authorisation. */
  const clockOf = (referralDate: string, authorisedOn: string | null) => evaluate(ASSESSMENT_45WD, { start: referralDate, stop: authorisedOn }, calendar, clock.today())

  async function load(actor: Actor, id: string) {
    const assessment = await repo.assessment(id)
    if (!assessment) throw notFound('Assessment')
    await children.requireAccessible(actor, assessment.childId)
    const referral = await repo.referral(assessment.referralId)
    return { assessment, referralDate: referral!.referralDate, clock: clockOf(referral!.referralDate, assessment.authorisedOn), authorisedByName: await repo.userName(assessment.authorisedBy) }
  }

  const factorRules = (input: { factors: string[]; startDate: string; internalReviewOn?: string | undefined }) => {
    // CIN census: factor 21 ("no factors identified") cannot sit beside another factor.
    if (input.factors.includes('21') && input.factors.length > 1) throw validationFailed({ factors: 'Code 21 (no factors identified) cannot be selected with other factors' })
    // A mid-point review of an assessment cannot come before the assessment began.
    if (input.internalReviewOn && input.internalReviewOn < input.startDate) throw validationFailed({ internalReviewOn: 'The internal review cannot be before the assessment started' })
  }

  return {
    clockOf,
    get: load,

    async create(actor: Actor, childId: string, input: AssessmentInput) {
      await children.requireAccessible(actor, childId)
      factorRules(input)
      return withTransaction(db, async (tx) => {
        const open = await cpRepository(tx).openEpisode(childId)
        if (!open) throw ruleBroken('This child has no open child-in-need episode: an assessment follows a referral')
        if (input.startDate < open.referral.referralDate) throw validationFailed({ startDate: 'The assessment cannot start before the referral' })
        await refuseAfterNfa(tx, open.episode.id, input.startDate, 'startDate')
        const row = await cpRepository(tx).insertAssessment({ ...input, childId, cinEpisodeId: open.episode.id, referralId: open.referral.id, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'assessment.create', entityType: 'assessment', entityId: row.id, childId, after: row })
        return row
      })
    },

    async update(actor: Actor, id: string, input: AssessmentInput & { version: number }) {
      const { assessment: before, referralDate } = await load(actor, id)
      if (before.authorisedOn) throw ruleBroken('This assessment has been authorised, so it can no longer be changed')
      if (input.startDate < referralDate) throw validationFailed({ startDate: 'The assessment cannot start before the referral' })
      factorRules(input)
      return withTransaction(db, async (tx) => {
        const { version, ...values } = input
        const after = await cpRepository(tx).updateAssessment(id, version, { ...values, childSeenOn: values.childSeenOn ?? null, childSeenAloneOn: values.childSeenAloneOn ?? null, internalReviewOn: values.internalReviewOn ?? null, outcome: values.outcome ?? null, nextStep: values.nextStep ?? null, lateReason: values.lateReason ?? null })
        if (!after) throw conflict('Someone else changed this assessment since you opened it. Reload it to see their changes.', { before })
        await recordWrite(tx, actor, { action: 'assessment.update', entityType: 'assessment', entityId: id, childId: before.childId, before, after })
        return after
      })
    },

    /**
     * A manager's authorisation is the completion date (CIN census AssessmentAuthorisationDate).
     * Authorised more than 45 working days after the referral, the assessment must say why.
     */
    async authorise(actor: Actor, id: string, input: { version: number; authorisedOn: string; lateReason?: string | undefined }) {
      const { assessment: before, referralDate } = await load(actor, id)
      assertReady(before, input.authorisedOn)
      const lateReason = input.lateReason ?? before.lateReason
      if (clockOf(referralDate, input.authorisedOn).status === 'missed' && !lateReason)
        throw validationFailed({ lateReason: 'This assessment is being authorised more than 45 working days after the referral: enter why it is late' })
      return withTransaction(db, async (tx) => {
        const after = await cpRepository(tx).updateAssessment(id, input.version, { authorisedOn: input.authorisedOn, authorisedBy: actor.id, lateReason: lateReason ?? null })
        if (!after) throw conflict('Someone else changed this assessment since you opened it.', { before })
        await recordWrite(tx, actor, { action: 'assessment.authorise', entityType: 'assessment', entityId: id, childId: before.childId, before, after })
        return after
      })
    },
  }
}

function assertReady(a: AssessmentRow, authorisedOn: string) {
  if (a.authorisedOn) throw ruleBroken('This assessment has already been authorised')
  if (authorisedOn < a.startDate) throw validationFailed({ authorisedOn: 'The authorisation date cannot be before the assessment started' })
  // The CIN census needs at least one factor (code 21 when none) and an outcome at completion.
  if (!a.outcome || a.factors.length === 0) throw ruleBroken('Record the factors identified and the outcome before the assessment is authorised')
}

export type AssessmentService = ReturnType<typeof assessmentService>
