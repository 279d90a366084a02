/**
 * Staff profiles, leavers and team establishments (issue 6 parts 2 and 7):
 * - every case holder, manager and reviewing officer: FTE mostly 1, some part time; about 15%
 *   agency, with one planted team far higher; about 10% ASYE, supervised every 14 days (others
 *   every 28); start dates over the last 10 years, never after the worker's first allocation unless
 *   ASYE; a few away today;
 * - leavers in the last 2 years, added as inactive users with a leaving reason, so turnover has
 *   something to count;
 * - establishments: funded FTE at or above the FTE in post, so most teams carry vacancies.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { plusDays } from './days.js'
import { namesByHeritage } from './names.js'
import type { Rng } from './random.js'
import type { AllocationRow, StaffProfileRow, TeamEstablishmentRow, UserRow } from './rows.js'
import { DEMO_EMAIL_DOMAIN, type Workforce } from './workforce.js'
import { caseHolderRoles, leavingReasons, profiledRoles, workforceRates } from './workforceRates.js'

export type StaffInput = {
  workforce: Workforce
  iroIds: readonly string[]
  byWorker: ReadonlyMap<string, readonly AllocationRow[]>
  rng: Rng
  ids: Rng
  today: IsoDate
  passwordHash: string
}

export function simulateStaff(input: StaffInput) {
  const { workforce, rng, ids, today, byWorker } = input
  const staffProfiles: StaffProfileRow[] = []
  const teamEstablishments: TeamEstablishmentRow[] = []
  const leavers: UserRow[] = []
  const firstAllocated = (userId: string): IsoDate | null => {
    let first: IsoDate | null = null
    for (const a of byWorker.get(userId) ?? []) if (first === null || a.startDate < first) first = a.startDate
    return first
  }
  // The planted high-agency team: the last child protection team (or the last team).
  const cpTeams = workforce.byService.get('child_protection') ?? []
  const agencyTeam = (cpTeams[cpTeams.length - 1] ?? workforce.teamInfo[workforce.teamInfo.length - 1])?.id
  const iros = new Set(input.iroIds)

  const profiled = workforce.users.filter((u) => profiledRoles.has(u.role) || iros.has(u.id))
  const profileOf = new Map<string, StaffProfileRow>()
  for (const user of profiled) {
    const asye = caseHolderRoles.has(user.role) && rng.chance(workforceRates.asye)
    const drawn = plusDays(today, -rng.int(asye ? 30 : 380, asye ? 330 : 3650))
    const first = firstAllocated(user.id)
    const startedOn = !asye && first !== null && first < drawn ? plusDays(first, -rng.int(0, 60)) : drawn
    const agencyShare = user.teamId === agencyTeam ? workforceRates.agencyPlanted : workforceRates.agency
    const employment = user.role === 'service_manager' ? 'PERMANENT' : rng.chance(agencyShare) ? 'AGENCY' : rng.chance(workforceRates.fixedTerm) ? 'FIXED_TERM' : 'PERMANENT'
    const fte = rng.chance(workforceRates.partTime) ? rng.pick(['0.50', '0.60', '0.80']) : '1.00'
    const away = rng.chance(workforceRates.awayToday)
    const profile: StaffProfileRow = {
      userId: user.id,
      fte,
      employment,
      asye,
      // Synthetic registration numbers in the Social Work England shape (SW then digits).
      socialWorkEnglandNumber: `SW${String(100000 + profiled.indexOf(user))}`,
      startedOn,
      leftOn: null,
      leavingReason: null,
      awayFrom: away ? plusDays(today, -rng.int(3, 60)) : null,
      awayUntil: away ? plusDays(today, rng.int(7, 90)) : null,
      supervisionEveryDays: asye ? 14 : 28,
    }
    staffProfiles.push(profile)
    profileOf.set(user.id, profile)
  }

  // Leavers in the last 2 years: inactive users in the teams they left.
  const inPost = profiled.filter((u) => u.teamId && caseHolderRoles.has(u.role))
  const leaverCount = Math.round(inPost.length * workforceRates.leavers)
  for (let n = 1; n <= leaverCount; n++) {
    const like = rng.pick(inPost)
    const set = namesByHeritage[rng.pick(['british', 'indian', 'african', 'caribbean', 'eastEuropean'] as const)]
    const id = ids.uuid()
    const leftOn = plusDays(today, -rng.int(1, 730))
    const startedOn = plusDays(leftOn, -rng.int(120, 2500))
    leavers.push({
      id,
      email: `leaver${n}@${DEMO_EMAIL_DOMAIN}`,
      displayName: `${rng.pick(rng.chance(0.7) ? set.female : set.male)} ${rng.pick(set.surnames)}`,
      role: like.role,
      teamId: like.teamId ?? null,
      passwordHash: input.passwordHash,
      active: false,
      isDemo: true,
    })
    staffProfiles.push({
      userId: id,
      fte: rng.chance(workforceRates.partTime) ? '0.80' : '1.00',
      employment: rng.chance(like.teamId === agencyTeam ? workforceRates.agencyPlanted : workforceRates.agency * 1.5) ? 'AGENCY' : 'PERMANENT',
      asye: false,
      socialWorkEnglandNumber: `SW${String(900000 + n)}`,
      startedOn,
      leftOn,
      leavingReason: rng.weighted(leavingReasons),
      awayFrom: null,
      awayUntil: null,
      supervisionEveryDays: 28,
    })
  }

  // Establishments: funded FTE is the FTE in post plus vacancies (some teams carry several).
  for (const team of workforce.teamInfo) {
    let fte = 0
    for (const u of profiled) if (u.teamId === team.id) fte += Number(profileOf.get(u.id)?.fte ?? 0)
    const vacancies = rng.chance(0.3) ? rng.int(0, 1) * 0.5 : rng.chance(0.7) ? rng.int(2, 4) * 0.5 : rng.int(5, 8) * 0.5
    teamEstablishments.push({ teamId: team.id, fundedFte: (fte + vacancies).toFixed(2) })
  }
  return { staffProfiles, teamEstablishments, leavers, profileOf }
}
