import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roles } from '../../access/roles.js'
import { auditEvents, teams, users } from '../../db/schema/index.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'

const newUser = { displayName: 'Priya Newstarter', email: 'Priya.Newstarter@test.cairn', role: 'iro', teamId: '', password: 'a-long-enough-password' }

describe('administration of users and teams', () => {
  let ctx: TestContext
  let admin: Client
  beforeAll(async () => {
    ctx = await createTestContext('pglite')
    admin = await appAs(ctx, 'admin')
  })
  afterAll(() => ctx.close())

  const userByEmail = async (email: string) => (await ctx.database.db.select().from(users).where(eq(users.email, email)))[0]
  const auditFor = (action: string, entityId: string) =>
    ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)))

  it('an admin creates a user; the password is hashed and the audit row holds no hash', async () => {
    const res = await admin.post('/admin/users', newUser)
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/users?saved=created')
    const created = await userByEmail('priya.newstarter@test.cairn')
    expect(created).toMatchObject({ displayName: 'Priya Newstarter', role: 'iro', teamId: null, active: true })
    expect(created!.passwordHash).toMatch(/^\$argon2id\$/)
    const [row, ...more] = await auditFor('user.create', created!.id)
    expect(more).toHaveLength(0)
    expect(row).toMatchObject({ kind: 'write', actorId: ctx.fixtures.user.admin.id, entityType: 'user' })
    expect(JSON.stringify(row)).not.toContain('argon2')
    expect(JSON.stringify(row)).not.toContain(newUser.password)
    const list = await admin.get('/admin/users')
    expect(list.body).toContain('Priya Newstarter')
    expect(list.body).toContain('Independent reviewing officer / CP chair')
  })

  it('a form with errors is shown again with a 422, the error summary and the input kept (but not the password)', async () => {
    const res = await admin.post('/admin/users', { displayName: 'Kept Name', email: 'not-an-email', role: 'social_worker', teamId: '', password: 'short' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('There is a problem')
    expect(res.body).toContain('value="Kept Name"')
    expect(res.body).toContain('value="not-an-email"')
    expect(res.body).toContain('Enter an email address in the correct format')
    expect(res.body).toContain('The initial password must be at least 12 characters')
    expect(res.body).not.toContain('value="short"')
    expect(await userByEmail('not-an-email')).toBeUndefined()
  })

  it('a duplicate email, in any case, is a field error and creates nothing', async () => {
    const res = await admin.post('/admin/users', { ...newUser, email: 'SOCIAL_WORKER@test.cairn', displayName: 'Second Person' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('A user with this email address already exists')
    expect(res.body).toContain('href="#email"')
    expect((await ctx.database.db.select().from(users).where(eq(users.displayName, 'Second Person'))).length).toBe(0)
  })

  it('a team-scoped role needs a team', async () => {
    const res = await admin.post('/admin/users', { ...newUser, email: 'no.team@test.cairn', role: 'social_worker' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('Select a team: this role sees the children allocated to its team')
  })

  it('an edit saves role, team and active, and audits the before and after', async () => {
    const target = ctx.fixtures.user.qa_officer
    const res = await admin.post(`/admin/users/${target.id}`, { version: String(target.version), role: 'team_manager', teamId: ctx.fixtures.teams.teamB.id, active: 'yes' })
    expect(res.statusCode).toBe(303)
    const saved = await userByEmail(target.email)
    expect(saved).toMatchObject({ role: 'team_manager', teamId: ctx.fixtures.teams.teamB.id, active: true, version: target.version + 1 })
    const [row] = await auditFor('user.update', target.id)
    expect(row!.changes).toMatchObject({ role: { from: 'qa_officer', to: 'team_manager' } })
  })

  it('a stale save is a 409 with a clear message, and nothing is overwritten', async () => {
    const target = ctx.fixtures.user.performance_analyst
    const form = await admin.get(`/admin/users/${target.id}`)
    expect(form.body).toContain(`name="version" value="${target.version}"`)
    const first = await admin.post(`/admin/users/${target.id}`, { version: String(target.version), role: 'performance_analyst', teamId: ctx.fixtures.teams.teamB.id, active: 'yes' })
    expect(first.statusCode).toBe(303)
    const stale = await admin.post(`/admin/users/${target.id}`, { version: String(target.version), role: 'dcs', teamId: '', active: 'yes' })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('Someone else changed this user since you opened the page. Nothing was saved.')
    expect(stale.body).toContain(`name="version" value="${target.version + 1}"`)
    expect(await userByEmail(target.email)).toMatchObject({ role: 'performance_analyst', teamId: ctx.fixtures.teams.teamB.id, version: target.version + 1 })
    expect(await auditFor('user.update', target.id)).toHaveLength(1)
  })

  it('unlocking clears the lock and the failed sign-ins', async () => {
    const target = ctx.fixtures.user.iro
    await ctx.database.db.update(users).set({ failedSignIns: 5, lockedUntil: new Date('2026-11-25T10:10:00Z') }).where(eq(users.id, target.id))
    expect((await admin.get('/admin/users')).body).toContain('govuk-tag--red">Locked')
    const res = await admin.post(`/admin/users/${target.id}`, { version: String(target.version), role: 'iro', teamId: '', active: 'yes', unlock: 'yes' })
    expect(res.statusCode).toBe(303)
    expect(await userByEmail(target.email)).toMatchObject({ failedSignIns: 0, lockedUntil: null })
  })

  it('an admin cannot deactivate themselves', async () => {
    const me = ctx.fixtures.user.admin
    const res = await admin.post(`/admin/users/${me.id}`, { version: String(me.version), role: 'admin', teamId: '', active: '' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('You cannot deactivate your own account')
  })

  it('a malformed or unknown user id is a 404', async () => {
    expect((await admin.get('/admin/users/not-a-uuid')).statusCode).toBe(404)
    expect((await admin.get('/admin/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
    expect((await admin.post('/admin/users/not-a-uuid', { version: '1', role: 'iro' })).statusCode).toBe(404)
  })

  it('teams are listed with active members and live allocations; a new team is created and audited', async () => {
    const list = await admin.get('/admin/teams')
    expect(list.statusCode).toBe(200)
    // Team A: social worker, personal adviser and team manager; two live allocations in the fixtures.
    expect(list.body).toMatch(/Assessment Team A<\/td>\s*<td[^>]*>Assessment<\/td>\s*<td[^>]*>18<\/td>\s*<td[^>]*>3<\/td>\s*<td[^>]*>2<\/td>/)
    const res = await admin.post('/admin/teams', { name: 'Care Leavers North', service: 'care_leavers', caseloadThreshold: '22' })
    expect(res.statusCode).toBe(303)
    const [team] = await ctx.database.db.select().from(teams).where(eq(teams.name, 'Care Leavers North'))
    expect(team).toMatchObject({ service: 'care_leavers', caseloadThreshold: 22 })
    expect(await auditFor('team.create', team!.id)).toHaveLength(1)
  })

  it('a team outside the threshold range or with a taken name is refused with the input kept', async () => {
    const res = await admin.post('/admin/teams', { name: 'Front door', service: 'front_door', caseloadThreshold: '41' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('The caseload threshold must be between 1 and 40')
    expect(res.body).toContain('value="41"')
    const dup = await admin.post('/admin/teams', { name: 'front door', service: 'front_door', caseloadThreshold: '10' })
    expect(dup.statusCode).toBe(422)
    expect(dup.body).toContain('A team with this name already exists')
  })

  it('every other role gets 403 on every admin page', async () => {
    const target = ctx.fixtures.user.social_worker.id
    for (const role of roles.map((r) => r.code).filter((r) => r !== 'admin')) {
      const client = await appAs(ctx, role)
      for (const url of ['/admin/users', '/admin/users/new', `/admin/users/${target}`, '/admin/teams'])
        expect((await client.get(url)).statusCode, `${role} GET ${url}`).toBe(403)
      for (const url of ['/admin/users', `/admin/users/${target}`, '/admin/teams'])
        expect((await client.post(url, { role: 'admin', version: '1' })).statusCode, `${role} POST ${url}`).toBe(403)
    }
    expect(await userByEmail('social_worker@test.cairn')).toMatchObject({ role: 'social_worker' })
  })
})
