import { sql, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, children } from '../../src/db/schema/index.js'
import { toActor } from '../../src/features/auth/authService.js'
import { engines } from '../engines.js'
import { createTestContext, type TestContext } from '../harness.js'

/** Drizzle wraps the database error; the trigger's message is its cause. */
const appendOnlyRefusal = { cause: { message: expect.stringMatching(/append-only/) } }

describe.each(engines())('on %s', (engine) => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext(engine)
  })
  afterAll(() => ctx.close())
  const actor = (role: Parameters<typeof toActor>[0] extends never ? never : keyof TestContext['fixtures']['user']) => toActor(ctx.fixtures.user[role])

  describe('scope filtering', () => {
    it('a social worker finds only children allocated to them or their team', async () => {
      const result = await ctx.deps.services.children.search(actor('social_worker'), 'TESTCHILD', 1)
      const refs = result.rows.map((r) => r.child.childRef).sort()
      expect(refs).toEqual([]) // 'TESTCHILD' is 9 characters: a name search, and no names match
      const byName = await ctx.deps.services.children.search(actor('social_worker'), 'a', 1)
      expect(byName.rows.map((r) => r.child.childRef).sort()).toEqual(['TESTCHILD1'])
    })

    it('an authority-wide role finds every child', async () => {
      const all = await ctx.deps.services.children.search(actor('front_door'), 'testcase', 1)
      expect(all.total).toBe(1)
      const others = await ctx.deps.services.children.search(actor('iro'), 'otherteam', 1)
      expect(others.total).toBe(1)
    })

    it('a child of another team is a 404 for a social worker', async () => {
      await expect(ctx.deps.services.children.view(actor('social_worker'), ctx.fixtures.child.otherTeam.id)).rejects.toMatchObject({ status: 404 })
    })

    it('a restricted record needs break-glass, which is recorded with its reason', async () => {
      const sw = actor('social_worker')
      await expect(ctx.deps.services.children.view(sw, ctx.fixtures.child.restricted.id)).rejects.toMatchObject({ status: 403, code: 'restricted' })
      await ctx.deps.services.children.breakGlass(sw, ctx.fixtures.child.restricted.id, 'Child disclosed harm at school today')
      const opened = await ctx.deps.services.children.view(sw, ctx.fixtures.child.restricted.id)
      expect(opened.child.firstName).toBe('Dan')
      const rows = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'child.breakGlass'))
      expect(rows).toHaveLength(1)
      expect(rows[0]!.detail).toEqual({ reason: 'Child disclosed harm at school today' })
    })

    it('break-glass is refused for a restricted record outside the user’s scope', async () => {
      await expect(ctx.deps.services.children.breakGlass(actor('other_worker'), ctx.fixtures.child.restricted.id, 'Curious about this case')).rejects.toMatchObject({ status: 404 })
    })
  })

  describe('audit', () => {
    it('a write and its audit row commit together, with the before/after difference', async () => {
      const sw = actor('social_worker')
      const child = ctx.fixtures.child.own
      const current = await ctx.deps.services.children.forEdit(sw, child.id)
      await ctx.deps.services.children.update(sw, child.id, current.version, { firstName: 'Amira', lastName: 'Testcase', sex: 'F', ethnicity: 'WBRI', disability: 'NONE', dateOfBirth: '2015-03-14', upn: child.upn ?? undefined, religion: 'Muslim', firstLanguage: 'English', otherNames: null })
      const [row] = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'child.update'))
      expect(row).toMatchObject({ actorId: sw.id, kind: 'write', childId: child.id })
      expect(row!.changes).toMatchObject({ religion: { from: null, to: 'Muslim' }, firstLanguage: { from: null, to: 'English' } })
    })

    it('a view of a child’s record and a search each write an access event', async () => {
      const sw = actor('social_worker')
      await ctx.deps.services.children.view(sw, ctx.fixtures.child.own.id)
      await ctx.deps.services.children.search(sw, 'amira', 1)
      const rows = await ctx.database.db.select().from(auditEvents).where(eq(auditEvents.actorId, sw.id))
      expect(rows.some((r) => r.action === 'child.view' && r.kind === 'access' && r.childId === ctx.fixtures.child.own.id)).toBe(true)
      expect(rows.some((r) => r.action === 'child.search' && r.kind === 'access')).toBe(true)
    })

    it('the application cannot update, delete or truncate audit rows', async () => {
      const db = ctx.database.db
      const before = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents)
      expect(before[0]!.n).toBeGreaterThan(0)
      await expect(db.execute(sql`update audit_events set action = 'tampered'`)).rejects.toMatchObject(appendOnlyRefusal)
      await expect(db.execute(sql`delete from audit_events`)).rejects.toMatchObject(appendOnlyRefusal)
      await expect(db.execute(sql`truncate audit_events`)).rejects.toMatchObject(appendOnlyRefusal)
      const after = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents)
      expect(after[0]!.n).toBe(before[0]!.n)
      const tampered = await db.select().from(auditEvents).where(eq(auditEvents.action, 'tampered'))
      expect(tampered).toHaveLength(0)
    })
  })

  describe('optimistic concurrency', () => {
    it('a stale save is a conflict and overwrites nothing', async () => {
      const sw = actor('social_worker')
      const id = ctx.fixtures.child.own.id
      const start = await ctx.deps.services.children.forEdit(sw, id)
      const details = { firstName: 'Amira', lastName: 'Testcase', sex: 'F' as const, ethnicity: 'WBRI' as const, disability: 'NONE' as const, dateOfBirth: '2015-03-14', upn: start.upn ?? undefined, religion: null, firstLanguage: null, otherNames: null }
      await ctx.deps.services.children.update(sw, id, start.version, { ...details, otherNames: 'First writer' })
      await expect(ctx.deps.services.children.update(sw, id, start.version, { ...details, otherNames: 'Second writer' })).rejects.toMatchObject({ status: 409 })
      const [saved] = await ctx.database.db.select().from(children).where(eq(children.id, id))
      expect(saved!.otherNames).toBe('First writer')
      expect(saved!.version).toBe(start.version + 1)
    })
  })
})
