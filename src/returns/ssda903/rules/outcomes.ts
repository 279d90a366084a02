/**
 * SSDA903 rules on OC2: outcomes for children looked after continuously for 12 months at 31 March
 * (SDQ, convictions, health checks, substance misuse). The DfE 903 validation rules; OC3 rules are in
 * careLeavers.ts and are exported with these.
 */
import { blank, defineRule, rowsWhere, type Hit, type Rule, type RuleContext } from './define.js'
import { addYears, dateOf } from './dates.js'
import { continuouslyLookedAfter, datedEpisodes } from './lookedAfter.js'
import { differsFromHeader, moreThanOnce, notInHeader } from './integrity.js'
import { careLeaverRules } from './careLeavers.js'
import { sdqReasons } from '../../../domain/codeLists/ssda903.js'
type Oc2 = RuleContext['current']['OC2'][number]
const FLAGS = ['CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'] as const
const HEALTH = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'] as const
const SDQ = ['SDQ_SCORE', 'SDQ_REASON']
const anyGiven = (row: Oc2, fields: readonly (keyof Oc2)[]) => fields.some((f) => !blank(row[f]))
const anyBlank = (row: Oc2, fields: readonly (keyof Oc2)[]) => fields.some((f) => blank(row[f]))
const noSdq = (row: Oc2) => blank(row.SDQ_SCORE) && blank(row.SDQ_REASON)
/** The date of the child's nth birthday, or null when the OC2 DOB is not a date. */
const birthday = (row: Oc2, n: number) => {
  const dob = dateOf(row.DOB)
  return dob === null ? null : addYears(dob, n)
}
const cla = (ctx: RuleContext, row: Oc2) => continuouslyLookedAfter(ctx, row.CHILD)
/** OC2 rows of children looked after for 12 months (or not) that fail `failing`. */
const oc2Where = (ctx: RuleContext, fields: readonly string[], failing: (row: Oc2) => boolean): Hit[] => rowsWhere(ctx, 'OC2', fields, failing)

