/**
 * Checks an Annex A workbook's sheets and headings against the current column set before anything
 * is read from it (issue 7 "Bad input": wrong or missing sheets or columns get a clear message).
 * Headings are compared after folding case, spacing and curly quotes, and the short "Age" heading
 * some councils' templates use is accepted for "Age of Child (Years)": these are the differences
 * seen between real templates (standards/liia-tools/Annex_A.xlsx), not different columns.
 */
import { annexALists } from './lists.js'

export type SheetHeadings = { readonly name: string; readonly headings: readonly string[] }
export type HeadingProblem = { readonly sheet: string; readonly message: string }

export const normaliseHeading = (h: string): string =>
  h
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/\)\)$/, ')')
    .trim()
    .toLowerCase()

const aliases: Record<string, string> = { age: normaliseHeading('Age of Child (Years)') }
const canonical = (h: string) => aliases[normaliseHeading(h)] ?? normaliseHeading(h)

/** Every problem with the workbook's sheets and headings; none means it can be read. */
export function checkHeadings(sheets: readonly SheetHeadings[]): HeadingProblem[] {
  const problems: HeadingProblem[] = []
  const byName = new Map(sheets.map((s) => [s.name.trim().toLowerCase(), s]))
  for (const list of annexALists) {
    const sheet = byName.get(list.sheet.toLowerCase())
    if (!sheet) {
      problems.push({ sheet: list.sheet, message: `${list.sheet} (${list.title}) is missing` })
      continue
    }
    const got = new Set(sheet.headings.filter((h) => h.trim() !== '').map(canonical))
    const want = new Set(list.columns.map((c) => normaliseHeading(c.heading)))
    const missing = list.columns.filter((c) => !got.has(normaliseHeading(c.heading))).map((c) => c.heading)
    const unknown = sheet.headings.filter((h) => h.trim() !== '' && !want.has(canonical(h)))
    if (missing.length)
      problems.push({
        sheet: list.sheet,
        message: `${list.sheet} is missing the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `“${m}”`).join(', ')}`,
      })
    if (unknown.length)
      problems.push({
        sheet: list.sheet,
        message: `${list.sheet} has column${unknown.length > 1 ? 's' : ''} not in Annex A: ${unknown.map((m) => `“${m}”`).join(', ')}`,
      })
  }
  const known = new Set(annexALists.map((l) => l.sheet.toLowerCase()))
  for (const s of sheets)
    if (!known.has(s.name.trim().toLowerCase()))
      problems.push({
        sheet: s.name,
        message: `The sheet “${s.name}” is not an Annex A list (expected List 1 to List 11)`,
      })
  return problems
}
