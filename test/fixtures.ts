import type { Database } from '../src/db/client.js'
import { allocations, children, teams, users } from '../src/db/schema/index.js'
import { roles, type Role } from '../src/access/roles.js'
import { hashPassword } from '../src/features/auth/passwords.js'
import { withCheckLetter } from '../src/domain/children/upn.js'

export const fixturePassword = 'correct-horse-battery-staple'

export type Fixtures = Awaited<ReturnType<typeof seedFixtures>>

const teamOf: Partial<Record<Role, 'frontDoor' | 'teamA'>> = { front_door: 'frontDoor', social_worker: 'teamA', team_manager: 'teamA', personal_adviser: 'teamA' }

/**
 * A small, known council: one user per role, two teams, and four children whose visibility
 * differs (allocated to team A, to team B, unallocated, and restricted within team A).
 */
export async function seedFixtures(database: Database) {
  const db = database.db
  const passwordHash = await hashPassword(fixturePassword)
  const [frontDoor, teamA, teamB] = await db
    .insert(teams)
    .values([{ name: 'Front Door', service: 'front_door' }, { name: 'Assessment Team A', service: 'assessment' }, { name: 'Assessment Team B', service: 'assessment' }])
    .returning()
  const teamIds = { frontDoor: frontDoor!.id, teamA: teamA!.id }
  const userRows = await db
    .insert(users)
    .values([
      ...roles.map((r) => ({ email: `${r.code}@test.cairn`, displayName: `Test ${r.description}`, role: r.code, teamId: teamOf[r.code] ? teamIds[teamOf[r.code]!] : null, passwordHash })),
      { email: 'other.worker@test.cairn', displayName: 'Other Worker', role: 'social_worker', teamId: teamB!.id, passwordHash },
    ])
    .returning()
  const user = Object.fromEntries(userRows.map((u) => [u.email === 'other.worker@test.cairn' ? 'other_worker' : u.role, u])) as Record<Role | 'other_worker', (typeof userRows)[number]>
  const base = { sex: 'F', ethnicity: 'WBRI', disability: 'NONE', dateOfBirth: '2015-03-14' }
  const [ownChild, otherTeamChild, unallocatedChild, restrictedChild] = await db
    .insert(children)
    .values([
      { ...base, childRef: 'TESTCHILD1', firstName: 'Amira', lastName: 'Testcase', upn: withCheckLetter('999201500001') },
      { ...base, childRef: 'TESTCHILD2', firstName: 'Ben', lastName: 'Otherteam', upnUnknownReason: 'UN2', sex: 'M' },
      { ...base, childRef: 'TESTCHILD3', firstName: 'Cara', lastName: 'Waiting', upnUnknownReason: 'UN6' },
      { ...base, childRef: 'TESTCHILD4', firstName: 'Dan', lastName: 'Restricted', upnUnknownReason: 'UN2', restricted: true, sex: 'M' },
    ])
    .returning()
  const allocation = (childId: string, workerId: string, teamId: string) => ({ childId, workerId, teamId, startDate: '2026-01-05', reason: 'Fixture', allocatedBy: user.team_manager.id })
  await db.insert(allocations).values([
    allocation(ownChild!.id, user.social_worker.id, teamA!.id),
    allocation(otherTeamChild!.id, user.other_worker.id, teamB!.id),
    allocation(restrictedChild!.id, user.social_worker.id, teamA!.id),
  ])
  return { teams: { frontDoor: frontDoor!, teamA: teamA!, teamB: teamB! }, user, child: { own: ownChild!, otherTeam: otherTeamChild!, unallocated: unallocatedChild!, restricted: restrictedChild! } }
}
