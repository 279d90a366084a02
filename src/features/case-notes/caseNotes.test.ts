import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, caseNotes } from '../../db/schema/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

const form = (over: Record<string, string> = {}) => ({ kind: 'HOME_VISIT', 'occurredAt-day': '24', 'occurredAt-month': '11', 'occurredAt-year': '2026', 'occurredAt-time': '14:05', childSeen: 'yes', seenAlone: 'yes', summary: 'Seen alone in her bedroom; said things are calmer at home', ...over })

/** Typed case notes: recorded, listed, edited with optimistic concurrency, and audited. */
describe.each(engines())('case notes on %s', (engine) => {
  let ctx: TestContext
  let childId: string
  const audits = async (action: string) => ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.childId, childId), eq(auditEvents.action, action)))

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    childId = ctx.fixtures.child.own.id
  })
  afterAll(() => ctx.close())

  it('a worker records a note through the form; the time is London time and the list shows it', async () => {
    const client = await appAs(ctx, 'social_worker')
    const res = await client.post(`/children/${childId}/case-notes`, form({ significant: 'yes' }))
    expect(res.statusCode).toBe(302)
    const [note] = await ctx.database.db.select().from(caseNotes).where(eq(caseNotes.childId, childId))
    // 24 November is in GMT, so 14:05 in London is 14:05 UTC.
    expect(note).toMatchObject({ kind: 'HOME_VISIT', childSeen: true, seenAlone: true, significant: true, version: 1, occurredAt: new Date('2026-11-24T14:05:00Z') })
    expect(res.headers.location).toBe(`/case-notes/${note!.id}`)
    const list = await client.get(`/children/${childId}/case-notes`)
    expect(list.body).toContain('24 November 2026, 2:05')
    expect(list.body).toContain('Significant')
    expect(await audits('caseNote.create')).toHaveLength(1)
    expect(await audits('caseNotes.view')).toHaveLength(1)
  })

  it('bad input is shown again with the input kept and nothing saved (422)', async () => {
    const client = await appAs(ctx, 'social_worker')
    const before = (await ctx.database.db.select().from(caseNotes)).length
    const res = await client.post(`/children/${childId}/case-notes`, form({ childSeen: 'no', summary: 'Kept summary text', 'occurredAt-time': '' }))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('Kept summary text')
    expect(res.body).toContain('as a real date and a time')
    expect(res.body).toContain('href="#occurredAt-day"')
    const future = await client.post(`/children/${childId}/case-notes`, form({ 'occurredAt-year': '2027' }))
    expect(future.body).toContain('must be now or in the past')
    expect((await ctx.database.db.select().from(caseNotes)).length).toBe(before)
  })

  it('a stale edit gets the conflict page and nothing is overwritten', async () => {
    const [note] = await ctx.database.db.select().from(caseNotes).where(eq(caseNotes.childId, childId))
    const worker = await appAs(ctx, 'social_worker')
    const manager = await appAs(ctx, 'team_manager')
    expect((await manager.post(`/case-notes/${note!.id}`, form({ version: '1', summary: 'Manager’s correction', significant: 'yes' }))).statusCode).toBe(302)
    const stale = await worker.post(`/case-notes/${note!.id}`, form({ version: '1', summary: 'Worker’s late edit' }))
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('Someone else changed this case note')
    expect(stale.body).toContain('Worker’s late edit')
    expect(stale.body).toContain('Manager’s correction')
    const [after] = await ctx.database.db.select().from(caseNotes).where(eq(caseNotes.id, note!.id))
    expect(after).toMatchObject({ summary: 'Manager’s correction', version: 2 })
    expect(await audits('caseNote.update')).toHaveLength(1)
  })

  it('a child out of scope is a 404, and a role without the action gets 403', async () => {
    await expect(ctx.deps.services.caseNotes.list(toActor(ctx.fixtures.user.social_worker), ctx.fixtures.child.otherTeam.id)).rejects.toMatchObject({ status: 404 })
    expect((await (await appAs(ctx, 'qa_officer')).post(`/children/${childId}/case-notes`, form())).statusCode).toBe(403)
  })
})