export const oc2Rules: readonly Rule[] = [
  defineRule({ code: '180', type: 'ERROR', message: 'Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.', tables: ['OC2'], fields: ['SDQ_SCORE'],
    check: (ctx) => oc2Where(ctx, ['SDQ_SCORE'], (r) => !blank(r.SDQ_SCORE) && !(/^\d{1,2}$/.test(r.SDQ_SCORE.trim()) && Number(r.SDQ_SCORE) <= 40)) }),
  defineRule({ code: '181', type: 'ERROR', message: 'Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.', tables: ['OC2'], fields: ['CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    check: (ctx) => oc2Where(ctx, FLAGS, (r) => FLAGS.some((f) => !blank(r[f]) && r[f].trim() !== '0' && r[f].trim() !== '1')) }),
  defineRule({ code: '182', type: 'ERROR', message: 'Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.', tables: ['OC2'], fields: ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'CONVICTED', 'HEALTH_CHECK', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    check: (ctx) => oc2Where(ctx, FLAGS, (r) => anyBlank(r, HEALTH) && anyGiven(r, ['CONVICTED', 'HEALTH_CHECK', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'])) }),
  defineRule({ code: '158', type: 'ERROR', message: 'If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.', tables: ['OC2'], fields: ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    check: (ctx) => oc2Where(ctx, ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'], (r) => r.INTERVENTION_RECEIVED.trim() === '1' && !blank(r.INTERVENTION_OFFERED)) }),
  defineRule({ code: '159', type: 'ERROR', message: 'If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.', tables: ['OC2'], fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    check: (ctx) => oc2Where(ctx, ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'], (r) => r.SUBSTANCE_MISUSE.trim() === '1' && r.INTERVENTION_RECEIVED.trim() === '0' && blank(r.INTERVENTION_OFFERED)) }),
  defineRule({ code: '192', type: 'ERROR', message: 'Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.', tables: ['OC2'], fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED'],
    check: (ctx) => oc2Where(ctx, ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED'], (r) => r.SUBSTANCE_MISUSE.trim() === '1' && blank(r.INTERVENTION_RECEIVED)) }),
  defineRule({ code: '193', type: 'ERROR', message: 'Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.', tables: ['OC2'], fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    check: (ctx) => oc2Where(ctx, ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'], (r) => (blank(r.SUBSTANCE_MISUSE) || r.SUBSTANCE_MISUSE.trim() === '0') && anyGiven(r, ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'])) }),
  defineRule({ code: '196', type: 'ERROR', message: 'Strengths and Difficulties (SDQ) reason is not a valid code.', tables: ['OC2'], fields: ['SDQ_REASON'],
    check: (ctx) => oc2Where(ctx, ['SDQ_REASON'], (r) => !blank(r.SDQ_REASON) && !sdqReasons.some((c) => c.code === r.SDQ_REASON.trim())) }),
  defineRule({ code: '197a', type: 'ERROR', message: 'Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.', tables: ['OC2'], fields: ['SDQ_SCORE', 'SDQ_REASON'],
    check: (ctx) => oc2Where(ctx, SDQ, (r) => !blank(r.SDQ_SCORE) && !blank(r.SDQ_REASON)) }),
  defineRule({ code: '188', type: 'ERROR', message: 'Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed.', tables: ['OC2'], fields: ['SDQ_SCORE', 'SDQ_REASON'],
    check: (ctx) => oc2Where(ctx, SDQ, (r) => (birthday(r, 4) ?? '') > ctx.collectionEnd && !noSdq(r)) }),
  defineRule({ code: '189', type: 'ERROR', message: 'Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.', tables: ['OC2'], fields: ['DOB', 'SDQ_SCORE', 'SDQ_REASON'],
    check: (ctx) => oc2Where(ctx, SDQ, (r) => (birthday(r, 17) ?? '9999') < ctx.collectionStart && !noSdq(r)) }),
  defineRule({ code: '157', type: 'ERROR', message: 'Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.', tables: ['OC2', 'Episodes'], fields: ['SDQ_REASON', 'DOB'],
    check: (ctx) =>
      oc2Where(ctx, ['SDQ_REASON'], (r) => cla(ctx, r) && (birthday(r, 4) ?? '9999') <= ctx.collectionStart && (birthday(r, 16) ?? '') >= ctx.collectionEnd && blank(r.SDQ_SCORE) && r.SDQ_REASON.trim() === 'SDQ1') }),
  defineRule({ code: '185', type: 'ERROR', message: 'Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.', tables: ['Episodes', 'OC2'], fields: ['SDQ_SCORE'],
    check: (ctx) => oc2Where(ctx, ['SDQ_SCORE'], (r) => !blank(r.SDQ_SCORE) && !cla(ctx, r)) }),
  defineRule({ code: '198', type: 'ERROR', message: 'Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed.', tables: ['Episodes', 'OC2'], fields: ['SDQ_REASON'],
    check: (ctx) => oc2Where(ctx, ['SDQ_REASON'], (r) => !blank(r.SDQ_REASON) && !cla(ctx, r)) }),
  defineRule({ code: '186', type: 'ERROR', message: 'Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.', tables: ['Episodes', 'OC2'], fields: ['SDQ_SCORE'],
    check: (ctx) =>
      oc2Where(ctx, SDQ, (r) => (birthday(r, 4) ?? '9999') <= ctx.collectionStart && (birthday(r, 17) ?? '') > ctx.collectionEnd && cla(ctx, r) && noSdq(r)) }),
  defineRule({ code: '197B', type: 'ERROR', message: 'SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.', tables: ['OC2', 'Episodes'], fields: ['SDQ_REASON', 'DOB'],
    check: (ctx) =>
      oc2Where(ctx, SDQ, (r) => {
        const inYear = (d: string | null) => d !== null && d >= ctx.collectionStart && d <= ctx.collectionEnd
        return (inYear(birthday(r, 4)) || inYear(birthday(r, 17))) && cla(ctx, r) && noSdq(r)
      }) }),
  // The DfE catalogue names this rule's table "OC2s" (catalogue.test.ts reads it as OC2).
  defineRule({ code: '542', type: 'ERROR', message: 'A child aged under 10 at 31 March should not have conviction information completed.', tables: ['OC2'], fields: ['CONVICTED'],
    check: (ctx) => oc2Where(ctx, ['CONVICTED'], (r) => {
      const tenth = birthday(r, 10)
      return tenth !== null && tenth > ctx.collectionEnd && !blank(r.CONVICTED)
    }) }),
  defineRule({ code: '190', type: 'ERROR', message: 'Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.', tables: ['OC2', 'Episodes'], fields: ['CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    check: (ctx) => oc2Where(ctx, FLAGS, (r) => !cla(ctx, r) && anyGiven(r, FLAGS)) }),
  defineRule({ code: '191', type: 'ERROR', message: 'Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.', tables: ['OC2', 'Episodes'], fields: ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'CHILD'],
    check: (ctx) => {
      const hits = oc2Where(ctx, HEALTH, (r) => cla(ctx, r) && anyBlank(r, HEALTH))
      // A child in the OC2 cohort with no OC2 row at all: reported on their first episode.
      for (const child of new Set(ctx.current.Episodes.map((e) => e.CHILD))) {
        if (ctx.rowsOf('OC2', child).length > 0 || !continuouslyLookedAfter(ctx, child)) continue
        const first = datedEpisodes(ctx, child)[0]
        if (first) hits.push({ table: 'Episodes', row: first.index, child, fields: ['CHILD'] })
      }
      return hits
    } }),
  defineRule({ code: '543', type: 'ERROR', message: 'Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.', tables: ['Episodes', 'OC2'], fields: ['DOB', 'CONVICTED'],
    check: (ctx) => oc2Where(ctx, ['CONVICTED'], (r) => (birthday(r, 10) ?? '9999') < ctx.collectionEnd && cla(ctx, r) && blank(r.CONVICTED)) }),
  defineRule({ code: '544', type: 'ERROR', message: 'Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.', tables: ['OC2'], fields: ['CONVICTED', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'],
    check: (ctx) => oc2Where(ctx, ['CONVICTED', ...HEALTH], (r) => r.CONVICTED.trim() === '1' && anyBlank(r, HEALTH)) }),
  defineRule({ code: '545', type: 'ERROR', message: 'Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.', tables: ['OC2'], fields: ['DOB', 'HEALTH_CHECK'],
    check: (ctx) => oc2Where(ctx, ['HEALTH_CHECK'], (r) => (birthday(r, 5) ?? '') > ctx.collectionEnd && cla(ctx, r) && blank(r.HEALTH_CHECK)) }),
  defineRule({ code: '546', type: 'ERROR', message: 'Children aged 5 or over at 31 March should not have health promotion information completed.', tables: ['Episodes', 'OC2'], fields: ['DOB', 'HEALTH_CHECK'],
    check: (ctx) => oc2Where(ctx, ['HEALTH_CHECK'], (r) => (birthday(r, 5) ?? '9999') <= ctx.collectionEnd && cla(ctx, r) && !blank(r.HEALTH_CHECK)) }),
  defineRule({ code: '547', type: 'ERROR', message: 'Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.', tables: ['OC2'], fields: ['HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'],
    check: (ctx) => oc2Where(ctx, ['HEALTH_CHECK', ...HEALTH], (r) => r.HEALTH_CHECK.trim() === '1' && anyBlank(r, HEALTH)) }),
  defineRule({ code: 'INT05', type: 'ERROR', message: 'Internal Check: Child in OC2 does not exist in Header.', tables: ['Header', 'OC2'], fields: ['CHILD'],
    check: notInHeader('OC2') }),
  defineRule({ code: 'INT14', type: 'ERROR', message: 'Internal Check: DOB in OC2 is different to DOB in Header.', tables: ['Header', 'OC2'], fields: ['DOB'],
    check: differsFromHeader('OC2', 'DOB') }),
  defineRule({ code: 'INT33', type: 'ERROR', message: 'Internal Check: Child should only exist once in OC2.', tables: ['OC2'], fields: ['CHILD'],
    check: moreThanOnce('OC2') }),
]

/** OC2 and OC3 rules, registered together in rules/index.ts. */
export const outcomesRules: readonly Rule[] = [...oc2Rules, ...careLeaverRules]
