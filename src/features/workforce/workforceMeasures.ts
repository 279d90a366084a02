/**
 * The workforce measures over time (issue 6 part 2): turnover, agency rate, vacancy rate and average
 * caseload, each at the end of each of the last 12 months. Pure: the staff facts and the live
 * allocation counts come in, the figures go out.
 *
 * - Turnover: leavers in the 12 months to the month end ÷ the average of the headcount at the start
 *   and at the end of those 12 months (the DfE workforce statistics' turnover rate).
 * - Agency rate: agency FTE ÷ all FTE in post at the month end.
 * - Vacancy rate: (funded FTE − FTE in post) ÷ funded FTE, never below 0. Cairn keeps one funded
 *   establishment per team, not its history, so every month is measured against today's.
 * - Average caseload: live allocations ÷ case-holding FTE in post at the month end.
 */
import { addDays as plusDays } from '../../domain/timescales/index.js'

export type StaffFact = {
  userId: string
  role: string
  fte: number
  employment: string
  startedOn: string
  leftOn: string | null
}

export type MonthFigures = {
  month: string
  /** The day measured: the month's last day, or today for the current month. */
  asAt: string
  headcount: number
  fteInPost: number
  leavers12m: number
  turnover: number | null
  agencyFte: number
  agencyRate: number | null
  fundedFte: number | null
  vacancyFte: number | null
  vacancyRate: number | null
  liveAllocations: number
  caseHoldingFte: number
  averageCaseload: number | null
}

export const caseHoldingRoles: readonly string[] = ['social_worker', 'team_manager', 'personal_adviser']

/** The last day of each of the `count` months up to and including today's, oldest first (today for the current month). */
export function monthEnds(today: string, count = 12): { month: string; asAt: string }[] {
  const [y, m] = today.split('-').map(Number) as [number, number]
  const out: { month: string; asAt: string }[] = []
  for (let k = count - 1; k >= 0; k--) {
    const index = y * 12 + (m - 1) - k
    const year = Math.floor(index / 12)
    const month = (index % 12) + 1
    const next = `${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`
    const last = plusDays(next, -1)
    out.push({ month: `${year}-${String(month).padStart(2, '0')}`, asAt: last < today ? last : today })
  }
  return out
}

const inPost = (s: StaffFact, day: string) => s.startedOn <= day && (s.leftOn === null || s.leftOn > day)
const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places
const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 4) : null)

export function workforceMeasures(input: {
  staff: readonly StaffFact[]
  fundedFte: number | null
  /** Live allocations at the end of each month, by `asAt` date. */
  liveAllocations: ReadonlyMap<string, number>
  months: readonly { month: string; asAt: string }[]
}): MonthFigures[] {
  return input.months.map(({ month, asAt }) => {
    const yearBefore = plusDays(asAt, -365)
    const now = input.staff.filter((s) => inPost(s, asAt))
    const then = input.staff.filter((s) => inPost(s, yearBefore)).length
    const leavers12m = input.staff.filter((s) => s.leftOn !== null && s.leftOn > yearBefore && s.leftOn <= asAt).length
    const fteInPost = round(now.reduce((sum, s) => sum + s.fte, 0))
    const agencyFte = round(now.filter((s) => s.employment === 'AGENCY').reduce((sum, s) => sum + s.fte, 0))
    const caseHoldingFte = round(now.filter((s) => caseHoldingRoles.includes(s.role)).reduce((sum, s) => sum + s.fte, 0))
    const liveAllocations = input.liveAllocations.get(asAt) ?? 0
    const vacancyFte = input.fundedFte === null ? null : round(Math.max(0, input.fundedFte - fteInPost))
    return {
      month,
      asAt,
      headcount: now.length,
      fteInPost,
      leavers12m,
      turnover: ratio(leavers12m, (then + now.length) / 2),
      agencyFte,
      agencyRate: ratio(agencyFte, fteInPost),
      fundedFte: input.fundedFte,
      vacancyFte,
      vacancyRate: input.fundedFte === null || vacancyFte === null ? null : ratio(vacancyFte, input.fundedFte),
      liveAllocations,
      caseHoldingFte,
      averageCaseload: caseHoldingFte > 0 ? round(liveAllocations / caseHoldingFte, 1) : null,
    }
  })
}

const percent = (n: number | null) => (n === null ? 'not known' : `${round(n * 100, 1)}%`)

/** A plain-language summary of the latest month against the first, for the page's opening paragraph. */
export function summariseMeasures(months: readonly MonthFigures[]): string {
  const first = months[0]
  const last = months[months.length - 1]
  if (!first || !last) return 'No workforce figures yet.'
  return [
    `At ${last.asAt}: ${last.headcount} staff in post (${last.fteInPost} FTE).`,
    `Turnover over the last 12 months was ${percent(last.turnover)} (${last.leavers12m} leavers), against ${percent(first.turnover)} a year before that month.`,
    `Agency staff make up ${percent(last.agencyRate)} of FTE in post (${percent(first.agencyRate)} in ${first.month}).`,
    `The vacancy rate is ${percent(last.vacancyRate)}${last.vacancyFte === null ? '' : ` (${last.vacancyFte} FTE unfilled)`}.`,
    `The average caseload is ${last.averageCaseload ?? 'not known'} children per case-holding FTE (${first.averageCaseload ?? 'not known'} in ${first.month}).`,
  ].join(' ')
}
