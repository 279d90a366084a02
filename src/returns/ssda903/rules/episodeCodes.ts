/**
 * SSDA903 rules on single Episodes rows: code lists (by collection year), dates, and the codes that
 * may or may not go together (placement type, provider, legal status, reason ceased). Conditions
 * follow the DfE 903 validation rules for each year (DfE validator rulesets lac2022_23 to
 * lac2026_27); the messages are the DfE's, verbatim.
 */
import { codesForYear, placementTypes } from '../../../domain/codeLists/ssda903.js'
import { blank, defineRule, isoOf, rowsWhere, type Rule, type RuleContext } from './define.js'
import { isOneOf, isTemporary, otherPlacements, TEMPORARY } from './episodeOrder.js'
import type { Ssda903Row } from '../tables.js'

type Episode = Ssda903Row<'Episodes'>

/** An Episodes rule that looks at one row at a time. */
function episodeRule(code: string, message: string, fields: string[], failing: (e: Episode, ctx: RuleContext) => boolean, years: { fromYear?: number; toYear?: number } = {}): Rule {
  return defineRule({ code, type: 'ERROR', message, tables: ['Episodes'], fields, ...years, check: (ctx) => rowsWhere(ctx, 'Episodes', fields, (e) => failing(e, ctx)) })
}

const present = (v: string) => !blank(v)
const badDate = (v: string) => present(v) && isoOf(v) === null
/** A non-blank value not in the list (blank is left to the rules that require the field). */
const notIn = (codes: readonly string[]) => (v: string) => present(v) && !codes.includes(v)

const RNE = ['S', 'P', 'L', 'T', 'U', 'B']
const LS = ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3']
const CIN = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8']
const REC = ['E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E45', 'E46', 'E47', 'E48', 'E5', 'E6', 'E7', 'E8', 'E9', 'E14', 'E15', 'E16', 'E17', 'X1']
const PROVIDERS = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5']
const REASON_PLACE_CHANGE = ['CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER']
const RESPITE = isOneOf(['V3', 'V4'])
const ADOPTION_PLACEMENTS = isOneOf(['A3', 'A4', 'A5', 'A6'])

/** The child is in this year's or last year's UASC table. */
const wasUasc = (ctx: RuleContext, child: string) => ctx.rowsOf('UASC', child).length > 0 || (ctx.previous?.UASC ?? []).some((u) => u.CHILD === child)

/** Placements with no provider (rule 178): T0–T3 and Z11–Z14 from 2025-26; T0–T4 and Z1 before. */
const noProviderPlaces = (y: number) => (y >= 2026 ? ['T0', 'T1', 'T2', 'T3', ...otherPlacements(y)] : [...TEMPORARY, 'Z1'])
/** Placements where no URN is recorded (rule 222), by year: H5 left the list for 2023-24, P2 for 2024-25. */
function noUrnPlaces(y: number): string[] {
  const base = ['P1', 'P3', 'R1', 'R2', 'R5', ...TEMPORARY, ...otherPlacements(y)]
  if (y <= 2023) return [...base, 'H5', 'P2']
  return y <= 2024 ? [...base, 'P2'] : base
}

