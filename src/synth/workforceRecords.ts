/**
 * Staff profiles, team establishments, caseload weights, supervision, training and management
 * oversight (issue 6 part 7), as a pass after the casework with its own random streams, like
 * court.ts, so everything drawn before is unchanged.
 *
 * - Staff profiles for every case holder, manager and reviewing officer: FTE mostly 1, some part
 *   time; about 15% agency, with one planted team far higher; about 10% ASYE, supervised every 14
 *   days (others every 28); start dates over the last 10 years, never after the worker's first
 *   allocation unless ASYE; a few away today. Leavers in the last 2 years are added as inactive
 *   users with a leaving reason, so turnover has something to count.
 * - Team establishments: funded FTE at or above the FTE in post, so most teams carry vacancies.
 * - Supervision for each active case holder at about their frequency over the last 6 months, each
 *   session discussing 1–3 children allocated to that worker on that day, with actions owned by the
 *   worker. Planted: workers whose supervision stopped (overdue), open actions past their due date.
 * - Training: the ASYE programme for ASYE workers, management development for team managers; some
 *   sessions overdue.
 * - Oversight for most authorised assessments and step-down decisions; the rest are planted gaps.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { plusDays } from './days.js'
import { namesByHeritage } from './names.js'
import type { Rng } from './random.js'
import type {
  AllocationRow,
  AssessmentRow,
  CaseloadWeightRow,
  OversightRow,
  StaffProfileRow,
  StepDownRow,
  SupervisionActionRow,
  SupervisionDiscussionRow,
  SupervisionSessionRow,
  TeamEstablishmentRow,
  TrainingRow,
  UserRow,
} from './rows.js'
import { londonInstant } from './time.js'
import { DEMO_EMAIL_DOMAIN, type Workforce } from './workforce.js'

export type WorkforceRecordRows = {
  staffProfiles: StaffProfileRow[]
  teamEstablishments: TeamEstablishmentRow[]
  caseloadWeights: CaseloadWeightRow[]
  supervisionSessions: SupervisionSessionRow[]
  supervisionCaseDiscussions: SupervisionDiscussionRow[]
  supervisionActions: SupervisionActionRow[]
  trainingRecords: TrainingRow[]
  oversightRecords: OversightRow[]
}

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

const profiledRoles = new Set(['social_worker', 'personal_adviser', 'front_door', 'team_manager', 'iro', 'service_manager'])
const caseHolderRoles = new Set(['social_worker', 'personal_adviser'])

const reflections = [
  'Reflected on workload and wellbeing; caseload manageable. Discussed a difficult home visit and what helped.',
  'Discussed learning from a recent audit and how to evidence the child’s voice in recording.',
  'Worker feels stretched this month; two cases to be reviewed for reallocation. Agreed protected recording time.',
  'Talked through the use of chronologies in assessment and the worker’s development goals.',
  'Reflective discussion on working with resistant parents; agreed reading and a practice observation.',
]
const discussions = [
  'Reviewed progress against the plan; the child was seen alone at the last visit.',
  'Considered the latest school and health information; risks are unchanged.',
  'Discussed drift: actions from the last review are not done. Agreed a clear timescale.',
  'Considered whether threshold for a strategy discussion is met; not at present, to keep under review.',
  'Reviewed the child’s views from direct work and how they shape the plan.',
]
const decisionsText = [
  'Continue the current plan; review at the next supervision.',
  'Update the assessment within four weeks.',
  'Convene a professionals’ meeting before the review.',
  'Seek legal advice on the threshold for pre-proceedings.',
  'Consider step-down at the next review if progress holds.',
]
const actionsText = [
  'Update the chronology.',
  'Complete direct work with the child and record their views.',
  'Arrange a professionals’ meeting.',
  'Chase the health assessment.',
  'Send the updated plan to the family.',
]
const oversightNotes = [
  'Read the assessment; analysis is sound and the recommendation follows from it. Authorised.',
  'Agree with the decision; the child’s voice is clear. Next steps and timescales set.',
  'Reviewed the evidence; decision is proportionate. Actions agreed with the worker.',
]
const asyeSessions: readonly (readonly [string, number])[] = [
  ['ASYE induction and learning agreement', 14],
  ['ASYE three-month review', 90],
  ['ASYE six-month review', 180],
  ['ASYE final assessment panel', 330],
]
const managementSessions = ['Leading supervision', 'Managing performance and workload', 'Quality assurance for managers']

export function simulateWorkforceRecords(input: {
  workforce: Workforce
  iroIds: readonly string[]
  allocations: readonly AllocationRow[]
  assessments: readonly AssessmentRow[]
  stepDowns: readonly StepDownRow[]
  rng: Rng
  ids: Rng
  today: IsoDate
  passwordHash: string
}): WorkforceRecordRows & { leavers: UserRow[] } {
  const { workforce, rng, ids, today } = input
  const rows: WorkforceRecordRows = {
    staffProfiles: [],
    teamEstablishments: [],
    caseloadWeights: defaultCaseloadWeights.map((w) => ({ ...w })),
    supervisionSessions: [],
    supervisionCaseDiscussions: [],
    supervisionActions: [],
    trainingRecords: [],
    oversightRecords: [],
  }
  const leavers: UserRow[] = []
  const at = (date: IsoDate) => londonInstant(date, rng.int(9 * 60, 17 * 60))
  const yesterday = plusDays(today, -1)

  const byWorker = new Map<string, AllocationRow[]>()
  for (const a of input.allocations) {
    const list = byWorker.get(a.workerId)
    if (list) list.push(a)
    else byWorker.set(a.workerId, [a])
  }
  const firstAllocated = (userId: string): IsoDate | null => {
    let first: IsoDate | null = null
    for (const a of byWorker.get(userId) ?? []) if (first === null || a.startDate < first) first = a.startDate
    return first
  }
  // The planted high-agency team: the last child protection team (or the last team).
  const cpTeams = workforce.byService.get('child_protection') ?? []
  const agencyTeam = (cpTeams[cpTeams.length - 1] ?? workforce.teamInfo[workforce.teamInfo.length - 1])?.id
  const userById = new Map(workforce.users.map((u) => [u.id, u]))
  const serviceManager = workforce.demo.service_manager
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
    rows.staffProfiles.push(profile)
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
    rows.staffProfiles.push({
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
    rows.teamEstablishments.push({ teamId: team.id, fundedFte: (fte + vacancies).toFixed(2) })
  }

  // Supervision over the last 6 months for each active case holder, by their team manager.
  const from = plusDays(today, -182)
  for (const team of workforce.teamInfo) {
    for (const workerId of team.workerIds) {
      const profile = profileOf.get(workerId)
      const user = userById.get(workerId)
      if (!profile || !user || !caseHolderRoles.has(user.role)) continue
      const every = profile.supervisionEveryDays
      const stopped = rng.chance(workforceRates.supervisionStopped)
      const stopAfter = stopped ? plusDays(today, -rng.int(every + 21, every + 90)) : yesterday
      const allocated = byWorker.get(workerId) ?? []
      let held = plusDays(from, rng.int(0, every - 1))
      while (held <= stopAfter && held <= yesterday) {
        if (held >= profile.startedOn) {
          const session: SupervisionSessionRow = {
            id: ids.uuid(),
            superviseeId: workerId,
            supervisorId: team.managerId,
            heldOn: held,
            reflectiveDiscussion: rng.pick(reflections),
            createdAt: at(held),
          }
          rows.supervisionSessions.push(session)
          const live = allocated.filter((a) => a.startDate <= held && (a.endDate == null || a.endDate > held))
          const childIds = [...new Set(live.map((a) => a.childId))]
          const discussed = rng.int(1, 3)
          for (let k = 0; k < discussed && childIds.length > 0; k++) {
            const childId = childIds.splice(rng.int(0, childIds.length - 1), 1)[0] as string
            const discussion: SupervisionDiscussionRow = {
              id: ids.uuid(),
              sessionId: session.id,
              childId,
              discussion: rng.pick(discussions),
              decisions: rng.pick(decisionsText),
              createdAt: session.createdAt,
            }
            rows.supervisionCaseDiscussions.push(discussion)
            const actions = rng.int(0, 2)
            for (let j = 0; j < actions; j++) {
              const dueOn = plusDays(held, rng.int(10, 42))
              const status = dueOn >= today ? 'OPEN' : rng.chance(workforceRates.actionOverdue) ? 'OPEN' : 'DONE'
              rows.supervisionActions.push({ id: ids.uuid(), caseDiscussionId: discussion.id, childId, action: rng.pick(actionsText), ownerId: workerId, dueOn, status })
            }
          }
        }
        held = plusDays(held, every + (rng.chance(workforceRates.supervisionLate) ? rng.int(5, 14) : rng.int(-2, 2)))
      }
    }
  }

  // Training: the ASYE programme and management development, some sessions missed.
  const train = (userId: string, programme: string, title: string, dueOn: IsoDate, createdBy: string) => {
    const attended = dueOn < today && !rng.chance(workforceRates.trainingMissed)
    rows.trainingRecords.push({ id: ids.uuid(), userId, programme, title, dueOn, attendedOn: attended ? plusDays(dueOn, -rng.int(0, 7)) : null, createdBy, createdAt: at(plusDays(dueOn, -60)) })
  }
  for (const team of workforce.teamInfo) {
    for (const workerId of team.workerIds) {
      const profile = profileOf.get(workerId)
      if (!profile?.asye) continue
      for (const [title, day] of asyeSessions) train(workerId, 'ASYE', title, plusDays(profile.startedOn, day), team.managerId)
    }
    managementSessions.forEach((title, k) => train(team.managerId, 'MANAGEMENT', title, plusDays(today, -300 + k * 120 + rng.int(0, 30)), serviceManager))
  }

  // Oversight at assessment authorisation and step-down decisions; the rest are planted gaps.
  for (const a of input.assessments) {
    if (!a.authorisedOn || !a.authorisedBy || !rng.chance(workforceRates.oversight)) continue
    rows.oversightRecords.push({ id: ids.uuid(), childId: a.childId, point: 'ASSESSMENT_AUTHORISATION', entityType: 'assessment', entityId: a.id as string, note: rng.pick(oversightNotes), recordedBy: a.authorisedBy, recordedAt: at(a.authorisedOn) })
  }
  for (const s of input.stepDowns) {
    if (!s.decision || !s.decidedBy || !s.decidedAt || !rng.chance(workforceRates.oversight)) continue
    rows.oversightRecords.push({ id: ids.uuid(), childId: s.childId, point: 'STEP_DOWN', entityType: 'step_down', entityId: s.id as string, note: rng.pick(oversightNotes), recordedBy: s.decidedBy, recordedAt: s.decidedAt })
  }
  return { ...rows, leavers }
}
