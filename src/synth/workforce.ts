/**
 * Teams and users of the synthetic council: one demo login per role (ARCHITECTURE.md §4: "demo logins
 * for each role are printed at start-up") and a bulk workforce sized from domain.md §4.4 (about 230
 * social work FTE for a Leicester-sized council, roughly one team manager to eight workers).
 */
import { roles, type Role } from '../access/roles.js'
import { namesByHeritage, type Heritage } from './names.js'
import type { Rng } from './random.js'
import type { TeamRow, UserRow } from './rows.js'
import type { SynthSize, TeamPlan } from './sizes.js'

export const DEMO_EMAIL_DOMAIN = 'demo.cairn.test'
export const demoTeamName = 'Assessment Team 1'
export const frontDoorTeamName = 'Front Door MASH'

/** social_worker → social.worker@demo.cairn.test */
export const demoEmail = (role: Role): string => `${role.replace(/_/g, '.')}@${DEMO_EMAIL_DOMAIN}`
export const demoEmails: readonly string[] = roles.map((r) => demoEmail(r.code))

const demoNames: Record<Role, string> = {
  social_worker: 'Priya Mistry',
  personal_adviser: 'Chloe Barnes',
  front_door: 'Imran Hussain',
  team_manager: 'Daniel Okafor',
  iro: 'Helen Marsh',
  service_manager: 'Rajesh Solanki',
  dcs: 'Margaret Ellis',
  qa_officer: 'Tom Wright',
  performance_analyst: 'Nadia Ahmed',
  data_protection: 'Peter Novak',
  admin: 'Alex Morgan',
}

/** Roles whose demo login belongs to a team; the rest work across the authority. */
const demoTeamOf: Partial<Record<Role, string>> = {
  social_worker: demoTeamName,
  personal_adviser: demoTeamName,
  team_manager: demoTeamName,
  front_door: frontDoorTeamName,
}

export type TeamInfo = {
  id: string
  name: string
  service: TeamPlan['service']
  managerId: string
  workerIds: string[]
}

export type Workforce = {
  teams: TeamRow[]
  users: UserRow[]
  teamInfo: TeamInfo[]
  byService: Map<TeamPlan['service'], TeamInfo[]>
  frontDoor: TeamInfo
  demo: Record<Role, string>
}

const workerHeritage: readonly (readonly [Heritage, number])[] = [
  ['british', 50],
  ['indian', 18],
  ['southAsianMuslim', 10],
  ['african', 8],
  ['caribbean', 6],
  ['eastEuropean', 5],
  ['chinese', 1],
  ['middleEastern', 2],
]

function personName(rng: Rng): string {
  const set = namesByHeritage[rng.weighted(workerHeritage)]
  return `${rng.pick(rng.chance(0.7) ? set.female : set.male)} ${rng.pick(set.surnames)}`
}

export function buildWorkforce(size: SynthSize, rng: Rng, passwordHash: string): Workforce {
  const teams: TeamRow[] = []
  const users: UserRow[] = []
  const teamInfo: TeamInfo[] = []
  let serial = 0
  const addUser = (role: Role, teamId: string | null, email?: string, displayName?: string): string => {
    const id = rng.uuid()
    const name = displayName ?? personName(rng)
    // Every seeded user is demo data with the shared demo password (is_demo = true).
    users.push({
      id,
      email: email ?? `worker${++serial}@${DEMO_EMAIL_DOMAIN}`,
      displayName: name,
      role,
      teamId,
      passwordHash,
      isDemo: true,
    })
    return id
  }

  const demo = {} as Record<Role, string>
  for (const plan of size.teams) {
    for (let n = 1; n <= plan.count; n++) {
      const name = plan.single ? plan.name : `${plan.name} ${n}`
      const id = rng.uuid()
      // Personal advisers carry more cases than social workers; 18 is the schema default.
      teams.push({
        id,
        name,
        service: plan.service,
        caseloadThreshold: plan.service === 'care_leavers' ? 25 : 18,
      })
      const isDemoTeam = name === demoTeamName
      const managerId = isDemoTeam
        ? (demo.team_manager = addUser('team_manager', id, demoEmail('team_manager'), demoNames.team_manager))
        : addUser('team_manager', id)
      const workerRole: Role =
        plan.service === 'front_door'
          ? 'front_door'
          : plan.service === 'care_leavers'
            ? 'personal_adviser'
            : 'social_worker'
      const workerIds: string[] = []
      for (let w = 0; w < plan.workers; w++) workerIds.push(addUser(workerRole, id))
      for (const [role, teamName] of Object.entries(demoTeamOf) as [Role, string][]) {
        if (teamName !== name || role === 'team_manager') continue
        demo[role] = addUser(role, id, demoEmail(role), demoNames[role])
        // The demo personal adviser sits in the demo team but does not take new referrals.
        if (role !== 'personal_adviser') workerIds.push(demo[role])
      }
      teamInfo.push({ id, name, service: plan.service, managerId, workerIds })
    }
  }
  for (const { code } of roles) {
    if (!demo[code]) demo[code] = addUser(code, null, demoEmail(code), demoNames[code])
  }

  const byService = new Map<TeamPlan['service'], TeamInfo[]>()
  for (const t of teamInfo) byService.set(t.service, [...(byService.get(t.service) ?? []), t])
  const frontDoor = teamInfo.find((t) => t.name === frontDoorTeamName)
  if (!frontDoor || !teamInfo.some((t) => t.name === demoTeamName))
    throw new Error('A size needs a front door and Assessment Team 1')
  return { teams, users, teamInfo, byService, frontDoor, demo }
}
