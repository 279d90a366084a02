import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toActor } from '../../features/auth/authService.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'
import { engines } from '../../../test/engines.js'
import { extractReturn } from './extract.js'
import { recordFixtureHistory } from './testHistory.js'
import { returnXml } from './xml.js'
import { validate903Xml } from './xsd.js'

describe.each(engines())('SSDA903 extract on %s', (engine) => {
  let ctx: TestContext
  let own = ''
  beforeAll(async () => {
    ctx = await createTestContext(engine)
    await recordFixtureHistory(ctx)
    own = ctx.fixtures.child.own.childRef
  })
  afterAll(async () => ctx?.close())

  it('lists in Header the import children first, then every child with a row, with SEX M/F/U from 2024-25', async () => {
    const ret = await extractReturn(ctx.database.db, 2026)
    expect(ret.Header.map((h) => h.CHILD)).toEqual(['IMP0001', ...[own, ctx.fixtures.child.unallocated.childRef].sort()])
    expect(ret.Header.find((h) => h.CHILD === own)).toMatchObject({ SEX: 'F', DOB: '14/03/2015', ETHNIC: 'WBRI', MOTHER: '', MC_DOB: '' })
    // The child whose care ended before the year is not in the return.
    expect(ret.Header.map((h) => h.CHILD)).not.toContain(ctx.fixtures.child.otherTeam.childRef)
  })

  it('derives the year’s episodes, blanking DEC and REC after 31 March, and reports imported rows as loaded', async () => {
    const ret = await extractReturn(ctx.database.db, 2026)
    expect(ret.Episodes.map((e) => [e.CHILD, e.DECOM, e.RNE, e.LS, e.PLACE, e.DEC, e.REC])).toEqual([
      ['IMP0001', '15/02/2016', 'L', 'C2', 'T2', '14/08/2017', 'X1'],
      [own, '10/06/2025', 'S', 'V2', 'U6', '02/09/2025', 'X1'],
      [own, '02/09/2025', 'P', 'V2', 'U3', '15/01/2026', 'X1'],
      [own, '15/01/2026', 'L', 'C1', 'U3', '', ''],
    ])
    expect(ret.Episodes[1]).toMatchObject({ REASON_PLACE_CHANGE: 'CARPL', PLACE_PROVIDER: 'PR1', HOME_POST: 'LE2 2BB', PL_POST: 'LE1 1AA', CIN: 'N1' })
  })

  it('reports reviews held in the year, OC2 with derived health flags, UASC, PrevPerm, OC3 and London-dated missing episodes', async () => {
    const ret = await extractReturn(ctx.database.db, 2026)
    expect(ret.Reviews).toEqual([{ CHILD: own, DOB: '14/03/2015', REVIEW: '08/07/2025', REVIEW_CODE: 'PN1' }])
    expect(ret.OC2).toEqual([{
      CHILD: own, DOB: '14/03/2015', SDQ_SCORE: '20', SDQ_REASON: '', CONVICTED: '0', HEALTH_CHECK: '', IMMUNISATIONS: '0', TEETH_CHECK: '1',
      HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '', INTERVENTION_OFFERED: '',
    }])
    expect(ret.UASC).toEqual([{ CHILD: own, SEX: 'F', DOB: '14/03/2015', DUC: '14/03/2033' }])
    expect(ret.PrevPerm).toEqual([{ CHILD: own, DOB: '14/03/2015', PREV_PERM: 'Z1', LA_PERM: '', DATE_PERM: '' }])
    expect(ret.OC3).toEqual([{ CHILD: ctx.fixtures.child.unallocated.childRef, DOB: '14/03/2015', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'B1' }])
    expect(ret.Missing).toEqual([{ CHILD: own, DOB: '14/03/2015', MISSING: 'M', MIS_START: '02/10/2025', MIS_END: '02/10/2025' }])
  })

  it('reports SWEpisodes from allocations with the Social Work England number, and DoLo only from 2026-27', async () => {
    const ret = await extractReturn(ctx.database.db, 2026)
    expect(ret.SWEpisodes).toEqual([{ CHILD: own, DOB: '14/03/2015', SW_ID: 'SW123456', SW_DECOM: '05/01/2026', SW_DEC: '', SW_REASON: 'OTHERS' }])
    expect(ret.DoLo).toEqual([])
    const next = await extractReturn(ctx.database.db, 2027)
    expect(next.DoLo).toEqual([{ CHILD: own, DOB: '14/03/2015', DOLO_START: '01/05/2026', DOLO_END: '' }])
    expect(next.Episodes.map((e) => e.DECOM)).toEqual(['15/01/2026', '01/05/2026'])
  })

  it('writes SEX as 1/2 up to 2023-24 and leaves SWEpisodes out before it', async () => {
    const ret = await extractReturn(ctx.database.db, 2026)
    expect(ret.Header.find((h) => h.CHILD === 'IMP0001')?.SEX).toBe('M')
    const old = await extractReturn(ctx.database.db, 2024)
    const other = ctx.fixtures.child.otherTeam
    expect(old.Header.map((h) => [h.CHILD, h.SEX])).toEqual([[other.childRef, { M: '1', F: '2' }[other.sex]]])
    expect(['1', '2']).toContain(old.Header[0]?.SEX)
    expect((await extractReturn(ctx.database.db, 2023)).SWEpisodes).toEqual([])
  })

  it('reads only the actor’s children when an actor is given', async () => {
    const ret = await extractReturn(ctx.database.db, 2026, toActor(ctx.fixtures.user.other_worker))
    expect(ret.Header).toEqual([])
    const mine = await extractReturn(ctx.database.db, 2026, toActor(ctx.fixtures.user.social_worker))
    expect(mine.Header.map((h) => h.CHILD)).toEqual([own])
  })

  it('produces XML that validates against the adapted schema', async () => {
    const result = await validate903Xml(returnXml(await extractReturn(ctx.database.db, 2026)))
    expect(result.findings).toEqual([])
  })
})
