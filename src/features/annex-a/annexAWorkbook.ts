/**
 * The Annex A workbook as xlsx (exceljs): one sheet per list, the headings in row 1, dates as real
 * dates shown dd/mm/yyyy, and every text cell escaped against formula injection (src/http/csv.ts).
 * Written with exceljs's streaming writer, so a council's whole workbook is never held as cell
 * objects at once (issue 7 figure: leicester in ≤ 500 MB). Also reads a workbook's sheets for the
 * import, headings first (src/domain/annexA/headings.ts).
 */
import { PassThrough } from 'node:stream'
import type ExcelJS from 'exceljs'
import { cellValue } from '../../domain/annexA/cells.js'
import type { AnnexAList, AnnexARow } from '../../domain/annexA/lists.js'
import { formulaSafe } from '../../http/csv.js'

export type ListRows = { readonly list: AnnexAList; readonly rows: readonly AnnexARow[] }

const excel = async () => (await import('exceljs')).default

/** An ISO date as an Excel date (midnight UTC, so the day never shifts). */
const asDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`)

export function rowValues(list: AnnexAList, row: AnnexARow): (string | number | Date | null)[] {
  return list.columns.map((column) => {
    const v = cellValue(column, row)
    if (v === null) return null
    if (column.kind === 'date') return asDate(String(v))
    return typeof v === 'number' ? v : formulaSafe(v)
  })
}

export async function writeWorkbook(lists: readonly ListRows[]): Promise<Buffer> {
  const Excel = await excel()
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (c: Buffer) => chunks.push(c))
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve)
    sink.on('error', reject)
  })
  const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false })
  wb.creator = 'Cairn'
  // One shared style object for the date cells: a style per column would be applied to every cell
  // of the sheet, which costs twice the time of the whole workbook (measured with bench/annexA.ts).
  const dateStyle: Partial<ExcelJS.Style> = { numFmt: 'dd/mm/yyyy' }
  for (const { list, rows } of lists) {
    const ws = wb.addWorksheet(list.sheet)
    ws.columns = list.columns.map((c) => ({
      key: c.field,
      width: Math.min(Math.max(c.heading.length, 12), 40),
    }))
    const head = ws.addRow(list.columns.map((c) => c.heading))
    head.font = { bold: true }
    head.commit()
    const dateColumns = list.columns.flatMap((c, i) => (c.kind === 'date' ? [i + 1] : []))
    for (const row of rows) {
      const added = ws.addRow(rowValues(list, row))
      for (const i of dateColumns) if (added.getCell(i).value !== null) added.getCell(i).style = dateStyle
      added.commit()
    }
    ws.commit()
  }
  await wb.commit()
  await finished
  return Buffer.concat(chunks)
}

export type ReadSheet = { readonly name: string; readonly headings: string[]; readonly rowCount: number }

const text = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return ''
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('')
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '')
  return String(v)
}

/**
 * The sheets of an uploaded workbook: each one's row-1 headings and the number of rows below them
 * with anything in them. Throws for a file that is not an xlsx workbook.
 */
export async function readWorkbook(file: Uint8Array): Promise<ReadSheet[]> {
  const Excel = await excel()
  const wb = new Excel.Workbook()
  await wb.xlsx.load(file as unknown as ArrayBuffer)
  return wb.worksheets.map((ws) => {
    const headings = ((ws.getRow(1).values as ExcelJS.CellValue[]) ?? []).slice(1).map(text)
    let rowCount = 0
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n > 1 && ((row.values as ExcelJS.CellValue[]) ?? []).some((v) => text(v).trim() !== '')) rowCount++
    })
    return { name: ws.name, headings, rowCount }
  })
}
