import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, trainingRecords } from '../../db/schema/index.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'

/** Training and development (issue 6 part 3; Leicestershire 2016: no development programmes). */
describe.each(engines())('training and development on %s', (engine) => {
  let ctx: TestContext
  let manager: Client
  let workerId: string
  const form = (over: Record<string, string> = {}) => ({ programme: 'ASYE', title: 'ASYE reflective session 3', 'dueOn-day': '1', 'dueOn-month': '11', 'dueOn-year': '2026', ...over })

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    workerId = ctx.fixtures.user.social_worker.id
    manager = await appAs(ctx, 'team_manager')
  })
  afterAll(() => ctx.close())

  it('a manager records a session for their worker; it is overdue in the list, and the worker sees their own', async () => {
    expect((await manager.post(`/training/users/${workerId}`, form())).statusCode).toBe(302)
    expect((await manager.post(`/training/users/${workerId}`, form({ programme: 'CORE', title: 'Neglect toolkit', 'dueOn-year': '2027' }))).statusCode).toBe(302)
    const overdue = await manager.get('/training?overdue=yes')
    expect(overdue.body).toContain('ASYE reflective session 3')
    expect(overdue.body).toContain('Overdue')
    expect(overdue.body).not.toContain('Neglect toolkit')
    const own = await (await appAs(ctx, 'social_worker')).get('/training')
    expect(own.body).toContain('Neglect toolkit')
    expect(await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'training.create'))).toHaveLength(2)
  })

  it('records attendance with the version shown; a stale save is a 409 and nothing is overwritten', async () => {
    const [record] = await ctx.database.db.select().from(trainingRecords).where(eq(trainingRecords.title, 'ASYE reflective session 3'))
    const attend = (version: number, day: string) => manager.post(`/training/users/${workerId}/attendance`, { record: `${record!.id}:${version}`, 'attendedOn-day': day, 'attendedOn-month': '11', 'attendedOn-year': '2026' })
    expect((await attend(1, '20')).statusCode).toBe(302)
    const stale = await attend(1, '21')
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('Someone else changed this training record')
    const [after] = await ctx.database.db.select().from(trainingRecords).where(eq(trainingRecords.id, record!.id))
    expect(after).toMatchObject({ attendedOn: '2026-11-20', version: 2 })
  })

  it('bad input is refused with nothing saved; a worker cannot record or see others', async () => {
    const before = (await ctx.database.db.select().from(trainingRecords)).length
    const bad = await manager.post(`/training/users/${workerId}`, form({ programme: '', 'dueOn-day': '31', 'dueOn-month': '2' }))
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('Select the programme')
    expect(bad.body).toContain('Enter the date it is due as a real date')
    expect((await manager.get('/training?overdue=no')).statusCode).toBe(400)
    const worker = await appAs(ctx, 'social_worker')
    expect((await worker.post(`/training/users/${workerId}`, form())).statusCode).toBe(403)
    expect((await worker.get(`/training/users/${ctx.fixtures.user.personal_adviser.id}`)).statusCode).toBe(404)
    expect((await manager.post(`/training/users/${ctx.fixtures.user.other_worker.id}`, form())).statusCode).toBe(404)
    expect((await ctx.database.db.select().from(trainingRecords)).length).toBe(before)
  })
})
