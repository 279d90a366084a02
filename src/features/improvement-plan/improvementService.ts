import type { Actor } from '../../access/actor.js'
import { recordAccess, recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { conflict, notFound, validationFailed } from '../../errors.js'
import type { PerformanceService } from '../performance/performanceService.js'
import { kpiTrends } from './improvementKpis.js'
import { improvementRepository } from './improvementRepository.js'
import type { ActionInput, RecommendationInput } from './improvementSchemas.js'

export type ReportFormat = 'print' | 'html' | 'xlsx'

/**
 * The improvement plan (issue 6 part 6): the inspection's recommendations (Leicestershire 2016 made
 * 17), the actions under each, and the board report of both with the linked KPIs' trends. Every
 * write is audited in its transaction; every report is audited as an export (ARCHITECTURE.md §6.6).
 */
export function improvementService(db: AppDb, clock: Clock, performance: PerformanceService) {
  const repo = improvementRepository(db)

  async function recommendationOr404(id: string) {
    const r = await repo.recommendation(id)
    if (!r) throw notFound('Recommendation')
    return r
  }
  async function actionOr404(id: string) {
    const a = await repo.action(id)
    if (!a) throw notFound('Action')
    return a
  }
  async function checkReference(reference: string, ownId?: string) {
    const existing = await repo.byReference(reference)
    if (existing && existing.id !== ownId) throw validationFailed({ reference: `Recommendation ${reference} already exists: choose another reference` })
  }
  async function checkOwner(ownerId: string) {
    if (!(await repo.activeUser(ownerId))) throw validationFailed({ ownerId: 'Select an active user as the owner' })
  }
  const plan = async () => ({ recommendations: await repo.recommendations(), actions: await repo.actions() })
  const actionValues = (input: ActionInput) => ({ action: input.action, ownerId: input.ownerId, dueOn: input.dueOn, rag: input.rag, evidence: input.evidence ?? null, kpiIds: input.kpiIds })

  return {
    today: () => clock.today(),
    owners: () => repo.owners(),
    plan,
    async recommendation(id: string) {
      const recommendation = await recommendationOr404(id)
      return { recommendation, actions: await repo.actions(id) }
    },
    action: actionOr404,

    async addRecommendation(actor: Actor, input: RecommendationInput) {
      await checkReference(input.reference)
      return withTransaction(db, async (tx) => {
        const row = await improvementRepository(tx).insertRecommendation({ ...input, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'improvement.recommendation.create', entityType: 'improvement_recommendation', entityId: row.id, after: row })
        return row
      })
    },

    /** Version-checked: a stale save is a conflict and nothing is overwritten. */
    async editRecommendation(actor: Actor, id: string, input: RecommendationInput & { version: number }) {
      const before = await recommendationOr404(id)
      await checkReference(input.reference, id)
      return withTransaction(db, async (tx) => {
        const after = await improvementRepository(tx).updateRecommendation(id, input.version, { reference: input.reference, text: input.text, source: input.source })
        if (!after) throw conflict('Someone else changed this recommendation since you opened the page.', { current: before })
        await recordWrite(tx, actor, { action: 'improvement.recommendation.edit', entityType: 'improvement_recommendation', entityId: id, before, after })
        return after
      })
    },

    async addAction(actor: Actor, recommendationId: string, input: ActionInput) {
      await recommendationOr404(recommendationId)
      await checkOwner(input.ownerId)
      return withTransaction(db, async (tx) => {
        const row = await improvementRepository(tx).insertAction({ ...actionValues(input), recommendationId })
        await recordWrite(tx, actor, { action: 'improvement.action.create', entityType: 'improvement_action', entityId: row.id, after: row })
        return row
      })
    },

    async editAction(actor: Actor, id: string, input: ActionInput & { version: number }) {
      const { action: before } = await actionOr404(id)
      await checkOwner(input.ownerId)
      return withTransaction(db, async (tx) => {
        const after = await improvementRepository(tx).updateAction(id, input.version, actionValues(input))
        if (!after) throw conflict('Someone else changed this action since you opened the page.', { current: before })
        await recordWrite(tx, actor, { action: 'improvement.action.edit', entityType: 'improvement_action', entityId: id, before, after })
        return after
      })
    },

    /** The board report's data: the plan and each linked KPI now and over six months, as the actor may see them. */
    async report(actor: Actor, format: ReportFormat) {
      const state = await plan()
      const kpis = await kpiTrends(performance, actor, state.actions.flatMap((a) => a.action.kpiIds))
      await recordAccess(db, actor, { action: 'improvement.export', entityType: 'improvement_plan', detail: { format, recommendations: state.recommendations.length, actions: state.actions.length, kpis: kpis.lines.length } })
      return { ...state, kpis, today: clock.today() }
    },
  }
}

export type ImprovementService = ReturnType<typeof improvementService>
export type ImprovementReport = Awaited<ReturnType<ImprovementService['report']>>
