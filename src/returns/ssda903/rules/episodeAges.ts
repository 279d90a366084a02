/**
 * SSDA903 rules on a child's age at an episode's dates and on how long an episode may last (DfE 903
 * validation rules; ages as the DfE counts them: the nth birthday is DOB plus n years).
 */
import { blank, defineRule, isoOf, type Hit, type Rule, type RuleContext } from './define.js'
import { addDays, addYears } from './dates.js'
import { dobOf, hitOn, isOneOf, perChild, withHeader, type OrderedEpisode } from './episodeOrder.js'
import type { Ssda903TableName } from '../tables.js'

type Years = { fromYear?: number; toYear?: number }
type AgeTest = (e: OrderedEpisode, dob: string, ctx: RuleContext) => boolean

/** A rule on each episode of a child with a valid DOB; reports the episode (and the Header row when `alsoHeader`). */
function ageRule(code: string, message: string, fields: string[], tables: Ssda903TableName[], failing: AgeTest, opts: Years & { alsoHeader?: boolean } = {}): Rule {
  const { alsoHeader, ...years } = opts
  return defineRule({
    code, type: 'ERROR', message, tables, fields, ...years,
    check: (ctx) => perChild(ctx, (eps, child) => {
      const dob = dobOf(ctx, child)
      if (dob === null) return []
      const bad = eps.filter((e) => failing(e, dob, ctx)).map((e) => e.index)
      return alsoHeader ? withHeader(ctx, child, bad, fields) : bad.map((i) => hitOn('Episodes', i, child, fields))
    }),
  })
}

/** Placement `place` needs the child to be at least `age` when the episode starts. */
const minAgeFor = (place: string, age: number): AgeTest => (e, dob) => e.row.PLACE === place && e.decom !== null && e.decom < addYears(dob, age)

/** An episode in placement `place` that lasted more than `days` days (closed episodes only). */
function longerThan(code: string, message: string, place: string, days: number): Rule {
  const fields = ['DECOM', 'PLACE']
  return defineRule({
    code, type: 'ERROR', message, tables: ['Episodes', 'Header'], fields,
    check: (ctx) => perChild(ctx, (eps, child) => eps.filter((e) => e.row.PLACE === place && e.decom !== null && e.dec !== null && e.dec > addDays(e.decom, days)).map((e) => hitOn('Episodes', e.index, child, fields))),
  })
}

const ceasedBefore = (rec: readonly string[], age: number): AgeTest => (e, dob) => isOneOf(rec)(e.row.REC) && e.dec !== null && e.dec < addYears(dob, age)

const message371 = (what: string, age: number) => `Child in ${what} not subject to children’s homes regulations should be at least ${age}.`