export const episodeCodeRules: readonly Rule[] = [
  episodeRule('141', 'Date episode began is not a valid date.', ['DECOM'], (e) => badDate(e.DECOM)),
  episodeRule('143', 'The reason for new episode code is not a valid code.', ['RNE'], (e) => notIn(RNE)(e.RNE)),
  episodeRule('144', 'The legal status code is not a valid code.', ['LS'], (e) => notIn(LS)(e.LS)),
  episodeRule('145', 'Category of need code is not a valid code.', ['CIN'], (e) => notIn(CIN)(e.CIN)),
  // The placement types for the year: K3 from 2024-25; H5, P2 and Z1 out and Z11–Z14 in from 2025-26.
  episodeRule('146', 'Placement type code is not a valid code.', ['PLACE'], (e, ctx) => notIn(codesForYear(placementTypes, ctx.yearEnding))(e.PLACE)),
  episodeRule('147', 'Date episode ceased is not a valid date.', ['DEC'], (e) => badDate(e.DEC)),
  episodeRule('148', 'Date episode ceased and reason episode ceased must both be coded, or both left blank.', ['DEC', 'REC'], (e) => blank(e.DEC) !== blank(e.REC)),
  episodeRule('149', 'Reason episode ceased code is not valid.', ['REC'], (e) => notIn(REC)(e.REC)),
  episodeRule('178', 'Placement provider code is not a valid code.', ['PLACE_PROVIDER'], (e, ctx) => present(e.PLACE_PROVIDER) && (!PROVIDERS.includes(e.PLACE_PROVIDER) || noProviderPlaces(ctx.yearEnding).includes(e.PLACE))),
  episodeRule('1009', 'Reason for placement change is not a valid code.', ['REASON_PLACE_CHANGE'], (e) => notIn(REASON_PLACE_CHANGE)(e.REASON_PLACE_CHANGE)),
  episodeRule('213', 'Placement provider information not required.', ['PLACE_PROVIDER'], (e, ctx) => present(e.PLACE_PROVIDER) && [...TEMPORARY, ...(ctx.yearEnding >= 2026 ? otherPlacements(ctx.yearEnding) : [])].includes(e.PLACE)),
  episodeRule('526', 'Child is missing a placement provider code for at least one episode.', ['PLACE', 'PLACE_PROVIDER'], (e, ctx) => blank(e.PLACE_PROVIDER) && ![...TEMPORARY, ...otherPlacements(ctx.yearEnding)].includes(e.PLACE)),
  episodeRule('527', 'A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.', ['PLACE', 'PLACE_PROVIDER'], (e) => e.PLACE_PROVIDER === 'PR1' && isOneOf(['P1', 'R2', 'R5'])(e.PLACE)),
  episodeRule('528', 'A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.', ['PLACE', 'PLACE_PROVIDER'], (e) => e.PLACE_PROVIDER === 'PR2' && isOneOf(['P1', 'R2', 'R5'])(e.PLACE)),
  episodeRule('529', 'Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.', ['PLACE', 'PLACE_PROVIDER'], (e) => e.PLACE_PROVIDER === 'PR3' && isOneOf(['A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'P1', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'])(e.PLACE)),
  episodeRule('530', 'A placement provider code of PR4 cannot be associated with placement P1.', ['PLACE', 'PLACE_PROVIDER'], (e) => e.PLACE_PROVIDER === 'PR4' && e.PLACE === 'P1'),
  episodeRule('531', 'A placement provider code of PR5 cannot be associated with placements P1.', ['PLACE', 'PLACE_PROVIDER'], (e) => e.PLACE_PROVIDER === 'PR5' && e.PLACE === 'P1'),
  episodeRule('550', 'A placement provider code of PR0 can only be associated with placement P1.', ['PLACE', 'PLACE_PROVIDER'], (e) => e.PLACE_PROVIDER === 'PR0' && e.PLACE !== 'P1'),
  // 'XXXXXXX' is the DfE's placeholder where a placement has no URN.
  episodeRule('222', 'Ofsted Unique reference number (URN) should not be recorded for this placement type.', ['URN'], (e, ctx) => present(e.URN) && e.URN.trim() !== 'XXXXXXX' && noUrnPlaces(ctx.yearEnding).includes(e.PLACE)),
  episodeRule('214', 'Placement location information not required.', ['PL_POST', 'URN'], (e) => RESPITE(e.LS) && (present(e.PL_POST) || present(e.URN))),
  episodeRule('378', 'A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.', ['PLACE', 'LS'], (e) => e.PLACE === 'P1' && e.LS === 'V2'),
  episodeRule('382', 'A child receiving respite care cannot be in a temporary placement.', ['LS', 'PLACE'], (e) => RESPITE(e.LS) && isTemporary(e.PLACE)),
  episodeRule('384', 'A child receiving respite care cannot be in a long-term foster placement', ['PLACE', 'LS'], (e) => RESPITE(e.LS) && isOneOf(['U1', 'U4'])(e.PLACE)),
  episodeRule('408', 'Child is placed for adoption with a placement order, but no placement order has been recorded.', ['PLACE', 'LS'], (e) => isOneOf(['A5', 'A6'])(e.PLACE) && e.LS !== 'E1'),
  episodeRule('390', 'Reason episode ceased is adopted but child has not been previously placed for adoption.', ['PLACE', 'REC'], (e) => isOneOf(['E11', 'E12'])(e.REC) && !ADOPTION_PLACEMENTS(e.PLACE)),
  episodeRule('516', 'The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.', ['REC', 'PLACE'], (e) => isOneOf(['E45', 'E46'])(e.REC) && !isOneOf(['U1', 'U2', 'U3', 'U4', 'U5', 'U6'])(e.PLACE)),
  // A temporary placement follows a placement, so its RNE is P or B (never S: rule 380).
  episodeRule('380', 'A period of care cannot start with a temporary placement.', ['PLACE', 'RNE'], (e) => isTemporary(e.PLACE) && !isOneOf(['P', 'B'])(e.RNE)),
  episodeRule('381', 'A period of care cannot end with a temporary placement.', ['PLACE', 'REC'], (e) => isTemporary(e.PLACE) && present(e.REC) && e.REC !== 'X1'),
  // Placement orders (E1) exist only from 30 December 2005 (Adoption and Children Act 2002).
  episodeRule('446', 'E1 is not a valid code for episodes starting before December 2005.', ['LS', 'DECOM'], (e) => e.LS === 'E1' && (isoOf(e.DECOM) ?? '9999') < '2005-12-01'),
  // The Children Act 1989 came into force on 14 October 1991.
  episodeRule('353', 'No episode submitted can start before 14 October 1991.', ['DECOM'], (e) => (isoOf(e.DECOM) ?? '9999') < '1991-10-14'),
  episodeRule('354', 'Date episode ceased must be on or before the end of the current collection year.', ['DECOM'], (e, ctx) => (isoOf(e.DECOM) ?? '') > ctx.collectionEnd),
  episodeRule('385', 'Date episode ceased must be on or before the end of the current collection year.', ['DEC'], (e, ctx) => (isoOf(e.DEC) ?? '') > ctx.collectionEnd),
  episodeRule('355', 'Episode appears to have lasted for less than 24 hours', ['DECOM', 'DEC'], (e) => present(e.DECOM) && e.DECOM.trim() === e.DEC.trim()),
  episodeRule('356', 'The date the episode ceased is before the date the same episode started.', ['DECOM'], (e) => {
    const [start, end] = [isoOf(e.DECOM), isoOf(e.DEC)]
    return start !== null && end !== null && end < start
  }),
  // A short break (V3) is a period of care of its own: it always starts with RNE S.
  episodeRule('366', 'A child cannot change placement during the course of an individual short-term respite break.', ['RNE'], (e) => e.LS === 'V3' && e.RNE !== 'S'),
  // Postcodes: none for short breaks (398); both for other care, except for children who are or were UASC (392b).
  episodeRule('398', 'Distance field completed but child looked after under legal status V3 or V4.', ['LS', 'HOME_POST', 'PL_POST'], (e) => RESPITE(e.LS) && (present(e.HOME_POST) || present(e.PL_POST))),
  episodeRule('392b', 'Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]', ['HOME_POST', 'PL_POST'], (e, ctx) => !RESPITE(e.LS) && (blank(e.HOME_POST) || blank(e.PL_POST)) && !wasUasc(ctx, e.CHILD)),
  episodeRule('392d', 'Home and placement postcodes should not be same unless the placement type is P1.', ['HOME_POST', 'PL_POST', 'PLACE'], (e) => e.PLACE !== 'P1' && present(e.HOME_POST) && e.HOME_POST.trim() === e.PL_POST.trim()),
  episodeRule('217', 'Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.', ['PLACE', 'DECOM', 'RNE'], (e) => isOneOf(['A3', 'A5'])(e.PLACE) && (isoOf(e.DECOM) ?? '') >= '2015-04-01' && !isOneOf(['S', 'T', 'U'])(e.RNE)),
]
