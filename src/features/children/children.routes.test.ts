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
