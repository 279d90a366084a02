import type ExcelJS from 'exceljs'
import { formulaSafe } from '../../http/csv.js'
import type { ReportModel } from './improvementPresenters.js'

type Cell = string | number | null
/** Text is made formula-safe by the CSV rule (src/http/csv.ts); numbers stay numbers. */
const safe = (v: Cell) => (typeof v === 'string' ? formulaSafe(v) : v)

function sheet(book: ExcelJS.Workbook, name: string, head: string[], rows: Cell[][]) {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.addRow(head).font = { bold: true }
  for (const row of rows) ws.addRow(row.map(safe))
  ws.columns.forEach((c) => (c.width = 18))
}

export const actionColumns = ['Recommendation', 'Recommendation text', 'Source', 'Action', 'Owner', 'Due', 'RAG', 'Overdue', 'Evidence', 'KPIs']
export const kpiColumns = (m: ReportModel) => ['KPI ID', 'KPI', 'Target', m.yearToDate ? `Year to date: ${m.yearToDate}` : 'Year to date', 'RAG', ...m.months]

/** The board report as a workbook: one sheet for the actions, one for the linked KPIs and their trend. */
export async function reportWorkbook(m: ReportModel): Promise<Buffer> {
  // Loaded on first use: exceljs adds tens of MB to a server that rarely makes a workbook (issue 3's RSS figure).
  const { default: Excel } = await import('exceljs')
  const book = new Excel.Workbook()
  book.creator = 'Cairn'
  const actions = m.recommendations.flatMap((r) => r.actions.map((a): Cell[] => [r.reference, r.text, r.source, a.action, a.owner, a.due, a.rag, a.overdue ? 'Yes' : 'No', a.evidence, a.kpis]))
  sheet(book, 'Actions', actionColumns, actions)
  sheet(book, 'KPIs', kpiColumns(m), m.kpis.map((k): Cell[] => [k.id, k.title, k.targetValue, k.now.value, k.now.rag ?? '', ...k.trend.map((p) => p.value)]))
  return Buffer.from(await book.xlsx.writeBuffer())
}
