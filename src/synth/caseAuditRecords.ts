/**
 * Case audits (issue 6 part 5; Leicester 2015 and 2016: leaders did not know the quality of
 * practice). The QA team's two templates; a monthly random sample for each of the last 12 months
 * (about 1% of the children allocated on the first of the month) and two thematic audits (neglect,
 * child sexual exploitation); each audit done by the child's team manager, many moderated by the QA
 * officer, with actions owned by the worker. Planted, so every list has something to show: grades
 * across outstanding … inadequate, worse in the high-agency team and improving over the year;
 * audits never done; moderation that changes the grade; actions open past their due date.
 */
import { auditThemes } from '../features/case-audits/caseAuditCodes.js'
import type { IsoDate } from '../domain/timescales/index.js'
import { plusDays } from './days.js'
import { monthStart, type AuditProgrammeRow, type AuditTemplateRow, type CaseAuditActionRow, type CaseAuditRow, type QualityInput } from './qualityRows.js'
import type { Rng } from './random.js'
import type { AllocationRow } from './rows.js'
import { londonInstant } from './time.js'
import { auditActionTexts, findingsByGrade, moderationNotes, neglectQuestions, practiceQuestions } from './qualityText.js'

type Grade = keyof typeof findingsByGrade
const grades: readonly Grade[] = ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE']

export const auditRates = {
  /** Share of the children allocated on the first of the month in each monthly sample (bounds below). */
  sample: 0.01,
  minSample: 4,
  maxSample: 60,
  /** Older audits never done (planted). */
  neverDone: 0.05,
  moderated: 0.5,
  /** Moderation that moves the grade by one step. */
  regraded: 0.2,
  /** Actions past their due date still open (planted). */
  actionOverdue: 0.25,
  actionDropped: 0.03,
}

/** Weights for the overall grade: practice improves over the year; the high-agency team is worse. */
function gradeWeights(monthIndex: number, weakTeam: boolean): readonly (readonly [Grade, number])[] {
  return [
    ['OUTSTANDING', 3 + monthIndex * 0.3],
    ['GOOD', 25 + monthIndex * 2],
    ['REQUIRES_IMPROVEMENT', 45 - monthIndex],
    ['INADEQUATE', Math.max(5, 27 - monthIndex * 1.3) + (weakTeam ? 20 : 0)],
  ]
}

const step = (g: Grade, by: number): Grade => grades[Math.min(3, Math.max(0, grades.indexOf(g) + by))] as Grade

