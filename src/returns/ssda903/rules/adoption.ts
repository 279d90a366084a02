/**
 * SSDA903 rules on AD1 (children adopted in the year) and PlacedAdoption (decisions that a child
 * should be placed for adoption), and their cross-checks with Episodes (Adoption and Children Act
 * 2002 ss.18-21; Adoption Agencies Regulations 2005 reg 19). The DfE 903 validation rules.
 */
import { blank, defineRule, rowsWhere, type Hit, type Rule, type RuleContext } from './define.js'
import { dateOf } from './dates.js'
import { datedEpisodes } from './lookedAfter.js'
import { differsFromHeader, moreThanOnce, notInHeader } from './integrity.js'
import { adopterLegalStatuses, adopterSexes, reasonsPlacedCeased } from '../../../domain/codeLists/ssda903.js'
const AD1 = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const
const PLACED_FOR_ADOPTION = ['A3', 'A4', 'A5', 'A6']
const ADOPTED = ['E11', 'E12']
const code = (value: string) => value.trim()
const invalidDate = (value: string) => !blank(value) && dateOf(value) === null
const notIn = (list: readonly { code: string }[], value: string) => !blank(value) && !list.some((c) => c.code === code(value))
const ad1Where = (ctx: RuleContext, fields: readonly string[], failing: (row: RuleContext['current']['AD1'][number]) => boolean): Hit[] => rowsWhere(ctx, 'AD1', fields, failing)
const paWhere = (ctx: RuleContext, fields: readonly string[], failing: (row: RuleContext['current']['PlacedAdoption'][number], index: number) => boolean): Hit[] =>
  rowsWhere(ctx, 'PlacedAdoption', fields, failing)
const sexIs = (value: string, allowed: string[]) => allowed.includes(code(value))
/** Episode rows paired with the child's rows in `table`, when `failing` holds for the pair. */
function pairs<T extends 'AD1' | 'PlacedAdoption'>(
  ctx: RuleContext, table: T, episodeFields: readonly string[], fields: readonly string[],
  episodes: (child: string) => ReturnType<typeof datedEpisodes>,
  failing: (e: ReturnType<typeof datedEpisodes>[number], row: RuleContext['current'][T][number]) => boolean,
): Hit[] {
  const hits: Hit[] = []
  const seen = new Set<string>()
  const add = (h: Hit) => { const k = `${h.table}:${h.row}`; if (!seen.has(k)) { seen.add(k); hits.push(h) } }
  for (const child of new Set(ctx.current[table].map((r) => (r as { CHILD: string }).CHILD))) {
    for (const e of episodes(child)) {
      for (const { index, row } of ctx.rowsOf(table, child)) {
        if (!failing(e, row as RuleContext['current'][T][number])) continue
        add({ table: 'Episodes', row: e.index, child, fields: episodeFields })
        add({ table, row: index, child, fields })
      }
    }
  }
  return hits
}
const all = (ctx: RuleContext) => (child: string) => datedEpisodes(ctx, child)
/** The child's first episode with RNE S (or the latest such, when `latest`). */
const startedCare = (ctx: RuleContext, latest = false) => (child: string) => {
  const s = datedEpisodes(ctx, child).filter((e) => e.RNE.trim() === 'S' && e.decom !== null)
  const one = latest ? s.at(-1) : s[0]
  return one ? [one] : []
}

