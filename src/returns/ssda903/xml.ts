/**
 * Writes a 903 return in the EXPSSDA903 XML layout ("Expanded SSDA903 Return", CLA.xsd 3.3.0, as
 * adapted in schemas/ssda903/): one CHILD per Header row, its HEADER holding the child-level tables
 * (UASC, AD1, OC3, AMISSING, AREVIEW, MOTHER, PERMANENCE, OC2, AD_PLACED) and one EPISODE per
 * episode, PL being the CSV's PLACE. Elements follow the XSD's sequence; a blank value is an empty
 * element, as in the DfE's fake_903.xml. The layout has no SWEpisodes or DoLo: those tables travel
 * only in the CSV set.
 */
import type { Ssda903Return, Ssda903Row, Ssda903TableName } from './tables.js'

const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const el = (name: string, value: string) => (value === '' ? `<${name} />` : `<${name}>${escape(value)}</${name}>`)
const els = (row: Record<string, string>, names: readonly string[], rename: Record<string, string> = {}) => names.map((n) => el(rename[n] ?? n, row[n] ?? '')).join('')

const ad1Fields = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const
const oc3Fields = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const
const oc2Fields = ['SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'] as const
const episodeFields = ['DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PL_POST', 'HOME_POST', 'URN', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE'] as const

function groupByChild<T extends Ssda903TableName>(rows: Ssda903Return[T]): Map<string, Ssda903Row<T>[]> {
  const map = new Map<string, Ssda903Row<T>[]>()
  for (const row of rows as readonly Ssda903Row<T>[]) {
    const child = (row as unknown as { CHILD: string }).CHILD
    const list = map.get(child) ?? []
    list.push(row)
    map.set(child, list)
  }
  return map
}

/** The whole return as EXPSSDA903 XML, one CHILD per line. */
export function returnXml(ret: Ssda903Return): string {
  const by = {
    UASC: groupByChild<'UASC'>(ret.UASC), AD1: groupByChild<'AD1'>(ret.AD1), OC3: groupByChild<'OC3'>(ret.OC3), Missing: groupByChild<'Missing'>(ret.Missing),
    Reviews: groupByChild<'Reviews'>(ret.Reviews), PrevPerm: groupByChild<'PrevPerm'>(ret.PrevPerm), OC2: groupByChild<'OC2'>(ret.OC2),
    PlacedAdoption: groupByChild<'PlacedAdoption'>(ret.PlacedAdoption), Episodes: groupByChild<'Episodes'>(ret.Episodes),
  }
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n']
  for (const h of ret.Header) {
    const c = h.CHILD
    const uasc = by.UASC.get(c)?.[0]
    const ad1 = by.AD1.get(c)?.[0]
    const oc3 = by.OC3.get(c)?.[0]
    const perm = by.PrevPerm.get(c)?.[0]
    const oc2 = by.OC2.get(c)?.[0]
    parts.push(
      '<CHILD><HEADER>',
      el('CHILDID', c), el('UPN', h.UPN), el('SEX', h.SEX), el('DOB', h.DOB), el('ETHNIC', h.ETHNIC),
      el('UASC', uasc ? '1' : ''),
      uasc ? el('DUC', uasc.DUC) : '',
      ad1 ? els(ad1, ad1Fields) : '',
      oc3 ? els(oc3, oc3Fields) : '',
      ...(by.Missing.get(c) ?? []).map((m) => `<AMISSING>${els(m, ['MISSING', 'MIS_START', 'MIS_END'])}</AMISSING>`),
      ...(by.Reviews.get(c) ?? []).map((r) => `<AREVIEW>${els(r, ['REVIEW', 'REVIEW_CODE'])}</AREVIEW>`),
      el('MOTHER', h.MOTHER), el('MC_DOB', h.MC_DOB),
      perm ? `<PERMANENCE>${els(perm, ['PREV_PERM', 'LA_PERM', 'DATE_PERM'])}</PERMANENCE>` : '',
      oc2 ? `<OC2>${els(oc2, oc2Fields)}</OC2>` : '',
      ...(by.PlacedAdoption.get(c) ?? []).map((p) => `<AD_PLACED>${els(p, ['DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'])}</AD_PLACED>`),
      '</HEADER>',
      ...(by.Episodes.get(c) ?? []).map((e) => `<EPISODE>${els(e, episodeFields, { PLACE: 'PL' })}</EPISODE>`),
      '</CHILD>\n',
    )
  }
  parts.push('</EXPSSDA903>\n')
  return parts.join('')
}