/** Draws `n` distinct items without replacement (a partial Fisher–Yates shuffle of a copy). */
function sample<T>(items: readonly T[], n: number, rng: Rng): T[] {
  const copy = [...items]
  const k = Math.min(n, copy.length)
  for (let i = 0; i < k; i++) {
    const j = rng.int(i, copy.length - 1)
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy.slice(0, k)
}

export function simulateCaseAudits(input: QualityInput) {
  const { workforce, rng, ids, today } = input
  const qa = workforce.demo.qa_officer
  const yesterday = plusDays(today, -1)
  const at = (date: IsoDate) => londonInstant(date, rng.int(9 * 60, 17 * 60))
  const managerOf = new Map(workforce.teamInfo.map((t) => [t.id, t.managerId]))
  const cpTeams = workforce.byService.get('child_protection') ?? []
  const weakTeam = (cpTeams[cpTeams.length - 1] ?? workforce.teamInfo[workforce.teamInfo.length - 1])?.id
  const firstMonth = monthStart(today, -11)

  const templates: AuditTemplateRow[] = [
    { id: ids.uuid(), name: 'Monthly practice audit', questions: practiceQuestions.map((q) => ({ ...q })), createdBy: qa, createdAt: at(plusDays(firstMonth, -20)), retiredAt: null },
    { id: ids.uuid(), name: 'Neglect thematic audit', questions: neglectQuestions.map((q) => ({ ...q })), createdBy: qa, createdAt: at(plusDays(firstMonth, -10)), retiredAt: null },
  ]
  const [practice, neglect] = templates as [AuditTemplateRow, AuditTemplateRow]
  const programmes: AuditProgrammeRow[] = []
  const audits: CaseAuditRow[] = []
  const actions: CaseAuditActionRow[] = []

  /** Children with a live allocation on a day: one allocation each (the first found). */
  const liveOn = (day: IsoDate): AllocationRow[] => {
    const seen = new Set<string>()
    return input.allocations.filter((a) => a.startDate <= day && (a.endDate == null || a.endDate > day) && !seen.has(a.childId) && seen.add(a.childId))
  }
  const ageOn = new Map(input.children.map((c) => [c.id, c.dateOfBirth]))
  const age = (childId: string, day: IsoDate) => {
    const dob = ageOn.get(childId)
    return dob ? Number(day.slice(0, 4)) - Number(dob.slice(0, 4)) - (day.slice(5) < dob.slice(5) ? 1 : 0) : -1
  }

  function audit(programme: AuditProgrammeRow, template: AuditTemplateRow, a: AllocationRow, monthIndex: number, theme: string | null) {
    const monthsAgo = 11 - monthIndex
    const month = programme.month
    const base: CaseAuditRow = {
      id: ids.uuid(), programmeId: programme.id, childId: a.childId, teamId: a.teamId, workerId: a.workerId, auditorId: null, status: 'ASSIGNED', answers: null,
      grade: null, findings: null, themes: [], completedAt: null, moderatorId: null, moderatedGrade: null, moderationNote: null, moderatedAt: null,
    }
    audits.push(base)
    const done = monthsAgo === 0 ? rng.chance(0.3) : monthsAgo === 1 ? rng.chance(0.75) : !rng.chance(auditRates.neverDone)
    const completedOn = plusDays(month, rng.int(5, 27))
    if (!done || completedOn > yesterday) return
    const grade = rng.weighted(gradeWeights(monthIndex, a.teamId === weakTeam))
    const good = grade === 'OUTSTANDING' || grade === 'GOOD'
    const questions = template.questions as readonly { id: string; scale: string }[]
    base.answers = Object.fromEntries(questions.map((q) => [q.id, q.scale === 'GRADE' ? (rng.chance(0.3) ? step(grade, rng.chance(0.5) ? 1 : -1) : grade) : rng.chance(good ? 0.9 : 0.35) ? 'YES' : 'NO']))
    base.status = 'COMPLETED'
    base.grade = grade
    base.findings = rng.pick(findingsByGrade[grade])
    const found = new Set<string>(theme ? [theme] : [])
    for (let k = rng.int(good ? 0 : 1, 3); k > 0; k--) found.add(rng.pick(auditThemes).code)
    base.themes = [...found]
    base.auditorId = managerOf.get(a.teamId) ?? qa
    base.completedAt = at(completedOn)
    const moderatedOn = plusDays(completedOn, rng.int(3, 20))
    if (monthsAgo >= 1 && moderatedOn <= yesterday && rng.chance(auditRates.moderated)) {
      const regraded = rng.chance(auditRates.regraded)
      base.status = 'MODERATED'
      base.moderatorId = qa
      base.moderatedGrade = regraded ? step(grade, rng.chance(0.7) ? 1 : -1) : grade
      base.moderationNote = regraded ? (moderationNotes[1] as string) : rng.pick([moderationNotes[0], moderationNotes[2]] as string[])
      base.moderatedAt = at(moderatedOn)
    }
    const count = grade === 'INADEQUATE' ? rng.int(2, 3) : grade === 'REQUIRES_IMPROVEMENT' ? rng.int(1, 2) : rng.int(0, 1)
    for (let j = 0; j < count; j++) {
      const dueOn = plusDays(completedOn, rng.int(14, 42))
      const overdue = dueOn < today && rng.chance(auditRates.actionOverdue)
      const status = dueOn >= today || overdue ? 'OPEN' : rng.chance(auditRates.actionDropped) ? 'DROPPED' : 'DONE'
      const doneOn = status === 'DONE' ? [plusDays(dueOn, rng.int(-10, 7))].map((d) => (d > yesterday ? yesterday : d < completedOn ? completedOn : d))[0]! : null
      actions.push({ id: ids.uuid(), caseAuditId: base.id, childId: a.childId, action: rng.pick(auditActionTexts), ownerId: a.workerId, dueOn, status, completedAt: doneOn ? at(doneOn) : null })
    }
  }

  for (let m = 0; m < 12; m++) {
    const month = monthStart(today, m - 11)
    const live = liveOn(month)
    const n = Math.max(auditRates.minSample, Math.min(auditRates.maxSample, Math.round(live.length * auditRates.sample)))
    const programme: AuditProgrammeRow = {
      id: ids.uuid(), name: `Monthly random sample ${month.slice(0, 7)}`, kind: 'RANDOM', theme: null, templateId: practice.id, month, seed: 1000 + m,
      criteria: { population: 'OPEN', sizeKind: 'NUMBER', sizeValue: n }, createdBy: qa, createdAt: at(plusDays(month, -3)),
    }
    programmes.push(programme)
    for (const a of sample(live, n, rng)) audit(programme, practice, a, m, null)
  }

  // Thematic audits: neglect (children on a CP plan under the neglect category), and CSE (young people aged 10 to 15).
  const thematic = [
    { m: 7, name: 'Neglect thematic audit', theme: 'Neglect', code: 'NEGLECT', template: neglect, criteria: { population: 'OPEN', planType: 'CP', cpCategory: 'NEG' }, fits: (a: AllocationRow, day: IsoDate) => input.cpPlans.some((p) => p.childId === a.childId && p.initialCategory === 'NEG' && p.startDate <= day && (p.endDate == null || p.endDate > day)) },
    { m: 9, name: 'Child sexual exploitation thematic audit', theme: 'Child sexual exploitation', code: 'CSE', template: practice, criteria: { population: 'OPEN', ageBand: 'AGE_10_15' }, fits: (a: AllocationRow, day: IsoDate) => age(a.childId, day) >= 10 && age(a.childId, day) <= 15 },
  ] as const
  for (const t of thematic) {
    const month = monthStart(today, t.m - 11)
    const cohort = liveOn(month).filter((a) => t.fits(a, month))
    const n = Math.min(12, cohort.length)
    if (n === 0) continue
    const programme: AuditProgrammeRow = {
      id: ids.uuid(), name: `${t.name} ${month.slice(0, 7)}`, kind: 'THEMATIC', theme: t.theme, templateId: t.template.id, month, seed: 2000 + t.m,
      criteria: { ...t.criteria, sizeKind: 'NUMBER', sizeValue: n }, createdBy: qa, createdAt: at(plusDays(month, -3)),
    }
    programmes.push(programme)
    for (const a of sample(cohort, n, rng)) audit(programme, t.template, a, t.m, t.code)
  }
  return { auditTemplates: templates, auditProgrammes: programmes, caseAudits: audits, caseAuditActions: actions }
}
