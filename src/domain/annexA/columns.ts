/**
 * An Annex A column (research/standards.md §3): its exact heading, the query row field it shows and
 * how its cells are written (cells.ts); with the builders the list catalogue (lists.ts) writes its
 * columns with, and the runs of columns that several lists share.
 */
import * as c from './codes.js'

export type ColumnKind = 'text' | 'date' | 'int'
export type AnnexAColumn = {
  readonly heading: string
  /** The query row's field. */
  readonly field: string
  readonly kind: ColumnKind
  /** Code labels for a coded text column (codes.ts); a boolean field uses yesNo instead. */
  readonly labels?: c.CodeLabels
  readonly yesNo?: boolean
}

type Extra = Partial<AnnexAColumn>
export const col = (
  heading: string,
  field: string,
  kind: ColumnKind = 'text',
  x: Extra = {},
): AnnexAColumn => ({
  heading,
  field,
  kind,
  ...x,
})
export const yn = (heading: string, field: string) => col(heading, field, 'text', { yesNo: true })

/** The child's identifier and details, which every list of children opens with. */
export const person = [
  col('Child Unique ID', 'childRef'),
  col('Gender', 'sex', 'text', { labels: c.genderLabels }),
  col('Ethnicity', 'ethnicity', 'text', { labels: c.ethnicityLabels }),
  col('Date of Birth', 'dateOfBirth', 'date'),
  col('Age of Child (Years)', 'age', 'int'),
]
export const disability = yn('Does the Child have a Disability', 'disabled')
/** The child's details then their disability: how Lists 4 to 7 open. */
export const personWithDisability = [...person, disability]
export const allocated = [col('Allocated Team', 'teamName'), col('Allocated Worker', 'workerName')]
