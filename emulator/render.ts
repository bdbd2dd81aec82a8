import ExcelJS from 'exceljs'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { Dashboard, Visual } from './catalog.js'
import { applyFilters, Filters, Row, salesRows, visualRows } from './data.js'
import { describeValues } from './parameter-values.js'

export interface RenderRequest {
  dashboard: Dashboard
  jobId: string
  selections: { sheetId: string; visualIds: string[] }[]
  /** The job's parameter values (declared defaults included) and RLS tags. */
  filters: Filters
  /** Parameters whose values came from the dashboard's declared defaults. */
  defaulted: string[]
  /** Extra dataset rows (scenario `rows-N`), to make big files. */
  extraRows: number
  /** The dataset's revision (scenario `revision-N`; default 0, the original data). */
  revision?: number
  /** Column → its name in the exported header (scenario `rename-From-To`). */
  renames?: Record<string, string>
  /** The registered user the job is for: their ARN and row-level security. */
  user?: { arn: string; rls: Record<string, string> }
}

/**
 * What went into a file, written into it so tests can prove inputs travelled end to end:
 * date-time parameters as ISO instants, with the period each covers at its TimeGranularity.
 */
export function provenance(r: RenderRequest): Record<string, unknown> {
  return {
    dashboard: r.dashboard.id,
    jobId: r.jobId,
    sheets: r.selections,
    ...describeValues(r.dashboard.parameters, r.filters.parameters),
    defaulted: r.defaulted,
    rlsTags: r.filters.rlsTags,
    ...(r.user ? { registeredUser: r.user.arn } : {})
  }
}

function visualsOf(r: RenderRequest): { sheetId: string; visual: Visual }[] {
  return r.selections.flatMap((s) => {
    const sheet = r.dashboard.sheets.find((x) => x.id === s.sheetId)
    const ids = s.visualIds.length > 0 ? s.visualIds : (sheet?.visuals.map((v) => v.id) ?? [])
    return ids.flatMap((id) => {
      const visual = sheet?.visuals.find((v) => v.id === id)
      return visual ? [{ sheetId: s.sheetId, visual }] : []
    })
  })
}

function dataFor(r: RenderRequest, visual: Visual): Row[] {
  return visualRows(
    visual,
    applyFilters(
      salesRows(r.extraRows, r.revision),
      r.user ? { ...r.filters, rlsTags: { ...r.filters.rlsTags, ...r.user.rls } } : r.filters,
      r.dashboard.parameters
    )
  )
}

/** The header a file shows for a visual: its columns, renamed as the scenario says. */
function columnHeader(r: RenderRequest, visual: Visual): string[] {
  return visual.columns.map((c) => r.renames?.[c] ?? c)
}

export function renderCsv(r: RenderRequest): Buffer {
  const first = visualsOf(r)[0]
  if (!first) return Buffer.from('')
  const rows = dataFor(r, first.visual)
  const lines = [
    columnHeader(r, first.visual),
    ...rows.map((row) => first.visual.columns.map((c) => row[c] ?? ''))
  ]
  return Buffer.from(lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n')
}

function csvCell(value: string | number): string {
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export async function renderExcel(r: RenderRequest): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'QuickSight emulator'
  book.title = r.dashboard.name
  book.description = JSON.stringify(provenance(r))
  const used = new Set<string>()
  for (const { visual } of visualsOf(r)) {
    let name = visual.title.slice(0, 31)
    for (let n = 2; used.has(name); n++) name = `${visual.title.slice(0, 28)} ${n}`
    used.add(name)
    const sheet = book.addWorksheet(name)
    sheet.addRow(columnHeader(r, visual))
    for (const row of dataFor(r, visual)) sheet.addRow(visual.columns.map((c) => row[c] ?? ''))
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

export async function renderPdf(r: RenderRequest): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  pdf.setTitle(`${r.dashboard.name} - ${r.selections.map((s) => s.sheetId).join(', ')}`)
  pdf.setSubject(JSON.stringify(provenance(r)))
  pdf.setProducer('QuickSight emulator')
  pdf.setCreator('quicksight-export emulator')
  const header = [
    `Dashboard: ${r.dashboard.name} (${r.dashboard.id})`,
    `Sheet: ${r.selections.map((s) => s.sheetId).join(', ')}`,
    `Parameters: ${JSON.stringify(describeValues(r.dashboard.parameters, r.filters.parameters).parameters)}`,
    // The job id is in the Subject (provenance): page text stays the same run after run.
    `RLS tags: ${JSON.stringify(r.filters.rlsTags)}`,
    ...(r.user ? [`Registered user: ${r.user.arn}`] : [])
  ]
  let page = pdf.addPage([595, 842])
  let y = 800
  const write = (text: string, size = 10): void => {
    if (y < 40) {
      page = pdf.addPage([595, 842])
      y = 800
    }
    page.drawText(text.replace(/[^\x20-\x7e]/g, '?').slice(0, 110), { x: 40, y, size, font })
    y -= size + 4
  }
  header.forEach((line, i) => write(line, i === 0 ? 14 : 10))
  for (const { visual } of visualsOf(r)) {
    y -= 10
    write(visual.title, 12)
    write(columnHeader(r, visual).join(' | '), 9)
    for (const row of dataFor(r, visual).slice(0, 60))
      write(visual.columns.map((c) => row[c]).join(' | '), 8)
  }
  return Buffer.from(await pdf.save())
}
