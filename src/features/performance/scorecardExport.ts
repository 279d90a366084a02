/**
 * The scorecard as CSV and as a workbook (issue 7 part 3: "Export as CSV and xlsx, with formula
 * injection escaped"). Text cells go through the CSV rule (src/http/csv.ts), so a team or worker
 * named "=cmd|…" is shown as text in a spreadsheet, never run; figures stay numbers.
 */
import type ExcelJS from 'exceljs'
import { kpiAreas, type Benchmark, type Kpi, type Period } from '../../domain/kpis/index.js'
import { formulaSafe, toCsv } from '../../http/csv.js'
import type { Breakdown } from './kpiEngine.js'
import type { ScorecardLine } from './performanceService.js'

type Cell = string | number | null

export const scorecardColumns = [
  'Area', 'KPI ID', 'KPI', 'Breakdown', 'Group', 'Period from', 'Period to', 'Unit', 'Value', 'Numerator', 'Cohort size',
  'Target', 'RAG', 'England', 'England year', 'Statistical neighbours', 'Statistical neighbours year',
]

const bench = (kpi: Kpi, name: Benchmark['name']): [Cell, Cell] => {
  const b = kpi.benchmarks.find((x) => x.name === name)
  return b?.value == null ? ['absent', null] : [b.value, b.year]
}

/** One row per KPI and breakdown group, with the target and benchmarks in force. */
export function scorecardCells(lines: readonly ScorecardLine[], period: Period, breakdown: Breakdown): Cell[][] {
  return lines.flatMap(({ kpi, groups }) =>
    (groups.length ? groups : [null]).map((g): Cell[] => [
      kpiAreas[kpi.area], kpi.id, kpi.title, breakdown,
      breakdown === 'authority' ? 'Whole authority' : (g?.group.name ?? (breakdown === 'team' ? 'No team' : 'Not allocated')),
      period.from, period.to, kpi.unit, g?.value ?? null, g?.count.numerator ?? 0, g?.count.denominator ?? 0,
      kpi.target, g?.rag ?? null, ...bench(kpi, 'England'), ...bench(kpi, 'Statistical neighbours'),
    ]),
  )
}

export const scorecardCsv = (cells: Cell[][]) => '\uFEFF' + toCsv([scorecardColumns, ...cells])

/** Rows as a workbook with one sheet; text is formula-safe, numbers stay numbers. */
export async function oneSheetWorkbook(sheet: string, title: string, head: readonly string[], cells: readonly (readonly Cell[])[]): Promise<Buffer> {
  // Loaded on first use: exceljs is large and a workbook is rare (as improvementXlsx.ts does).
  const { default: Excel } = await import('exceljs')
  const book: ExcelJS.Workbook = new Excel.Workbook()
  book.creator = 'Cairn'
  book.title = title
  const ws = book.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.addRow([...head]).font = { bold: true }
  for (const row of cells) ws.addRow(row.map((v) => (typeof v === 'string' ? formulaSafe(v) : v)))
  ws.columns.forEach((c) => (c.width = 18))
  return Buffer.from(await book.xlsx.writeBuffer())
}

export const scorecardWorkbook = (cells: Cell[][], period: Period) => oneSheetWorkbook('Scorecard', `KPI scorecard: ${period.label}`, scorecardColumns, cells)

export const exportFileName = (period: Period, breakdown: Breakdown, ext: 'csv' | 'xlsx') => `kpi-scorecard-${breakdown}-${period.from}-${period.to}.${ext}`
