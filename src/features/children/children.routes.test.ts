import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

describe('children pages', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext('pglite')
  })
  afterAll(() => ctx.close())

  it('a social worker sees their own allocated child', async () => {
    const sw = await appAs(ctx, 'social_worker')
    const res = await sw.get(`/children/${ctx.fixtures.child.own.id}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Amira Testcase')
  })

  it('a social worker gets 404 for a child of another team', async () => {
    const sw = await appAs(ctx, 'social_worker')
    const res = await sw.get(`/children/${ctx.fixtures.child.otherTeam.id}`)
    expect(res.statusCode).toBe(404)
  })
})

describe('tolerant search', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext('pglite')
  })
  afterAll(() => ctx.close())

  it('finds by partial name, child ID, UPN and date of birth', async () => {
    const fd = await appAs(ctx, 'front_door')
    for (const q of ['ami', 'amira test', 'TESTCHILD1', ctx.fixtures.child.own.upn!, '14/03/2015', '2015-03-14']) {
      const res = await fd.get(`/children?q=${encodeURIComponent(q)}`)
      expect(res.body, q).toContain('Amira Testcase')
    }
  })

  it('offers similar names when a name is misspelt', async () => {
    const fd = await appAs(ctx, 'front_door')
    const res = await fd.get('/children?q=amyra%20testcas')
    expect(res.body).toContain('0 children found')
    expect(res.body).toContain('Similar names')
    expect(res.body).toContain('Amira Testcase')
  })

  it('writes a search access event', async () => {
    const fd = await appAs(ctx, 'front_door')
    await fd.get('/children?q=waiting')
    const rows = await ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_events where action = 'child.search' and detail->>'query' = 'waiting'`)
    expect(Number(rows.rows[0]!.n)).toBe(1)
  })
})
