/**
 * The SSDA903 return as plain tables (research/standards.md §2.2). Each table is a list of rows
 * keyed by the DfE's exact column names; every value is the text as the file gives it (dates
 * DD/MM/YYYY), or '' when blank, so the rules can report bad values rather than losing them and an
 * import followed by an export reproduces every cell. The CSV files are told apart by their column
 * sets, not their names, as the DfE's tool does.
 */

export const ssda903Columns = {
  Header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  Episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN'],
  Reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  UASC: ['CHILD', 'SEX', 'DOB', 'DUC'],
  OC2: ['CHILD', 'DOB', 'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  OC3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  AD1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  PlacedAdoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  PrevPerm: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  Missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  SWEpisodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
  DoLo: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'],
} as const

export type Ssda903TableName = keyof typeof ssda903Columns
export type Ssda903Row<T extends Ssda903TableName> = { readonly [C in (typeof ssda903Columns)[T][number]]: string }

/** The whole return for one collection year. A table the year does not collect is empty. */
export type Ssda903Return = { readonly [T in Ssda903TableName]: readonly Ssda903Row<T>[] }

/** The DfE's usual file name for each table, used for the export and in messages. */
export const ssda903FileNames: Readonly<Record<Ssda903TableName, string>> = {
  Header: 'header.csv',
  Episodes: 'episodes.csv',
  Reviews: 'reviews.csv',
  UASC: 'uasc.csv',
  OC2: 'oc2.csv',
  OC3: 'oc3.csv',
  AD1: 'ad1.csv',
  PlacedAdoption: 'placed_for_adoption.csv',
  PrevPerm: 'previous_permanence.csv',
  Missing: 'missing.csv',
  SWEpisodes: 'sw_episodes.csv',
  DoLo: 'DoLo.csv',
}

/**
 * A collection year is named by the year it ends: 2026 is 1 April 2025 to 31 March 2026, the
 * "2025-26" return (the DfE validator's lac2025_26 ruleset). SWEpisodes is collected from 2023-24
 * and DoLo from 2026-27.
 */
export function tablesCollected(yearEnding: number): readonly Ssda903TableName[] {
  return (Object.keys(ssda903Columns) as Ssda903TableName[]).filter(
    (t) => (t !== 'SWEpisodes' || yearEnding >= 2024) && (t !== 'DoLo' || yearEnding >= 2027),
  )
}

export const emptyReturn = (): Ssda903Return =>
  Object.fromEntries(Object.keys(ssda903Columns).map((t) => [t, []])) as unknown as Ssda903Return

/** The collection period: 1 April of the year before to 31 March, as ISO dates. */
export function collectionPeriod(yearEnding: number): { readonly start: string; readonly end: string } {
  return { start: `${yearEnding - 1}-04-01`, end: `${yearEnding}-03-31` }
}
