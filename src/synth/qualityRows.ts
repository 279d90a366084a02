/**
 * Row shapes and inputs of the quality pass (case audits and the improvement plan, issue 6 parts 5
 * and 6): exactly what drizzle inserts, every column named, so the loader needs no mapping.
 */
import type { auditProgrammes, auditTemplates, caseAuditActions, caseAudits, improvementActions, improvementRecommendations } from '../db/schema/index.js'
import { addMonths, type IsoDate } from '../domain/timescales/index.js'
import type { Rng } from './random.js'
import type { AllocationRow, ChildRow, CpPlanRow } from './rows.js'
import type { Workforce } from './workforce.js'

type Full<T> = { [K in keyof T]-?: Exclude<T[K], undefined> }

export type AuditTemplateRow = Full<typeof auditTemplates.$inferInsert>
export type AuditProgrammeRow = Full<typeof auditProgrammes.$inferInsert>
export type CaseAuditRow = Full<Omit<typeof caseAudits.$inferInsert, 'version'>> & { teamId: string | null; workerId: string | null }
export type CaseAuditActionRow = Full<Omit<typeof caseAuditActions.$inferInsert, 'version'>>
export type ImprovementRecommendationRow = Full<Omit<typeof improvementRecommendations.$inferInsert, 'version'>>
export type ImprovementActionRow = Full<Omit<typeof improvementActions.$inferInsert, 'version'>>

export type QualityRecordRows = {
  auditTemplates: AuditTemplateRow[]
  auditProgrammes: AuditProgrammeRow[]
  caseAudits: CaseAuditRow[]
  caseAuditActions: CaseAuditActionRow[]
  improvementRecommendations: ImprovementRecommendationRow[]
  improvementActions: ImprovementActionRow[]
}

export type QualityInput = {
  workforce: Workforce
  allocations: readonly AllocationRow[]
  cpPlans: readonly CpPlanRow[]
  children: readonly ChildRow[]
  rng: Rng
  ids: Rng
  today: IsoDate
}

/** The first day of the month `offset` months from today's month. */
export const monthStart = (today: IsoDate, offset: number): IsoDate => addMonths(`${today.slice(0, 7)}-01`, offset)