export const episodeAgeRules: readonly Rule[] = [
  // Semi-independent accommodation (H5) until 2023-24; from 2024-25 supported accommodation (K3), 16 and over.
  ageRule('371', message371('semi-independent living accommodation', 14), ['DECOM', 'PLACE'], ['Episodes', 'Header'], minAgeFor('H5', 14), { toYear: 2023 }),
  ageRule('371', message371('semi-independent living accommodation', 16), ['DECOM', 'PLACE'], ['Episodes', 'Header'], minAgeFor('H5', 16), { fromYear: 2024, toYear: 2024 }),
  ageRule('371', message371('supported accomodation', 16), ['DECOM', 'PLACE'], ['Episodes', 'Header'], minAgeFor('K3', 16), { fromYear: 2025 }),
  ageRule('372', 'Child in youth custody or prison should be at least 10.', ['DECOM', 'PLACE'], ['Episodes', 'Header'], minAgeFor('R5', 10)),
  ageRule('373', 'Child placed in a school should be at least 4 years old.', ['DECOM', 'PLACE'], ['Episodes', 'Header'], minAgeFor('S1', 4)),
  ageRule('374', 'Child in residential employment should be at least 14 years old.', ['DECOM', 'PLACE'], ['Episodes', 'Header'], minAgeFor('P3', 14)),
  longerThan('375', 'Hospitalisation coded as a temporary placement exceeds six weeks.', 'T1', 42),
  longerThan('376', 'Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.', 'T3', 21),
  longerThan('379', 'Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.', 'T4', 7),
  // Children Act 1989 s20(5): accommodation after 18 is in a community home.
  ageRule('352', 'Child who started to be looked after was aged 18 or over.', ['DECOM', 'RNE'], ['Header', 'Episodes'], (e, dob) => e.row.RNE === 'S' && e.decom !== null && e.decom >= addYears(dob, 18)),
  // Remand (J1), PACE (J2) and youth rehabilitation orders (J3) apply from the age of criminal responsibility, 10.
  ageRule('358', 'Child with this legal status should not be under 10.', ['DECOM', 'DOB', 'LS'], ['Header', 'Episodes'], (e, dob) => isOneOf(['J1', 'J2', 'J3'])(e.row.LS) && e.decom !== null && e.decom <= addYears(dob, 10), { alsoHeader: true }),
  ageRule('359', 'Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.', ['DEC', 'LS', 'PLACE'], ['Header', 'Episodes'], (e, dob, ctx) => addYears(dob, 18) < ctx.collectionEnd && blank(e.row.DEC) && !(e.row.LS === 'V2' && e.row.PLACE === 'K2')),
  ageRule('386', 'Reason episode ceased is adopted but child has reached age 18.', ['REC'], ['Header', 'Episodes'], (e, dob) => isOneOf(['E11', 'E12'])(e.row.REC) && e.dec !== null && e.dec >= addYears(dob, 18)),
  ageRule('387', 'Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.', ['REC'], ['Header', 'Episodes'], ceasedBefore(['E5', 'E6'], 14)),
  ageRule('389', 'Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.', ['REC'], ['Episodes', 'Header'], ceasedBefore(['E7'], 16)),
  ageRule('407', 'Reason episode ceased is Special Guardianship Order, but child has reached age 18.', ['DEC', 'DOB', 'REC'], ['Episodes', 'Header'], (e, dob) => isOneOf(['E45', 'E46', 'E47', 'E48'])(e.row.REC) && e.dec !== null && e.dec > addYears(dob, 18), { alsoHeader: true }),
  ageRule('460', 'Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.', ['DEC', 'REC'], ['Header', 'Episodes'], ceasedBefore(['E17'], 18)),
  // The DfE tool tests the episode that carries the reason (CUSTOD) against its own start date.
  ageRule('234', 'A child aged under 10 can not change placement due to being admitted to custody', ['REASON_PLACE_CHANGE', 'DOB'], ['Episodes', 'Header'], (e, dob) => e.row.REASON_PLACE_CHANGE === 'CUSTOD' && e.decom !== null && e.decom < addYears(dob, 10), { alsoHeader: true, fromYear: 2026 }),
  defineRule({
    code: '302', type: 'ERROR', message: 'First episode starts before child was born.', tables: ['Header', 'Episodes'], fields: ['DECOM', 'DOB'],
    check: (ctx) => perChild(ctx, (eps, child): Hit[] => {
      const dob = dobOf(ctx, child)
      const first = eps[0]
      return dob !== null && first?.decom != null && first.decom < dob ? withHeader(ctx, child, [first.index], ['DECOM', 'DOB']) : []
    }),
  }),
  // A single short break (V3) may not exceed 17 days (Care Planning Regulations 2010 reg 48).
  defineRule({
    code: '365', type: 'ERROR', message: 'Any individual short- term respite placement must not exceed 17 days.', tables: ['Episodes'], fields: ['LS', 'DECOM', 'DEC'],
    check: (ctx) => perChild(ctx, (eps, child) => eps
      .filter((e) => {
        const end = blank(e.row.DEC) ? ctx.collectionEnd : isoOf(e.row.DEC)
        return e.row.LS === 'V3' && e.decom !== null && end !== null && end > addDays(e.decom, 17)
      })
      .map((e) => hitOn('Episodes', e.index, child, ['LS', 'DECOM', 'DEC']))),
  }),
]
