import { beforeAll, describe, expect, it } from 'vitest'
import { auditGrades, codesOf } from '../domain/codeLists/index.js'
import { kpiById } from '../domain/kpis/index.js'
import { createWorkingDayCalendar } from '../domain/timescales/index.js'
import { auditScales, auditThemes } from '../features/case-audits/caseAuditCodes.js'
import { criteriaSchema } from '../features/case-audits/caseAuditSchemas.js'
import { generate, type Generated } from './generate.js'
import { simulateQualityRecords, type QualityRecordRows } from './qualityRecords.js'
import { streams } from './random.js'

const today = '2027-03-31'
const calendar = createWorkingDayCalendar({ from: 2010, to: 2040 })

function quality(g: Generated, seed = 7): QualityRecordRows {
  const stream = streams(seed)
  return simulateQualityRecords({ workforce: g.workforce, allocations: g.rows.allocations, cpPlans: g.rows.cpPlans, children: g.rows.children, rng: stream('quality-records'), ids: stream('quality-records-ids'), today })
}

describe('synthetic case audits and improvement plan (demo size)', () => {
  let g: Generated
  let q: QualityRecordRows
  beforeAll(() => {
    g = generate({ size: 'demo', seed: 7, today, calendar })
    q = quality(g)
  })

  it('is deterministic', () => {
    expect(quality(g)).toEqual(q)
  })

  it('has templates, a monthly random programme for 12 months and thematic audits, with criteria the sampler accepts', () => {
    expect(q.auditTemplates).toHaveLength(2)
    const random = q.auditProgrammes.filter((p) => p.kind === 'RANDOM')
    expect(random.map((p) => p.month)).toEqual(['2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01'])
    const thematic = q.auditProgrammes.filter((p) => p.kind === 'THEMATIC')
    expect(thematic.length).toBeGreaterThan(0)
    for (const p of thematic) expect(p.theme).toBeTruthy()
    for (const p of q.auditProgrammes) {
      expect(criteriaSchema.safeParse(p.criteria).success, p.name).toBe(true)
      expect(q.auditTemplates.some((t) => t.id === p.templateId)).toBe(true)
    }
  })

  it('samples children allocated on the first of the month, once per programme, naming their team and worker', () => {
    const programmes = new Map(q.auditProgrammes.map((p) => [p.id, p]))
    const keys = new Set(q.caseAudits.map((a) => `${a.programmeId}:${a.childId}`))
    expect(keys.size).toBe(q.caseAudits.length)
    for (const a of q.caseAudits) {
      const day = programmes.get(a.programmeId)!.month
      const live = g.rows.allocations.some((x) => x.childId === a.childId && x.teamId === a.teamId && x.workerId === a.workerId && x.startDate <= day && (x.endDate == null || x.endDate > day))
      expect(live, a.id).toBe(true)
    }
  })

  it('grades across outstanding … inadequate, moderates many (some regraded), and leaves some never done', () => {
    const done = q.caseAudits.filter((a) => a.status !== 'ASSIGNED')
    expect(new Set(done.map((a) => a.grade))).toEqual(new Set(codesOf(auditGrades)))
    const templates = new Map(q.auditTemplates.map((t) => [t.id, t.questions as { id: string; scale: keyof typeof auditScales }[]]))
    const programmes = new Map(q.auditProgrammes.map((p) => [p.id, p]))
    const themeCodes = new Set<string>(codesOf(auditThemes))
    for (const a of done) {
      // The database's checks: a completed audit has its grade and time; a moderated one its moderator and grade.
      expect(a.grade && a.completedAt && a.auditorId && a.findings).toBeTruthy()
      expect(a.completedAt!.toISOString().slice(0, 10) < today).toBe(true)
      const questions = templates.get(programmes.get(a.programmeId)!.templateId)!
      for (const question of questions) expect(codesOf(auditScales[question.scale])).toContain((a.answers as Record<string, string>)[question.id])
      for (const t of a.themes) expect(themeCodes.has(t)).toBe(true)
    }
    const moderated = q.caseAudits.filter((a) => a.status === 'MODERATED')
    expect(moderated.length).toBeGreaterThan(0)
    for (const a of moderated) expect(a.moderatedGrade && a.moderatorId && a.moderatedAt! > a.completedAt!).toBeTruthy()
    expect(moderated.some((a) => a.moderatedGrade !== a.grade)).toBe(true)
    const monthOf = new Map(q.auditProgrammes.map((p) => [p.id, p.month]))
    expect(q.caseAudits.some((a) => a.status === 'ASSIGNED' && monthOf.get(a.programmeId)! < '2027-02-01')).toBe(true)
    for (const a of q.caseAudits.filter((x) => x.status === 'ASSIGNED')) expect(a.grade ?? a.completedAt ?? a.auditorId).toBeNull()
  })

  it('tracks actions owned by the child’s worker, some done and some open past their due date', () => {
    const audits = new Map(q.caseAudits.map((a) => [a.id, a]))
    expect(q.caseAuditActions.length).toBeGreaterThan(0)
    for (const x of q.caseAuditActions) {
      const a = audits.get(x.caseAuditId)!
      expect(a.status).not.toBe('ASSIGNED')
      expect(x.childId).toBe(a.childId)
      expect(x.ownerId).toBe(a.workerId)
      expect(x.completedAt === null).toBe(x.status !== 'DONE')
    }
    expect(q.caseAuditActions.some((x) => x.status === 'OPEN' && x.dueOn < today)).toBe(true)
    expect(q.caseAuditActions.some((x) => x.status === 'DONE')).toBe(true)
  })

  it('records the 17 recommendations with actions: owners, due dates, RAG, evidence and links to KPIs that exist', () => {
    expect(q.improvementRecommendations.map((r) => r.reference)).toEqual(Array.from({ length: 17 }, (_, i) => `R${i + 1}`))
    const users = new Set(g.rows.users.map((u) => u.id))
    for (const r of q.improvementRecommendations) expect(q.improvementActions.filter((a) => a.recommendationId === r.id).length).toBeGreaterThan(0)
    for (const a of q.improvementActions) {
      expect(users.has(a.ownerId)).toBe(true)
      for (const id of a.kpiIds) expect(kpiById(id), id).toBeDefined()
    }
    expect(new Set(q.improvementActions.map((a) => a.rag))).toEqual(new Set(['RED', 'AMBER', 'GREEN']))
    expect(q.improvementActions.some((a) => a.rag === 'RED' && a.dueOn < today)).toBe(true)
    expect(q.improvementActions.some((a) => a.rag !== 'GREEN' && a.evidence === null)).toBe(true)
    expect(q.improvementActions.filter((a) => a.rag === 'GREEN').every((a) => a.evidence)).toBe(true)
    expect(q.improvementActions.some((a) => a.dueOn >= today)).toBe(true)
  })
})

