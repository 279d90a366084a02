/**
 * Issue 7 part 4: every Annex A list's columns are the current column set, and on a hand-built
 * fixture (annexAFixture.ts) each list holds exactly the records inside the window, including those
 * on its first and last days. The workbook has one sheet per list, real dates shown dd/mm/yyyy and
 * text escaped against formula injection. On both engines.
 */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../access/actor.js'
import { annexALists, type AnnexAListId } from '../../domain/annexA/lists.js'
import { windowOf } from '../../domain/annexA/window.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { createTestContext, type TestContext } from '../../../test/harness.js'
import { fixtureWindow, formulaTeamName, seedAnnexAFixture } from './annexAFixture.js'
import { rowValues, writeWorkbook } from './annexAWorkbook.js'
import { listQueries, windowSql } from './lists/index.js'

const window = windowOf(fixtureWindow.to, fixtureWindow.months)

describe.each(engines())('Annex A lists on %s', (engine) => {
  let ctx: TestContext
  const analyst = (): Actor => toActor(ctx.fixtures.user.performance_analyst)
  const rows = (id: AnnexAListId, actor = analyst()) => ctx.deps.services.annexA.listRows(actor, id, window)
  const values = async (id: AnnexAListId, actor = analyst()) =>
    (await rows(id, actor)).map((r) => rowValues(annexALists[id - 1]!, r))

  beforeAll(async () => {
    ctx = await createTestContext(engine)
    await seedAnnexAFixture(ctx)
  }, 120_000)
  afterAll(() => ctx.close())

  it('covers 6 months to the chosen day, and 12 for Lists 10 and 11', () => {
    expect(window).toEqual({
      from: '2026-05-01',
      to: '2026-10-31',
      months: 6,
      from12: '2025-11-01',
      from6: '2026-05-01',
    })
    expect(annexALists.filter((l) => l.lookBack === 12).map((l) => l.id)).toEqual([10, 11])
  })

  it('every list has its sheet, and every column its field in the list’s query', async () => {
    expect(annexALists.map((l) => l.sheet)).toEqual(Array.from({ length: 11 }, (_, i) => `List ${i + 1}`))
    for (const list of annexALists) {
      const result = (await ctx.database.db.execute(
        listQueries[list.id](windowSql(window), analyst()),
      )) as unknown as { fields: { name: string }[] }
      const fields = new Set([...result.fields.map((f) => f.name), 'age'])
      const headings = list.columns.map((c) => c.heading)
      expect(new Set(headings).size, `${list.sheet} headings are distinct`).toBe(headings.length)
      expect(
        list.columns.filter((c) => !fields.has(c.field)).map((c) => c.heading),
        list.sheet,
      ).toEqual([])
    }
  })

  it('each list holds the records inside the window, including its first and last days', async () => {
    const counts = Object.fromEntries(
      await Promise.all(annexALists.map(async (l) => [l.id, (await rows(l.id)).length])),
    )
    expect(counts).toEqual({ 1: 2, 2: 2, 3: 2, 4: 2, 5: 0, 6: 2, 7: 0, 8: 2, 9: 1, 10: 2, 11: 1 })
  })

  it('List 1 dates contacts by the London day they arrived', async () => {
    expect((await rows(1)).map((r) => [r.childRef, r.contactDate, r.source])).toEqual([
      ['TESTCHILD1', '2026-05-01', '2A'],
      ['TESTCHILD2', '2026-10-31', '6'],
    ])
  })

  it('List 2 lists the early help assessments started in the window, with completions by its last day', async () => {
    expect((await rows(2)).map((r) => [r.childRef, r.startDate, r.completedDate, r.organisation])).toEqual([
      ['TESTCHILD1', '2026-05-01', '2026-06-10', 'School: designated safeguarding lead'],
      ['TESTCHILD2', '2026-10-31', null, 'Children’s centre'],
    ])
    expect((await values(2))[0]).toEqual([
      'TESTCHILD1',
      'b) Female',
      'a) WBRI',
      new Date('2015-03-14T00:00:00Z'),
      11,
      new Date('2026-05-01T00:00:00Z'),
      new Date('2026-06-10T00:00:00Z'),
      'School: designated safeguarding lead',
    ])
  })

  it('List 3 shows each referral with its codes, NFA, referrals in 12 months and the allocated team', async () => {
    const [first, second] = await values(3)
    expect(first).toEqual([
      'TESTCHILD1',
      'b) Female',
      'a) WBRI',
      new Date('2015-03-14T00:00:00Z'),
      11,
      new Date('2026-05-01T00:00:00Z'),
      'g) 3A: Health services',
      'b) No',
      2,
      'Assessment Team A',
      'Test Social worker',
    ])
    // The team name starts with "=": it is written as text, never as a formula.
    expect(second!.slice(8, 10)).toEqual([1, `'${formulaTeamName}`])
  })

  it('Lists 4, 6 and 8 hold what was open in the window as it stood on its last day', async () => {
    expect(
      (await rows(4)).map((r) => [r.childRef, r.startDate, r.authorisedOn, r.childSeen, r.needsSupport]),
    ).toEqual([
      ['TESTCHILD1', '2026-05-01', '2026-06-10', true, true],
      ['TESTCHILD2', '2026-10-31', null, false, null],
    ])
    expect(
      (await rows(6)).map((r) => [r.childRef, r.startDate, r.primaryNeed, r.closedOn, r.caseStatus]),
    ).toEqual([
      ['TESTCHILD1', '2026-05-01', 'N1', null, 'a) Looked after child'],
      ['TESTCHILD2', '2026-10-31', 'N1', null, 'd) Open assessment'],
    ])
    expect((await values(8)).map((v) => [v[0], v[7], v[11], v[18], v[19], v[22]])).toEqual([
      [
        'TESTCHILD1',
        new Date('2025-01-01T00:00:00Z'),
        'C2: FCO',
        1,
        null,
        'd) U4: Foster placement - long term',
      ],
      [
        'TESTCHILD3',
        new Date('2026-04-01T00:00:00Z'),
        'C2: FCO',
        1,
        new Date('2026-05-01T00:00:00Z'),
        'd) U4: Foster placement - long term',
      ],
    ])
  })

  it('Lists 9, 10 and 11 use the Annex A code labels and the 12-month look-back', async () => {
    expect((await values(9))[0]!.slice(9)).toEqual([
      null,
      'b) Former relevant child',
      null,
      'a) Yes',
      null,
      'D: Semi-independent, transitional accommodation and self-contained accommodation',
      'a) Suitable',
      'F3: Full time in training or employment',
    ])
    expect((await rows(10)).map((r) => [r.childRef, r.familyId, r.decidedOn, r.adoptionOrderOn])).toEqual([
      ['TESTCHILD1', 'ADOPTER-B', '2025-06-01', '2025-11-01'],
      ['TESTCHILD3', null, '2026-09-01', null],
    ])
    expect((await rows(11)).map((r) => [r.reference, r.childrenPlaced, r.leftOn, r.leftReason])).toEqual([
      ['ADOPTER-B', 1, '2025-11-01', '1 - Adopter withdrew from process'],
    ])
  })

  it('a team manager’s lists hold only the children in their scope', async () => {
    const tm = toActor(ctx.fixtures.user.team_manager)
    expect((await rows(1, tm)).map((r) => r.childRef)).toEqual(['TESTCHILD1'])
    expect((await rows(3, tm)).map((r) => r.childRef)).toEqual(['TESTCHILD1'])
    expect((await rows(2, tm)).map((r) => r.childRef)).toEqual(['TESTCHILD1'])
  })

  it('writes one sheet per list with the headings in row 1, real dates as dd/mm/yyyy and escaped text', async () => {
    const lists = await ctx.deps.services.annexA.allLists(analyst(), window)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await writeWorkbook(lists)) as unknown as ArrayBuffer)
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(annexALists.map((l) => l.sheet))
    for (const list of annexALists) {
      const ws = wb.getWorksheet(list.sheet)!
      expect((ws.getRow(1).values as unknown[]).slice(1), list.sheet).toEqual(
        list.columns.map((c) => c.heading),
      )
      expect(ws.actualRowCount - 1, list.sheet).toBe(lists[list.id - 1]!.rows.length)
    }
    const referral = wb.getWorksheet('List 3')!.getRow(2).getCell(6)
    expect(referral.value).toEqual(new Date('2026-05-01T00:00:00Z'))
    expect(referral.numFmt).toBe('dd/mm/yyyy')
    expect(wb.getWorksheet('List 3')!.getRow(3).getCell(10).value).toBe(`'${formulaTeamName}`)
  })

  it('the comparison counts equal the rows of each list', async () => {
    const counts = await ctx.deps.services.annexA.countLists(analyst(), window)
    for (const list of annexALists) expect(counts.get(list.id), list.sheet).toBe((await rows(list.id)).length)
  })
})
