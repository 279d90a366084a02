/**
 * SSDA903 rules on Header (child identifiers, sex, DOB, ethnicity, UPN, mother), and the Header
 * rules that look at the child's episodes. DfE 903 validation rules for lac2022_23 to lac2026_27;
 * messages verbatim.
 */
import type { Ssda903Row } from '../tables.js'
import { blank, defineRule, isoOf, rowsWhere, type Hit, type Rule, type RuleContext } from './define.js'
import { addYears } from './dates.js'
import { hitOn, isFemale, isMale, isOneOf, orderedEpisodes, withHeader } from './episodeOrder.js'

type Header = Ssda903Row<'Header'>
type Years = { fromYear?: number; toYear?: number }

function headerRule(code: string, message: string, fields: string[], failing: (h: Header, ctx: RuleContext, index: number) => boolean, years: Years = {}, tables: Rule['tables'] = ['Header']): Rule {
  return defineRule({ code, type: 'ERROR', message, tables, fields, ...years, check: (ctx) => rowsWhere(ctx, 'Header', fields, (h, i) => failing(h, ctx, i)) })
}

const ETHNIC = ['WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT']
/** A UPN: a check letter (not I, O or S), then 12 digits or 11 digits and a letter; else UN1–UN5 (DfE UPN guidance). */
const UPN = /^(?:(?![IOS])[A-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$/
const UNKNOWN_UPN = ['UN1', 'UN2', 'UN3', 'UN4', 'UN5']
const RESPITE = isOneOf(['V3', 'V4'])
const dob = (h: Header) => isoOf(h.DOB)
/** Children with at least one episode that is not a short break (V3/V4). */
const lookedAfter = (ctx: RuleContext, child: string) => ctx.rowsOf('Episodes', child).some(({ row }) => !RESPITE(row.LS))

/**
 * Rule 165, for children with an episode other than a short break: MOTHER is 0 or 1, blank for boys,
 * completed for girls looked after in the year, and not completed for a care leaver (OC3) who was not.
 */
function mother165(ctx: RuleContext, h: Header, index: number): Hit[] {
  const episodes = ctx.rowsOf('Episodes', h.CHILD).filter(({ row }) => !RESPITE(row.LS))
  if (episodes.length === 0) return []
  const inYear = episodes.some(({ row }) => {
    const [start, end] = [isoOf(row.DECOM), blank(row.DEC) ? ctx.collectionEnd : isoOf(row.DEC)]
    return start !== null && end !== null && start <= ctx.collectionEnd && end >= ctx.collectionStart
  })
  const oc3 = ctx.rowsOf('OC3', h.CHILD)
  const leaver = oc3.some(({ row }) => !blank(row.ACTIV) || !blank(row.ACCOM) || !blank(row.IN_TOUCH))
  const hasMother = !blank(h.MOTHER)
  const female = isFemale(ctx, h.SEX)
  const bad = (hasMother && !['0', '1'].includes(h.MOTHER.trim())) || (hasMother && isMale(ctx, h.SEX)) || (!hasMother && female && inYear) || (hasMother && female && !inYear && leaver)
  // The DfE tool reports the child's care leaver (OC3) rows with the Header row.
  return bad ? [hitOn('Header', index, h.CHILD, ['MOTHER', 'SEX']), ...oc3.map((o) => hitOn('OC3', o.index, h.CHILD, ['ACTIV', 'ACCOM', 'IN_TOUCH']))] : []
}

export const headerRules: readonly Rule[] = [
  headerRule('101', 'Gender code is not valid.', ['SEX'], (h) => !['1', '2'].includes(h.SEX.trim()), { toYear: 2024 }),
  headerRule('101', 'The child or young person’s reported sex is not valid.', ['SEX'], (h) => !['M', 'F', 'U'].includes(h.SEX.trim()), { fromYear: 2025 }),
  headerRule('232', 'Sex of the child/young person has been reported as unknown.', ['SEX'], (h) => h.SEX.trim().toUpperCase() === 'U', { fromYear: 2025 }),
  headerRule('102', 'Date of birth is not a valid date.', ['DOB'], (h) => dob(h) === null),
  headerRule('103', 'The ethnicity code is either not valid or has not been entered.', ['ETHNIC'], (h) => !ETHNIC.includes(h.ETHNIC)),
  headerRule('168', 'Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.', ['UPN'], (h) => !blank(h.UPN) && !UPN.test(h.UPN)),
  headerRule('171', 'Date of birth of mother\'s child is not a valid date.', ['MC_DOB'], (h) => !blank(h.MC_DOB) && isoOf(h.MC_DOB) === null),
  headerRule('174', 'Mother\'s child date of birth is recorded but gender shows that the child is a male.', ['SEX', 'MC_DOB'], (h, ctx) => isMale(ctx, h.SEX) && !blank(h.MC_DOB), { toYear: 2024 }),
  headerRule('174', 'Mother\'s child date of birth is recorded but sex shows that the child is a male.', ['SEX', 'MC_DOB'], (h, ctx) => isMale(ctx, h.SEX) && !blank(h.MC_DOB), { fromYear: 2025 }),
  // UN1 means "not yet allocated a UPN": a child of school age (4 by the 31 August before the year) should have one.
  headerRule('209', 'Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.', ['UPN', 'DOB'], (h, ctx) => {
    const d = dob(h)
    return h.UPN.trim() === 'UN1' && d !== null && addYears(d, 4) <= `${Number(ctx.collectionStart.slice(0, 4)) - 1}-08-31`
  }),
  headerRule('301', 'Date of birth falls after the year ended.', ['DOB'], (h, ctx) => (dob(h) ?? '') > ctx.collectionEnd),
  headerRule('351', 'Child was over 25 at the start of the current collection year.', ['DOB'], (h, ctx) => {
    const d = dob(h)
    return d !== null && ctx.collectionStart > addYears(d, 25)
  }),
  // The Header's UASC flag is derived from the UASC table, as the DfE tool does.
  headerRule('231', 'We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.', ['DOB', 'UASC_STATUS'], (h, ctx) => {
    const d = dob(h)
    return d !== null && d > addYears(ctx.collectionEnd, -11) && ctx.rowsOf('UASC', h.CHILD).length > 0
  }, { fromYear: 2025 }),
  headerRule('393', 'Child is looked after but mother field is not completed.', ['MOTHER'], (h, ctx) => isFemale(ctx, h.SEX) && blank(h.MOTHER) && lookedAfter(ctx, h.CHILD), {}, ['Header', 'Episodes']),
  headerRule('442', 'Unique Pupil Number (UPN) field is not completed.', ['UPN'], (h, ctx) => blank(h.UPN) && lookedAfter(ctx, h.CHILD), {}, ['Episodes', 'Header']),
  defineRule({
    code: '444', type: 'ERROR', message: 'Duplicate UPN has been reported', tables: ['Header'], fields: ['UPN'], fromYear: 2026,
    check: (ctx) => {
      const counts = new Map<string, number>()
      for (const h of ctx.current.Header) if (!blank(h.UPN) && !UNKNOWN_UPN.includes(h.UPN.trim())) counts.set(h.UPN.trim(), (counts.get(h.UPN.trim()) ?? 0) + 1)
      return rowsWhere(ctx, 'Header', ['UPN'], (h) => (counts.get(h.UPN.trim()) ?? 0) > 1)
    },
  }),
  defineRule({
    code: '165', type: 'ERROR', message: 'Data entry for mother status is invalid.', tables: ['Header', 'Episodes', 'OC3'], fields: ['MOTHER', 'SEX', 'ACTIV', 'ACCOM', 'IN_TOUCH', 'DECOM'],
    check: (ctx) => ctx.current.Header.flatMap((h, index): Hit[] => mother165(ctx, h, index)),
  }),
  headerRule('611', 'Date of birth field is blank, but child is a mother.', ['MOTHER', 'MC_DOB'], (h) => h.MOTHER.trim() === '1' && blank(h.MC_DOB)),
  headerRule('612', 'Date of birth field has been completed but mother field indicates child is not a mother.', ['SEX', 'MOTHER', 'MC_DOB'], (h, ctx) => (h.MOTHER.trim() === '0' || blank(h.MOTHER)) && isFemale(ctx, h.SEX) && !blank(h.MC_DOB)),
  headerRule('620', 'Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.', ['DOB', 'MOTHER'], (h, ctx) => {
    const d = dob(h)
    return h.MOTHER.trim() === '1' && d !== null && addYears(d, 11) > ctx.collectionStart
  }),
  headerRule('621', 'Mother’s field has been completed but date of birth shows that the mother is younger than her child.', ['DOB', 'MC_DOB'], (h) => {
    const [d, mc] = [dob(h), isoOf(h.MC_DOB)]
    return d !== null && mc !== null && mc <= d
  }),
  defineRule({
    code: 'INT32', type: 'ERROR', message: 'Internal Check: Child should only exist once in Header.', tables: ['Header'], fields: ['CHILD'],
    check: (ctx) => rowsWhere(ctx, 'Header', ['CHILD'], (h) => ctx.rowsOf('Header', h.CHILD).length > 1),
  }),
  headerRule('EPI', 'WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]', ['CHILD'], (h, ctx) => ctx.rowsOf('Episodes', h.CHILD).length === 0 && ctx.rowsOf('OC3', h.CHILD).length === 0),
  // UN4 ("UPN not yet obtained") is for children who came into care in the last week of the year.
  defineRule({
    code: '210', type: 'ERROR', message: 'Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.', tables: ['Header', 'Episodes'], fields: ['UPN', 'DECOM'],
    check: (ctx) => ctx.current.Header.flatMap((h): Hit[] => {
      if (h.UPN.trim() !== 'UN4') return []
      const lastWeek = `${ctx.collectionEnd.slice(0, 4)}-03-24`
      return withHeader(ctx, h.CHILD, orderedEpisodes(ctx, h.CHILD).filter((e) => e.decom !== null && e.decom >= lastWeek).map((e) => e.index), ['UPN', 'DECOM'])
    }),
  }),
  defineRule({
    code: '607', type: 'ERROR', message: 'Child ceased to be looked after in the year, but mother field has not been completed.', tables: ['Episodes', 'Header'], fields: ['DEC', 'REC', 'MOTHER', 'LS', 'SEX'],
    check: (ctx) => ctx.current.Header.flatMap((h): Hit[] => {
      if (!isFemale(ctx, h.SEX) || !blank(h.MOTHER)) return []
      const ceased = orderedEpisodes(ctx, h.CHILD).filter((e) => e.dec !== null && e.dec >= ctx.collectionStart && e.dec <= ctx.collectionEnd && !blank(e.row.REC) && e.row.REC !== 'X1' && !RESPITE(e.row.LS))
      return withHeader(ctx, h.CHILD, ceased.map((e) => e.index), ['DEC', 'REC', 'MOTHER', 'LS', 'SEX'])
    }),
  }),
  // The mother's child cannot be born after the year ends or after the mother's last episode ended.
  defineRule({
    code: '625', type: 'ERROR', message: 'Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.', tables: ['Episodes', 'Header'], fields: ['MC_DOB', 'DEC'],
    check: (ctx) => ctx.current.Header.flatMap((h): Hit[] => {
      const mc = isoOf(h.MC_DOB)
      let last: { index: number; dec: string } | undefined
      for (const e of orderedEpisodes(ctx, h.CHILD)) if (e.dec !== null && (!last || e.dec > last.dec || (e.dec === last.dec && e.index < last.index))) last = { index: e.index, dec: e.dec }
      if (mc === null || !last || !(mc > ctx.collectionEnd || mc > last.dec)) return []
      return withHeader(ctx, h.CHILD, [last.index], ['MC_DOB', 'DEC'])
    }),
  }),
]