describe('the demo seed loads the quality rows (PGlite)', () => {
  it('passes every check and foreign key, keeping the answers as JSON objects and every grade', async () => {
    const { openTestDatabase } = await import('../../test/db.js')
    const { seed } = await import('./load.js')
    const { sql } = await import('drizzle-orm')
    const database = await openTestDatabase('pglite')
    try {
      await seed(database, { size: 'demo', seed: 3, today })
      const q = quality(generate({ size: 'demo', seed: 3, today, calendar }), 3)
      const n = async (t: string) => Number((await database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${t}`))).rows[0]?.n)
      expect(await n('audit_templates')).toBe(q.auditTemplates.length)
      expect(await n('case_audits')).toBe(q.caseAudits.length)
      expect(await n('case_audit_actions')).toBe(q.caseAuditActions.length)
      expect(await n('improvement_actions')).toBe(q.improvementActions.length)
      const graded = await database.db.execute<{ grade: string }>(sql`select distinct coalesce(moderated_grade, grade) as grade from case_audits where grade is not null`)
      expect(graded.rows.length).toBe(4)
      const [answered] = (await database.db.execute<{ answers: Record<string, string> }>(sql`select answers from case_audits where answers is not null limit 1`)).rows
      expect(typeof answered!.answers).toBe('object')
      expect(answered!.answers.q1).toMatch(/^(OUTSTANDING|GOOD|REQUIRES_IMPROVEMENT|INADEQUATE)$/)
    } finally {
      await database.close()
    }
  }, 180_000)
})
