/**
 * The improvement plan (issue 6 part 6): the seventeen recommendations of a 2016-style inspection
 * (qualityText.ts), two actions under each with an owner, a due date, a RAG rating, evidence and the
 * KPIs that show progress. Planted, so the board report has something to say: actions due long ago
 * still red, amber actions with no evidence, and actions not yet due.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { plusDays } from './days.js'
import type { ImprovementActionRow, ImprovementRecommendationRow, QualityInput } from './qualityRows.js'
import { evidenceTexts, recommendations } from './qualityText.js'
import { londonInstant } from './time.js'

export const inspectionSource = 'Ofsted inspection of services for children in need of help and protection, 2016 (synthetic)'

type Rag = 'RED' | 'AMBER' | 'GREEN'

export function simulateImprovementPlan(input: Pick<QualityInput, 'workforce' | 'rng' | 'ids' | 'today'>) {
  const { workforce, rng, ids, today } = input
  const at = (date: IsoDate) => londonInstant(date, rng.int(9 * 60, 17 * 60))
  const { dcs, service_manager: head, qa_officer: qa, performance_analyst: analyst } = workforce.demo
  const owners = [head, head, qa, analyst, ...workforce.teamInfo.slice(0, 4).map((t) => t.managerId)]
  const published = plusDays(today, -rng.int(480, 560))
  const recs: ImprovementRecommendationRow[] = []
  const actions: ImprovementActionRow[] = []
  recommendations.forEach((r, n) => {
    const rec: ImprovementRecommendationRow = { id: ids.uuid(), reference: `R${n + 1}`, text: r.text, source: inspectionSource, createdBy: dcs, createdAt: at(published) }
    recs.push(rec)
    r.actions.forEach((action, k) => {
      const dueOn = plusDays(today, rng.int(-450, 270))
      const daysPast = Math.round((Date.parse(today) - Date.parse(dueOn)) / 86_400_000)
      const weights: readonly (readonly [Rag, number])[] = daysPast > 60 ? [['GREEN', 70], ['RED', 20], ['AMBER', 10]] : daysPast > 0 ? [['AMBER', 40], ['RED', 35], ['GREEN', 25]] : [['AMBER', 60], ['GREEN', 25], ['RED', 15]]
      const rag = rng.weighted(weights)
      const evidence = rag === 'GREEN' || (rag === 'AMBER' && rng.chance(0.5)) ? rng.pick(evidenceTexts) : null
      actions.push({
        id: ids.uuid(), recommendationId: rec.id, action, ownerId: rng.pick(owners), dueOn, rag, evidence,
        // The first action carries every KPI of its recommendation; the second the first KPI, if any.
        kpiIds: k === 0 ? [...r.kpiIds] : r.kpiIds.slice(0, 1), createdAt: at(plusDays(published, rng.int(7, 42))),
      })
    })
  })
  return { improvementRecommendations: recs, improvementActions: actions }
}
