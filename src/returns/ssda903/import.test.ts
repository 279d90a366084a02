import { count, eq } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../access/actor.js'
import { auditEvents, careEpisodes, carePeriods, children, claReviews, missingEpisodes, previousPermanence, ssda903Imports } from '../../db/schema/index.js'
import { toActor } from '../../features/auth/authService.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'
import { engines } from '../../../test/engines.js'
import { importSsda903 } from './import.js'
import { fakeCsvSet, loadableFakeNames, readFake } from './importFixtures.js'

const header = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nA1,1,01/02/2010,WBRI,UN2,,\r\nB2,2,03/04/2011,WBRI,A123456789012,,\r\n'
const file = (name: string, content: string) => ({ name, content })

describe.each(engines())('SSDA903 import on %s', (engine) => {
  let ctx: TestContext
  let actor: Actor
  const db = () => ctx.database.db
  const counts = async () => {
    const n = async (table: PgTable) => (await db().select({ n: count() }).from(table))[0]!.n
    return [await n(children), await n(careEpisodes), await n(carePeriods), await n(claReviews), await n(missingEpisodes), await n(previousPermanence), await n(ssda903Imports), await n(auditEvents)]
  }

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    actor = toActor(ctx.fixtures.user.performance_analyst)
  }, 60_000)
  afterAll(() => ctx.close())

  it('refuses a malformed CSV set with a report by file, row and column, and writes nothing', async () => {
    const before = await counts()
    const report = await importSsda903(db(), actor, {
      format: 'CSV',
      files: [
        file('header.csv', header),
        file('episodes.csv', 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nA1,31/02/2017,S,C2,N1,U1,PR1,,X1,,,,\nB2,01/05/2017,S,C2,N1,U1,PR1,,X1,,,,\n'),
        file('reviews.csv', 'CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/02/2010,01/06/2017,=HYPERLINK("x")\nZZ9,01/02/2010,01/06/2017,PN1\n'),
        file('odd.csv', 'CHILD,NAME\nA1,x\n'),
        file('missing.csv', 'CHILD,DOB,MISSING,MIS_START,MIS_END\nA1,01/02/2010,M\n'),
      ],
    }, 2018)
    expect(report.status).toBe('refused')
    const at = (f: string, row: number | null) => report.problems.filter((p) => p.file === f && p.row === row)
    expect(at('episodes.csv', 2)).toEqual([expect.objectContaining({ column: 'DECOM', message: expect.stringMatching(/not a real date/) })])
    expect(at('reviews.csv', 2)).toEqual([expect.objectContaining({ column: 'REVIEW_CODE', message: expect.stringMatching(/formula/) })])
    expect(at('reviews.csv', 3)).toEqual([expect.objectContaining({ column: 'CHILD', message: expect.stringMatching(/ZZ9 has no Header row/) })])
    expect(at('odd.csv', 1)[0]?.message).toMatch(/match no SSDA903 table/)
    expect(at('missing.csv', 2)[0]?.message).toMatch(/3 values; the Missing table has 5 columns/)
    expect(await counts()).toEqual(before)
  })

  it('refuses a blank or over-long CHILD, a negative number, an unknown collection year, and a hostile XML file', async () => {
    const before = await counts()
    const bad = await importSsda903(db(), actor, { format: 'CSV', files: [file('h.csv', 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n,1,01/02/2010,WBRI,,,\nABCDEFGHIJK,1,01/02/2010,WBRI,,,\n'), file('oc3.csv', 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nABCDEFGHIJK,01/02/2010,-1,F1,01\n')] }, 2018)
    expect(bad.problems.map((p) => `${p.file}:${p.row}:${p.column}`)).toEqual(expect.arrayContaining(['h.csv:2:CHILD', 'h.csv:3:CHILD', 'oc3.csv:2:IN_TOUCH']))
    const year = await importSsda903(db(), actor, { format: 'CSV', files: [file('header.csv', header)] }, 1999)
    expect(year.status).toBe('refused')
    expect(year.problems[0]?.message).toMatch(/collection year/)
    const hostile = await importSsda903(db(), actor, { format: 'XML', file: file('x.xml', '<!DOCTYPE EXPSSDA903 [<!ENTITY x "y">]><EXPSSDA903/>') }, 2018)
    expect(hostile.problems[0]?.message).toMatch(/DOCTYPE or ENTITY declaration/)
    expect(await counts()).toEqual(before)
  })

  it('reads a BOM, RFC 4180 quoting and files in any order, telling tables apart by their columns', async () => {
    const report = await importSsda903(db(), actor, {
      format: 'CSV',
      files: [file('b.csv', '\uFEFFCHILD,DOB,MISSING,MIS_START,MIS_END\r\n"A1","01/02/2010","M","02/06/2017",""\r\n'), file('a.csv', header)],
    }, 2018)
    expect(report.status).toBe('imported')
    expect(report.tableRows).toEqual({ Header: 2, Missing: 1 })
    const [row] = await db().select().from(missingEpisodes).innerJoin(children, eq(children.id, missingEpisodes.childId)).where(eq(children.childRef, 'A1'))
    expect(row?.missing_episodes.startedAt.toISOString()).toBe('2017-06-02T12:00:00.000Z')
    expect(row?.missing_episodes.imported).toBe(true)
    expect(row?.children).toMatchObject({ firstName: 'Unknown', lastName: 'A1', sex: 'M', upn: null, upnUnknownReason: 'UN2', dateOfBirth: '2010-02-01' })
  })

  it('splits periods of care after a REC that is not X1, keeps RNE/DEC/REC as given, and matches a held child by CHILD', async () => {
    const own = ctx.fixtures.child.own
    const heldBefore = (await db().select().from(children).where(eq(children.id, own.id)))[0]!
    const episodes = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
      `P7,01/05/2017,S,C2,N1,U1,PR1,01/07/2017,X1,,,,\nP7,01/07/2017,T,C2,N1,U4,PR1,01/09/2017,E11,CARPL,,,\nP7,01/12/2017,S,V2,N2,K2,PR2,,,,B1 1AA,B2 2BB,SC123\n${own.childRef},02/05/2017,S,C1,N1,U3,PR1,,,,,,\n`
    const hdr = `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nP7,2,05/06/2005,WBRI,,1,03/03/2017\n${own.childRef},1,${heldBefore.dateOfBirth!.split('-').reverse().join('/')},BAFR,UN1,,\n`
    const report = await importSsda903(db(), actor, { format: 'CSV', files: [file('h.csv', hdr), file('e.csv', episodes)] }, 2018)
    expect(report.status).toBe('imported')
    expect(report.children).toEqual({ total: 2, created: 1, updated: 1 })
    const held = (await db().select().from(children).where(eq(children.id, own.id)))[0]!
    expect(held).toMatchObject({ firstName: heldBefore.firstName, ethnicity: 'BAFR', upnUnknownReason: 'UN1', upn: null, version: heldBefore.version + 1 })
    const [p7] = await db().select().from(children).where(eq(children.childRef, 'P7'))
    const periods = await db().select().from(carePeriods).where(eq(carePeriods.childId, p7!.id)).orderBy(carePeriods.startedOn)
    expect(periods.map((p) => [p.startedOn, p.endedOn, p.reasonCeased, p.imported])).toEqual([['2017-05-01', '2017-09-01', 'E11', true], ['2017-12-01', null, null, true]])
    const eps = await db().select().from(careEpisodes).where(eq(careEpisodes.childId, p7!.id)).orderBy(careEpisodes.startsOn)
    expect(eps.map((e) => [e.change, e.sameCarers, e.importedRne, e.importedDec, e.importedRec, e.placementEndReason, e.periodId === periods[0]!.id])).toEqual([
      ['START', false, 'S', '2017-07-01', 'X1', null, true],
      ['PLACEMENT', true, 'T', '2017-09-01', 'E11', 'CARPL', true],
      ['START', false, 'S', null, null, null, false],
    ])
    expect(eps[2]).toMatchObject({ homePostcode: 'B1 1AA', placementPostcode: 'B2 2BB', urn: 'SC123', placementProvider: 'PR2', createdBy: actor.id })

    // A different return with an episode on a day Cairn already holds for P7 is refused whole.
    const before = await counts()
    const clash = await importSsda903(db(), actor, { format: 'CSV', files: [file('h.csv', 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nP7,2,05/06/2005,WBRI,,,\n'), file('e.csv', episodes.split('\n').slice(0, 2).join('\n'))] }, 2018)
    expect(clash.status).toBe('refused')
    expect(clash.problems).toEqual([expect.objectContaining({ file: 'e.csv', row: 2, column: 'DECOM', message: 'CHILD P7 already has an episode starting 01/05/2017 in Cairn.' })])
    expect(await counts()).toEqual(before)
  })

  it('refuses the full fake CSV set, whose sw_episodes and DoLo rows are for CHILD10 with no Header row', async () => {
    const report = await importSsda903(db(), actor, { format: 'CSV', files: fakeCsvSet() }, 2018)
    expect(report.status).toBe('refused')
    expect(report.problems.filter((p) => /CHILD10 has no Header row/.test(p.message)).map((p) => p.file).sort()).toEqual(['DoLo.csv', 'sw_episodes.csv'])
  }, 60_000)

  it('imports the fake CSV set (2,675 children) for 2017-18 in one go; loading it again changes nothing', async () => {
    const before = await counts()
    const report = await importSsda903(db(), actor, { format: 'CSV', files: fakeCsvSet(loadableFakeNames) }, 2018)
    expect(report.problems).toEqual([])
    expect(report.status).toBe('imported')
    expect(report.children).toEqual({ total: 2675, created: 2675, updated: 0 })
    expect(report.inserted).toMatchObject({ children: 2675, care_episodes: 5050, cla_reviews: 12582, uasc_statuses: 132, cla_annual_outcomes: 2675, care_leaver_outcomes: 53, adoptions: 29, adoption_decisions: 29, previous_permanence: 2675, missing_episodes: 43, ssda903_import_children: 2675 })
    const after = await counts()
    expect(after.slice(0, 2)).toEqual([before[0]! + 2675, before[1]! + 5050])
    const audits = await db().select().from(auditEvents).where(eq(auditEvents.action, 'return.ssda903.import'))
    expect(audits).toHaveLength(3)
    expect(JSON.stringify(audits.map((a) => a.detail))).not.toMatch(/566910/)

    const again = await importSsda903(db(), actor, { format: 'CSV', files: fakeCsvSet([...loadableFakeNames].reverse()) }, 2018)
    expect(again.status).toBe('already-imported')
    expect(again.previous?.yearEnding).toBe(2018)
    expect(await counts()).toEqual(after)
  }, 120_000)

  it('imports fake_903.xml (253 children), with its episodes, reviews, missing and adoption rows', async () => {
    const report = await importSsda903(db(), actor, { format: 'XML', file: { name: 'fake_903.xml', content: readFake('fake_903.xml') } }, 2018)
    expect(report.problems).toEqual([])
    expect(report.status).toBe('imported')
    expect(report.tableRows).toMatchObject({ Header: 253, Episodes: 459, Reviews: 1206, UASC: 12, Missing: 6, OC3: 6, AD1: 3, PlacedAdoption: 3, OC2: 253, PrevPerm: 253 })
    expect(report.children.created).toBe(253)
  }, 60_000)
})
