import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'

/** A council with no history yet (a new install): the page says so instead of failing. */
describe.each(engines())('forecast page with no history on %s', (engine) => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext(engine)
  })
  afterAll(() => ctx.close())

  it('shows every measure as not enough history, and the tables with nothing to forecast', async () => {
    const page = await (await appAs(ctx, 'performance_analyst')).get('/forecasts?horizon=24')
    expect(page.statusCode).toBe(200)
    for (const title of ['Contacts', 'Referrals', 'Children on a child protection plan', 'Children looked after', 'Care leavers']) expect(page.body).toContain(`${title}: not enough history to forecast`)
    expect(page.body).not.toContain('<svg')
    expect(page.body).toContain('Children looked after (threshold 18.0; no team of this kind, default threshold)')
    expect(page.body).toContain('Not enough history')
    const costs = await (await appAs(ctx, 'performance_analyst')).get('/forecasts/costs')
    expect(costs.statusCode).toBe(200)
    expect(costs.body).toContain('No costs have been entered yet.')
  })
})