export const adoptionRules: readonly Rule[] = [
  defineRule({ code: '112', type: 'ERROR', message: 'Date should be placed for adoption is not a valid date.', tables: ['AD1'], fields: ['DATE_INT'],
    check: (ctx) => ad1Where(ctx, ['DATE_INT'], (r) => invalidDate(r.DATE_INT)) }),
  defineRule({ code: '113', type: 'ERROR', message: 'Date matching child and adopter(s) is not a valid date.', tables: ['AD1'], fields: ['DATE_MATCH'],
    check: (ctx) => ad1Where(ctx, ['DATE_MATCH'], (r) => invalidDate(r.DATE_MATCH)) }),
  defineRule({ code: '114', type: 'ERROR', message: 'Data entry to record the status of former carer(s) of an adopted child is invalid.', tables: ['AD1'], fields: ['FOSTER_CARE'],
    check: (ctx) => ad1Where(ctx, ['FOSTER_CARE'], (r) => !blank(r.FOSTER_CARE) && !['0', '1'].includes(code(r.FOSTER_CARE))) }),
  defineRule({ code: '175', type: 'ERROR', message: 'The number of adopter(s) code is not a valid code.', tables: ['AD1'], fields: ['NB_ADOPTR'],
    check: (ctx) => ad1Where(ctx, ['NB_ADOPTR'], (r) => !blank(r.NB_ADOPTR) && !['1', '2'].includes(code(r.NB_ADOPTR))) }),
  defineRule({ code: '176', type: 'ERROR', message: 'The gender of adopter(s) at the date of adoption code is not a valid code.', tables: ['AD1'], fields: ['SEX_ADOPTR'],
    check: (ctx) => ad1Where(ctx, ['SEX_ADOPTR'], (r) => notIn(adopterSexes, r.SEX_ADOPTR)) }),
  defineRule({ code: '177', type: 'ERROR', message: 'The legal status of adopter(s) code is not a valid code.', tables: ['AD1'], fields: ['LS_ADOPTR'],
    check: (ctx) => ad1Where(ctx, ['LS_ADOPTR'], (r) => notIn(adopterLegalStatuses, r.LS_ADOPTR)) }),
  defineRule({ code: '151', type: 'ERROR', message: 'All data items relating to a childs adoption must be coded or left blank.', tables: ['AD1'], fields: ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTER', 'SEX_ADOPTR', 'LS_ADOPTR'],
    check: (ctx) => ad1Where(ctx, AD1, (r) => AD1.some((f) => !blank(r[f])) && AD1.some((f) => blank(r[f]))) }),
  defineRule({ code: '511', type: 'ERROR', message: 'If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.', tables: ['AD1'], fields: ['NB_ADOPTR', 'SEX_ADOPTR'],
    check: (ctx) => ad1Where(ctx, ['NB_ADOPTR', 'SEX_ADOPTR'], (r) => code(r.NB_ADOPTR) === '2' && sexIs(r.SEX_ADOPTR, ['M1', 'F1'])) }),
  defineRule({ code: '514', type: 'ERROR', message: 'Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.', tables: ['AD1'], fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    check: (ctx) => ad1Where(ctx, ['LS_ADOPTR', 'SEX_ADOPTR'], (r) => code(r.LS_ADOPTR) === 'L0' && !sexIs(r.SEX_ADOPTR, ['M1', 'F1'])) }),
  defineRule({ code: '517', type: 'ERROR', message: 'If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.', tables: ['AD1'], fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    check: (ctx) => ad1Where(ctx, ['LS_ADOPTR', 'SEX_ADOPTR'], (r) => code(r.LS_ADOPTR) === 'L3' && !sexIs(r.SEX_ADOPTR, ['MF'])) }),
  defineRule({ code: '518', type: 'ERROR', message: 'If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.', tables: ['AD1'], fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    check: (ctx) => ad1Where(ctx, ['LS_ADOPTR', 'SEX_ADOPTR'], (r) => code(r.LS_ADOPTR) === 'L4' && !sexIs(r.SEX_ADOPTR, ['MM', 'FF'])) }),
  defineRule({ code: '519', type: 'ERROR', message: 'Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.', tables: ['AD1'], fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    check: (ctx) => ad1Where(ctx, ['LS_ADOPTR', 'SEX_ADOPTR'], (r) => code(r.LS_ADOPTR) === 'L2' && !sexIs(r.SEX_ADOPTR, ['MM', 'FF', 'MF'])) }),
  defineRule({ code: '520', type: 'ERROR', message: 'Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.', tables: ['AD1'], fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    check: (ctx) => ad1Where(ctx, ['LS_ADOPTR', 'SEX_ADOPTR'], (r) => code(r.LS_ADOPTR) === 'L11' && !sexIs(r.SEX_ADOPTR, ['MF'])) }),
  defineRule({ code: '524', type: 'ERROR', message: 'If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females', tables: ['AD1'], fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
    check: (ctx) => ad1Where(ctx, ['LS_ADOPTR', 'SEX_ADOPTR'], (r) => code(r.LS_ADOPTR) === 'L12' && !sexIs(r.SEX_ADOPTR, ['MM', 'FF'])) }),
  defineRule({ code: '333', type: 'ERROR', message: 'Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).', tables: ['AD1'], fields: ['DATE_INT'],
    check: (ctx) =>
      ad1Where(ctx, ['DATE_INT', 'DATE_MATCH'], (r) => {
        const [int, match] = [dateOf(r.DATE_INT), dateOf(r.DATE_MATCH)]
        return match !== null && (int === null || int > match)
      }) }),
  defineRule({ code: '334', type: 'ERROR', message: 'Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption.', tables: ['Episodes', 'AD1'], fields: ['DATE_INT', 'DECOM', 'RNE'],
    check: (ctx) => pairs(ctx, 'AD1', ['DECOM', 'RNE'], ['DATE_INT'], startedCare(ctx, true), (e, r) => (dateOf(r.DATE_INT) ?? '9999') < e.decom!) }),
  defineRule({ code: '331', type: 'ERROR', message: 'Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.', tables: ['AD1', 'Episodes'], fields: ['DATE_MATCH', 'DECOM', 'REC'],
    check: (ctx) => pairs(ctx, 'AD1', ['DECOM', 'REC'], ['DATE_MATCH'], all(ctx), (e, r) => ADOPTED.includes(code(e.REC)) && e.decom !== null && (dateOf(r.DATE_MATCH) ?? '') > e.decom) }),
  defineRule({ code: '335', type: 'ERROR', message: 'The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.', tables: ['Episodes', 'AD1'], fields: ['PLACE', 'FOSTER_CARE'],
    check: (ctx) =>
      pairs(ctx, 'AD1', ['PLACE'], ['FOSTER_CARE'], all(ctx), (e, r) =>
        ['E1', 'E11', 'E12'].includes(code(e.REC)) &&
        ((['A3', 'A5'].includes(code(e.PLACE)) && code(r.FOSTER_CARE) === '0') || (['A4', 'A6'].includes(code(e.PLACE)) && code(r.FOSTER_CARE) === '1'))) }),
  defineRule({ code: "521", type: 'ERROR', message: "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.", tables: ["Episodes", "AD1"], fields: ["PLACE", "DECOM", "DATE_INT"],
    check: (ctx) => pairs(ctx, 'AD1', ['PLACE', 'DECOM'], ['DATE_INT'], all(ctx), (e, r) => PLACED_FOR_ADOPTION.includes(code(e.PLACE)) && e.decom !== null && (dateOf(r.DATE_INT) ?? '') > e.decom) }),
  defineRule({ code: '582', type: 'ERROR', message: 'Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.', tables: ['Episodes', 'AD1'], fields: ['DEC', 'DATE_MATCH'],
    check: (ctx) => pairs(ctx, 'AD1', ['DEC'], ['DATE_MATCH'], all(ctx), (e, r) => ADOPTED.includes(code(e.REC)) && e.dec !== null && dateOf(r.DATE_MATCH) === e.dec).filter((h) => h.table === 'Episodes') }),
  defineRule({ code: '601', type: 'ERROR', message: 'The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.', tables: ['Episodes', 'AD1'], fields: ['REC', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
    check: (ctx) => {
      // Adopted in the year (REC E11/E12 with DEC in the year) needs a complete AD1 row; a missing row counts as incomplete.
      const hits: Hit[] = []
      ctx.current.Episodes.forEach((e, index) => {
        const dec = dateOf(e.DEC)
        if (!ADOPTED.includes(code(e.REC)) || dec === null || dec < ctx.collectionStart || dec > ctx.collectionEnd) return
        const ad1 = ctx.rowsOf('AD1', e.CHILD)
        const incomplete = ad1.filter((a) => AD1.some((f) => blank(a.row[f])))
        if (ad1.length > 0 && incomplete.length === 0) return
        hits.push({ table: 'Episodes', row: index, child: e.CHILD, fields: ['REC'] })
        for (const a of incomplete) hits.push({ table: 'AD1', row: a.index, child: e.CHILD, fields: AD1 })
      })
      return hits
    } }),
  defineRule({ code: '602', type: 'ERROR', message: 'The episode data submitted for this child does not show that he/she was adopted during the year.', tables: ['Episodes', 'AD1'], fields: ['CHILD'],
    check: (ctx) =>
      ad1Where(ctx, ['CHILD'], (r) =>
        AD1.some((f) => !blank(r[f])) &&
        !ctx.rowsOf('Episodes', r.CHILD).some(({ row: e }) => {
          const dec = dateOf(e.DEC)
          return ADOPTED.includes(code(e.REC)) && dec !== null && dec >= ctx.collectionStart && dec <= ctx.collectionEnd
        })) }),
  defineRule({ code: 'INT01', type: 'ERROR', message: 'Data Integrity Check: Child in AD1 does not exist in Header.', tables: ['Header', 'AD1'], fields: ['CHILD'],
    check: notInHeader('AD1') }),
  defineRule({ code: 'INT11', type: 'ERROR', message: 'Internal Check: DOB in AD1 is different to DOB in Header.', tables: ['Header', 'AD1'], fields: ['DOB'],
    check: differsFromHeader('AD1', 'DOB') }),
  defineRule({ code: 'INT31', type: 'ERROR', message: 'Internal Check: Child should only exist once in AD1.', tables: ['AD1'], fields: ['CHILD'],
    check: moreThanOnce('AD1') }),
  defineRule({ code: "115", type: 'ERROR', message: "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.", tables: ["PlacedAdoption"], fields: ["DATE_PLACED"],
    check: (ctx) => paWhere(ctx, ['DATE_PLACED'], (r) => invalidDate(r.DATE_PLACED)) }),
  defineRule({ code: "116", type: 'ERROR', message: "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.", tables: ["PlacedAdoption"], fields: ["DATE_PLACED_CEASED"],
    check: (ctx) => paWhere(ctx, ['DATE_PLACED_CEASED'], (r) => invalidDate(r.DATE_PLACED_CEASED)) }),
  defineRule({ code: '119', type: 'ERROR', message: 'If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.', tables: ['PlacedAdoption'], fields: ['REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'],
    check: (ctx) => paWhere(ctx, ['REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'], (r) => blank(r.DATE_PLACED_CEASED) !== blank(r.REASON_PLACED_CEASED)) }),
  defineRule({ code: '120', type: 'ERROR', message: 'The reason for the reversal of the decision that the child should be placed for adoption code is not valid.', tables: ['PlacedAdoption'], fields: ['REASON_PLACED_CEASED'],
    check: (ctx) => paWhere(ctx, ['REASON_PLACED_CEASED'], (r) => notIn(reasonsPlacedCeased, r.REASON_PLACED_CEASED)) }),
  defineRule({ code: '184', type: 'ERROR', message: 'Date of decision that a child should be placed for adoption is before the child was born.', tables: ['Header', 'PlacedAdoption'], fields: ['DATE_PLACED', 'DOB'],
    check: (ctx) =>
      paWhere(ctx, ['DATE_PLACED'], (r) => {
        const placed = dateOf(r.DATE_PLACED)
        const dob = dateOf(ctx.rowsOf('Header', r.CHILD)[0]?.row.DOB ?? '')
        return placed !== null && dob !== null && placed < dob
      }) }),
  defineRule({ code: '522', type: 'ERROR', message: 'Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.', tables: ['PlacedAdoption'], fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    check: (ctx) => paWhere(ctx, ['DATE_PLACED', 'DATE_PLACED_CEASED'], (r) => (dateOf(r.DATE_PLACED_CEASED) ?? '9999') < (dateOf(r.DATE_PLACED) ?? '')) }),
  defineRule({ code: '563', type: 'ERROR', message: 'The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank', tables: ['PlacedAdoption'], fields: ['DATE_PLACED', 'REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'],
    check: (ctx) => paWhere(ctx, ['DATE_PLACED', 'REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'], (r) => !blank(r.REASON_PLACED_CEASED) && !blank(r.DATE_PLACED_CEASED) && blank(r.DATE_PLACED)) }),
  defineRule({ code: '579', type: 'ERROR', message: 'A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.', tables: ['PlacedAdoption'], fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    check: (ctx) => {
      const hits: Hit[] = []
      for (const child of new Set(ctx.current.PlacedAdoption.map((r) => r.CHILD))) {
        const rows = ctx.rowsOf('PlacedAdoption', child).map(({ index, row }) => ({ index, placed: dateOf(row.DATE_PLACED), ceased: dateOf(row.DATE_PLACED_CEASED), ceasedBlank: blank(row.DATE_PLACED_CEASED) }))
        rows.sort((a, b) => (a.placed ?? '9999').localeCompare(b.placed ?? '9999'))
        rows.slice(1).forEach((r, i) => {
          const prev = rows[i]!
          if (prev.ceasedBlank || (r.placed !== null && prev.ceased !== null && r.placed < prev.ceased)) hits.push({ table: 'PlacedAdoption', row: r.index, child, fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'] })
        })
      }
      return hits
    } }),
  defineRule({ code: '583', type: 'ERROR', message: 'More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.', tables: ['PlacedAdoption'], fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
    check: (ctx) => {
      const hits: Hit[] = []
      for (const child of new Set(ctx.current.PlacedAdoption.map((r) => r.CHILD))) {
        const rows = ctx.rowsOf('PlacedAdoption', child)
        const latest = rows.reduce((a, b) => ((dateOf(b.row.DATE_PLACED) ?? '') > (dateOf(a.row.DATE_PLACED) ?? '') ? b : a))
        for (const { index, row } of rows) if (index !== latest.index && blank(row.DATE_PLACED_CEASED)) hits.push({ table: 'PlacedAdoption', row: index, child, fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'] })
      }
      return hits
    } }),
  defineRule({ code: '523', type: 'ERROR', message: 'Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).', tables: ['PlacedAdoption', 'AD1'], fields: ['DATE_PLACED', 'DATE_INT'],
    check: (ctx) => {
      const hits: Hit[] = []
      ctx.current.PlacedAdoption.forEach((p, index) => {
        if (blank(p.DATE_PLACED)) return
        for (const a of ctx.rowsOf('AD1', p.CHILD)) {
          if (blank(a.row.DATE_INT) || dateOf(a.row.DATE_INT) === dateOf(p.DATE_PLACED)) continue
          hits.push({ table: 'PlacedAdoption', row: index, child: p.CHILD, fields: ['DATE_PLACED'] }, { table: 'AD1', row: a.index, child: p.CHILD, fields: ['DATE_INT'] })
        }
      })
      return hits
    } }),
  defineRule({ code: '525', type: 'ERROR', message: 'A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.', tables: ['PlacedAdoption', 'AD1'], fields: ['DATE_PLACED_CEASED', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
    check: (ctx) => {
      const hits: Hit[] = []
      ctx.current.PlacedAdoption.forEach((p, index) => {
        if (blank(p.DATE_PLACED_CEASED)) return
        const ad1 = ctx.rowsOf('AD1', p.CHILD).filter((a) => AD1.some((f) => !blank(a.row[f])))
        if (ad1.length === 0) return
        hits.push({ table: 'PlacedAdoption', row: index, child: p.CHILD, fields: ['DATE_PLACED_CEASED'] })
        for (const a of ad1) hits.push({ table: 'AD1', row: a.index, child: p.CHILD, fields: AD1 })
      })
      return hits
    } }),
  defineRule({ code: "1003", type: 'ERROR', message: "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.", tables: ["Episodes", "PlacedAdoption"], fields: ["DATE_PLACED", "DECOM", "RNE"],
    check: (ctx) => pairs(ctx, 'PlacedAdoption', ['DECOM', 'RNE'], ['DATE_PLACED'], startedCare(ctx), (e, r) => (dateOf(r.DATE_PLACED) ?? '9999') < e.decom!) }),
  defineRule({ code: '551', type: 'ERROR', message: 'Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.', tables: ['Episodes', 'PlacedAdoption'], fields: ['DATE_PLACED', 'PLACE'],
    check: (ctx) =>
      rowsWhere(ctx, 'Episodes', ['PLACE'], (e) => PLACED_FOR_ADOPTION.includes(code(e.PLACE)) && !ctx.rowsOf('PlacedAdoption', e.CHILD).some((p) => !blank(p.row.DATE_PLACED))) }),
  defineRule({ code: '552', type: 'ERROR', message: 'Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.', tables: ['Episodes', 'PlacedAdoption'], fields: ['DATE_PLACED', 'DECOM'],
    check: (ctx) =>
      pairs(ctx, 'PlacedAdoption', ['DECOM'], ['DATE_PLACED'], (child) => datedEpisodes(ctx, child).filter((e) => PLACED_FOR_ADOPTION.includes(code(e.PLACE)) && e.decom !== null).slice(0, 1), (e, r) => {
        const latest = ctx.rowsOf('PlacedAdoption', r.CHILD).map((p) => dateOf(p.row.DATE_PLACED) ?? '').sort().at(-1) ?? ''
        return dateOf(r.DATE_PLACED) === latest && latest > e.decom!
      }) }),
  defineRule({ code: '553', type: 'ERROR', message: 'Placement order has been granted but there is no date of decision that the child should be placed for adoption.', tables: ['Episodes', 'PlacedAdoption'], fields: ['CHILD', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
    check: (ctx) => [
      ...rowsWhere(ctx, 'Episodes', ['LS'], (e) => code(e.LS) === 'E1' && ctx.rowsOf('PlacedAdoption', e.CHILD).length === 0),
      ...paWhere(ctx, ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'], (p) =>
        (!blank(p.DATE_PLACED_CEASED) || !blank(p.REASON_PLACED_CEASED)) && ctx.rowsOf('Episodes', p.CHILD).some((e) => code(e.row.LS) === 'E1' && blank(e.row.DEC))),
    ] }),
  defineRule({ code: '554', type: 'ERROR', message: 'Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]', tables: ['Episodes', 'PlacedAdoption'], fields: ['DATE_PLACED', 'DECOM', 'LS'],
    check: (ctx) =>
      pairs(ctx, 'PlacedAdoption', ['DECOM', 'LS'], ['DATE_PLACED'], (child) => datedEpisodes(ctx, child).filter((e) => code(e.LS) === 'E1' && e.decom !== null).slice(0, 1), (e, r) => (dateOf(r.DATE_PLACED) ?? '') > e.decom!) }),
  defineRule({ code: '557', type: 'ERROR', message: 'Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.', tables: ['Episodes', 'PlacedAdoption'], fields: ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED', 'PLACE', 'LS', 'REC'],
    check: (ctx) => {
      // A freeing order (LS D1, Adoption Act 1976 s18) is also a decision to place for adoption; the DfE
      // dropped D1 from this rule from 2024-25, leaving placement orders (E1) only.
      const orders = ctx.yearEnding <= 2024 ? ['D1', 'E1'] : ['E1']
      const hits: Hit[] = []
      ctx.current.Episodes.forEach((e, index) => {
        const placedOrOrder = PLACED_FOR_ADOPTION.includes(code(e.PLACE)) || orders.includes(code(e.LS))
        const leftNotAdopted = !blank(e.REC) && code(e.REC) !== 'X1' && !ADOPTED.includes(code(e.REC))
        if (!placedOrOrder || !leftNotAdopted) return
        const pa = ctx.rowsOf('PlacedAdoption', e.CHILD)
        const open = pa.filter((p) => blank(p.row.DATE_PLACED_CEASED) || blank(p.row.REASON_PLACED_CEASED))
        if (pa.length > 0 && open.length === 0) return
        hits.push({ table: 'Episodes', row: index, child: e.CHILD, fields: ['PLACE', 'LS', 'REC'] })
        for (const p of open) hits.push({ table: 'PlacedAdoption', row: p.index, child: e.CHILD, fields: ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'] })
      })
      return hits
    } }),
  defineRule({ code: '558', type: 'ERROR', message: 'If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.', tables: ['Episodes', 'PlacedAdoption'], fields: ['DATE_PLACED_CEASED', 'REC'],
    check: (ctx) => rowsWhere(ctx, 'Episodes', ['REC'], (e) => ADOPTED.includes(code(e.REC)) && ctx.rowsOf('PlacedAdoption', e.CHILD).some((p) => !blank(p.row.DATE_PLACED_CEASED)) && ctx.rowsOf('PlacedAdoption', e.CHILD).every((p) => !blank(p.row.DATE_PLACED_CEASED))) }),
  defineRule({ code: '117', type: 'ERROR', message: 'Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.', tables: ['Episodes', 'PlacedAdoption'], fields: ['DATE_PLACED_CEASED', 'DATE_PLACED', 'DEC', 'REC', 'DECOM'],
    check: (ctx) =>
      pairs(ctx, 'PlacedAdoption', ['DEC', 'REC'], ['DATE_PLACED', 'DATE_PLACED_CEASED'], (child) => datedEpisodes(ctx, child).filter((e) => e.decom !== null && code(e.REC) !== 'X1').slice(-1), (e, r) =>
        [dateOf(r.DATE_PLACED), dateOf(r.DATE_PLACED_CEASED)].some((d) => d !== null && (d > ctx.collectionEnd || (e.dec !== null && d > e.dec)))) }),
  defineRule({ code: '118', type: 'ERROR', message: 'Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.', tables: ['Episodes', 'PlacedAdoption'], fields: ['DECOM', 'DECOM', 'LS'],
    check: (ctx) =>
      pairs(ctx, 'PlacedAdoption', ['DECOM'], ['DATE_PLACED_CEASED'], (child) => datedEpisodes(ctx, child).filter((e) => e.decom !== null && !['V3', 'V4'].includes(code(e.LS))).slice(0, 1), (e, r) => {
        const ceased = dateOf(r.DATE_PLACED_CEASED)
        return ceased !== null && (ceased < e.decom! || ceased < ctx.collectionStart)
      }) }),
  defineRule({ code: 'INT02', type: 'ERROR', message: 'Internal Check: Child in PlacedAdoption does not exist in Header.', tables: ['Header', 'PlacedAdoption'], fields: ['CHILD'],
    check: notInHeader('PlacedAdoption') }),
  defineRule({ code: 'INT12', type: 'ERROR', message: 'Internal Check: DOB in PlacedAdoption is different to DOB in Header.', tables: ['Header', 'PlacedAdoption'], fields: ['DOB'],
    check: differsFromHeader('PlacedAdoption', 'DOB') }),
]
