/**
 * SSDA903 rules on OC3: care leavers reported around their 17th to 21st birthdays (in touch,
 * activity, accommodation), and the rules that keep OC3, OC2 and AD1 apart. The DfE 903 validation
 * rules; exported with the OC2 rules from outcomes.ts.
 */
import { blank, defineRule, rowsWhere, type Hit, type Rule, type RuleContext } from './define.js'
import { addYears, ageOn, dateOf } from './dates.js'
import { continuouslyLookedAfter, datedEpisodes } from './lookedAfter.js'
import { differsFromHeader, moreThanOnce, notInHeader } from './integrity.js'
import { accommodationCodes, activityCodes, inTouchCodes } from '../../../domain/codeLists/ssda903.js'
type Oc3 = RuleContext['current']['OC3'][number]
const OC3 = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const
const AD1 = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const
const OC2 = ['CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'] as const
const given = (row: Record<string, string>, fields: readonly string[]) => fields.some((f) => !blank(row[f]))
const code = (value: string) => value.trim()
const inList = (list: readonly { code: string }[], value: string) => list.some((c) => c.code === code(value))
/** Homeless (S) and custody (X) accommodation can never be recorded as suitable. */
const accommodation = accommodationCodes.filter((c) => c.code !== 'S1' && c.code !== 'X1')
const oc3Where = (ctx: RuleContext, failing: (row: Oc3) => boolean): Hit[] => rowsWhere(ctx, 'OC3', OC3, failing)
const dobOf = (row: Oc3) => dateOf(row.DOB)
/** The child's most recent birthday on or before 31 March. */
const lastBirthday = (dob: string, end: string) => addYears(dob, ageOn(dob, end))
/** A row with care leaver information for a child aged 17 or 18 on 31 March: the date of birth and that age (rules 1007, 1016). */
const givenAt17or18 = (ctx: RuleContext, r: Oc3): { dob: string; age: number } | null => {
  const dob = dobOf(r)
  if (dob === null || !given(r, OC3)) return null
  const age = ageOn(dob, ctx.collectionEnd)
  return age === 17 || age === 18 ? { dob, age } : null
}

