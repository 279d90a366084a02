import type { caseTypes } from '../../domain/codeLists/index.js'

export type CaseType = (typeof caseTypes)[number]['code']

/** A live allocation with the open records that give the child's case type. */
export type LiveCase = { workerId: string; childId: string; openCpPlan: boolean; openCinEpisode: boolean; inCare?: boolean; careLeaver?: boolean }

export type CaseloadLine = { children: number; byType: Record<CaseType, number>; weighted: number; overThreshold: boolean }

/**
 * Each child counts once, as its most serious open type: a CP plan sits inside a CIN episode, so a
 * child on a plan is a CP case, not a CP and a CIN case. A child in care counts as CLA whatever else
 * is open (the care plan is the plan); a care leaver not in care counts as a care leaver. A child
 * with no open episode still counts as a child, at weight 1.
 */
export function caseTypeOf(c: LiveCase): CaseType | null {
  if (c.inCare) return 'CLA'
  if (c.careLeaver) return 'CARE_LEAVER'
  if (c.openCpPlan) return 'CP'
  return c.openCinEpisode ? 'CIN' : null
}

const noCases = (): Record<CaseType, number> => ({ CIN: 0, CP: 0, CLA: 0, CARE_LEAVER: 0, ASSESSMENT: 0 })

/**
 * Caseloads counted from live allocations only, never typed in (Leicestershire 2016: the caseload
 * figures did not reflect what was allocated). A missing weight is 1; over threshold means more
 * children than the team's caseload threshold.
 */
export function countCaseloads(workerIds: readonly string[], cases: readonly LiveCase[], weights: Partial<Record<CaseType, number>>, threshold: number): Map<string, CaseloadLine> {
  const lines = new Map<string, CaseloadLine>(workerIds.map((id) => [id, { children: 0, byType: noCases(), weighted: 0, overThreshold: false }]))
  const seen = new Set<string>()
  for (const c of cases) {
    const line = lines.get(c.workerId)
    const key = `${c.workerId}:${c.childId}`
    if (!line || seen.has(key)) continue
    seen.add(key)
    const type = caseTypeOf(c)
    line.children += 1
    if (type) line.byType[type] += 1
    line.weighted += type ? (weights[type] ?? 1) : 1
  }
  for (const line of lines.values()) {
    line.weighted = Math.round(line.weighted * 100) / 100
    line.overThreshold = line.children > threshold
  }
  return lines
}

/** FTE in post, vacancies, agency, ASYE and staff away today, for the team header. */
export type StaffFacts = { fte: number; employment: string; asye: boolean; awayFrom: string | null; awayUntil: string | null }

export function teamStaffing(staff: readonly StaffFacts[], fundedFte: number | null, today: string) {
  const fteInPost = Math.round(staff.reduce((sum, s) => sum + s.fte, 0) * 100) / 100
  return {
    fteInPost,
    fundedFte,
    vacancies: fundedFte === null ? null : Math.max(0, Math.round((fundedFte - fteInPost) * 100) / 100),
    agency: staff.filter((s) => s.employment === 'AGENCY').length,
    asye: staff.filter((s) => s.asye).length,
    awayToday: staff.filter((s) => s.awayFrom !== null && s.awayFrom <= today && (s.awayUntil === null || s.awayUntil >= today)).length,
  }
}
