/**
 * The rates and starting configuration of the synthetic workforce (issue 6 part 7): how many staff
 * are agency, part time, ASYE or away, how many leave, and the planted gaps in supervision,
 * training and oversight. Realistic for a council like Leicester's in 2015–17.
 */
import type { CaseloadWeightRow } from './rows.js'

export const workforceRates = {
  partTime: 0.12,
  agency: 0.15,
  /** The planted team that leans on agency staff. */
  agencyPlanted: 0.6,
  fixedTerm: 0.05,
  asye: 0.1,
  /** Leavers over the last 2 years, as a share of the staff in post (about 15% a year). */
  leavers: 0.3,
  awayToday: 0.04,
  /** Workers whose supervision stopped some weeks ago (planted: overdue). */
  supervisionStopped: 0.12,
  /** Sessions that slip by a week or two. */
  supervisionLate: 0.15,
  /** Actions still open after their due date. */
  actionOverdue: 0.2,
  trainingMissed: 0.2,
  /** Decision points with a manager's oversight recorded; the rest are planted gaps. */
  oversight: 0.85,
}

/** The caseload weights a council starts with (issue 6 part 2; configurable). */
export const defaultCaseloadWeights: CaseloadWeightRow[] = [
  { caseType: 'CIN', weight: '1.00' },
  { caseType: 'CP', weight: '1.50' },
  { caseType: 'CLA', weight: '1.50' },
  { caseType: 'CARE_LEAVER', weight: '1.00' },
  { caseType: 'ASSESSMENT', weight: '1.00' },
]

/** Leaving reasons as the DfE workforce census codes them (ReasonLeave), weighted. */
export const leavingReasons = [
  ['Resignation', 60],
  ['Retired', 10],
  ['Moved to a non-child and family social work role within the LA', 10],
  ['Dismissed', 3],
  ['Voluntary redundancy', 2],
  ['Other', 10],
  ['Not known', 5],
] as const

/** Roles that get a staff profile, and the roles that hold cases (and so are supervised on cases). */
export const profiledRoles = new Set(['social_worker', 'personal_adviser', 'front_door', 'team_manager', 'iro', 'service_manager'])
export const caseHolderRoles = new Set(['social_worker', 'personal_adviser'])