export const careLeaverRules: readonly Rule[] = [
  defineRule({ code: '131', type: 'ERROR', message: 'Data entry for being in touch after leaving care is invalid.', tables: ['OC3'], fields: ['IN_TOUCH'],
    check: (ctx) => rowsWhere(ctx, 'OC3', ['IN_TOUCH'], (r) => !inList(inTouchCodes, r.IN_TOUCH)) }),
  defineRule({ code: '132', type: 'ERROR', message: 'Data entry for activity after leaving care is invalid.', tables: ['OC3'], fields: ['ACTIV'],
    check: (ctx) => rowsWhere(ctx, 'OC3', ['ACTIV'], (r) => !inList(activityCodes, r.ACTIV)) }),
  defineRule({ code: '133', type: 'ERROR', message: 'Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid', tables: ['OC3'], fields: ['ACCOM'],
    check: (ctx) => rowsWhere(ctx, 'OC3', ['ACCOM'], (r) => !inList(accommodation, r.ACCOM)) }),
  defineRule({ code: "153", type: 'ERROR', message: "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.", tables: ["OC3"], fields: ["IN_TOUCH", "ACTIV", "ACCOM"],
    check: (ctx) => oc3Where(ctx, (r) => given(r, OC3) && OC3.some((f) => blank(r[f]))) }),
  defineRule({ code: '344', type: 'ERROR', message: 'The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.', tables: ['OC3'], fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    check: (ctx) => oc3Where(ctx, (r) => ['DIED', 'RHOM'].includes(code(r.IN_TOUCH)) && (code(r.ACTIV) !== '0' || code(r.ACCOM) !== '0')) }),
  defineRule({ code: '345', type: 'ERROR', message: 'The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.', tables: ['OC3'], fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    check: (ctx) => oc3Where(ctx, (r) => code(r.IN_TOUCH) === 'YES' && (code(r.ACTIV) === '0' || code(r.ACCOM) === '0')) }),
  defineRule({ code: '391', type: 'ERROR', message: 'Young person was not 17, 18, 19, 20 or 21 during the current collection year.', tables: ['OC3'], fields: ['DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
    check: (ctx) =>
      rowsWhere(ctx, 'OC3', ['DOB', ...OC3], (r) => {
        const dob = dobOf(r)
        return dob !== null && given(r, OC3) && (addYears(dob, 17) > ctx.collectionEnd || addYears(dob, 22) <= ctx.collectionStart)
      }) }),
  defineRule({ code: '1000', type: 'ERROR', message: 'This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]', tables: ['Episodes', 'OC3'], fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    check: (ctx) => {
      // Died in care (REC E2) this year or, where it was given, last year.
      const diedLastYear = new Set((ctx.previous?.Episodes ?? []).filter((e) => code(e.REC) === 'E2').map((e) => e.CHILD))
      return oc3Where(ctx, (r) => diedLastYear.has(r.CHILD) || ctx.rowsOf('Episodes', r.CHILD).some((e) => code(e.row.REC) === 'E2'))
    } }),
  defineRule({ code: '1007', type: 'ERROR', message: 'Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]', tables: ['Episodes', 'OC3'], fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    check: (ctx) =>
      oc3Where(ctx, (r) => {
        const child = givenAt17or18(ctx, r)
        if (child === null) return false
        const birthday = lastBirthday(child.dob, ctx.collectionEnd)
        return datedEpisodes(ctx, r.CHILD).some((e) => e.decom !== null && e.decom <= birthday && (e.dec === null || e.dec > birthday))
      }) }),
  defineRule({ code: '1011', type: 'ERROR', message: 'This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.', tables: ['Episodes', 'OC3'], fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
    check: (ctx) =>
      oc3Where(ctx, (r) => {
        const last = datedEpisodes(ctx, r.CHILD).filter((e) => e.decom !== null).at(-1)
        return last !== undefined && code(last.REC) === 'E3' && given(r, OC3)
      }) }),
  defineRule({ code: '1016', type: 'ERROR', message: 'Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.', tables: ['Episodes', 'OC3'], fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'], fromYear: 2024,
    check: (ctx) =>
      oc3Where(ctx, (r) => {
        const child = givenAt17or18(ctx, r)
        if (child === null) return false
        const birthday = addYears(child.dob, child.age)
        return datedEpisodes(ctx, r.CHILD).some((e) => e.dec !== null && e.dec >= birthday)
      }) }),
  defineRule({ code: '3001', type: 'ERROR', message: 'Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).', tables: ['Header', 'OC3'], fields: ['REC'],
    check: (ctx) =>
      rowsWhere(ctx, 'OC3', ['ACCOM'], (r) => {
        const dob = dateOf(ctx.rowsOf('Header', r.CHILD)[0]?.row.DOB ?? '')
        const seventeenth = dob === null ? null : addYears(dob, 17)
        return ['Z1', 'Z2'].includes(code(r.ACCOM).toUpperCase()) && seventeenth !== null && seventeenth >= ctx.collectionStart && seventeenth <= ctx.collectionEnd
      }) }),
  defineRule({ code: '347', type: 'ERROR', message: 'Care leavers aged under 18 years, can not be accommodated in a Foyer.', tables: ['OC3'], fields: ['PLACE', 'DEC', 'URN'], fromYear: 2024,
    check: (ctx) =>
      rowsWhere(ctx, 'OC3', ['ACCOM'], (r) => {
        const dob = dobOf(r)
        return dob !== null && /^T[12]$/.test(code(r.ACCOM)) && ageOn(dob, ctx.collectionStart) < 18
      }) }),
  defineRule({ code: '134', type: 'ERROR', message: 'Data on adoption should not be entered for the OC3 cohort.', tables: ['OC3', 'AD1'], fields: ['IN_TOUCH', 'ACTIV', 'ACCOM', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
    check: (ctx) => rowsWhere(ctx, 'AD1', AD1, (r) => given(r, AD1) && ctx.rowsOf('OC3', r.CHILD).some((o) => given(o.row, OC3))) }),
  defineRule({ code: '187', type: 'ERROR', message: 'Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.', tables: ['OC3', 'AD1', 'Episodes'], fields: ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
    check: (ctx) => [
      ...oc3Where(ctx, (r) => continuouslyLookedAfter(ctx, r.CHILD) && given(r, OC3)),
      ...rowsWhere(ctx, 'AD1', AD1, (r) => continuouslyLookedAfter(ctx, r.CHILD) && given(r, AD1)),
    ] }),
  defineRule({ code: '215', type: 'ERROR', message: 'Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.', tables: ['OC2', 'OC3'], fields: ['IN_TOUCH', 'ACTIV', 'ACCOM', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    check: (ctx) => {
      const hits: Hit[] = []
      ctx.current.OC3.forEach((r, index) => {
        if (!given(r, OC3)) return
        const oc2 = ctx.rowsOf('OC2', r.CHILD).filter((o) => given(o.row, OC2))
        if (oc2.length === 0) return
        hits.push({ table: 'OC3', row: index, child: r.CHILD, fields: OC3 })
        for (const o of oc2) hits.push({ table: 'OC2', row: o.index, child: r.CHILD, fields: OC2 })
      })
      return hits
    } }),
  defineRule({ code: '628', type: 'ERROR', message: 'Motherhood details are not required for care leavers who have not been looked after during the year.', tables: ['Episodes', 'Header', 'OC3'], fields: ['MOTHER'],
    check: (ctx) =>
      // MOTHER is not reported for care leavers who were not looked after in the year (no episodes).
      rowsWhere(ctx, 'Header', ['MOTHER'], (h) => !blank(h.MOTHER) && ctx.rowsOf('Episodes', h.CHILD).length === 0 && ctx.rowsOf('OC3', h.CHILD).some((o) => given(o.row, OC3))) }),
  defineRule({ code: 'INT06', type: 'ERROR', message: 'Internal Check: Child in OC3 does not exist in Header.', tables: ['Header', 'OC3'], fields: ['CHILD'],
    check: notInHeader('OC3') }),
  defineRule({ code: 'INT15', type: 'ERROR', message: 'Internal Check: DOB in OC3 is different to DOB in Header.', tables: ['Header', 'OC3'], fields: ['DOB'],
    check: differsFromHeader('OC3', 'DOB') }),
  defineRule({ code: 'INT34', type: 'ERROR', message: 'Internal Check: Child should only exist once in OC3.', tables: ['OC3'], fields: ['CHILD'],
    check: moreThanOnce('OC3') }),
]
