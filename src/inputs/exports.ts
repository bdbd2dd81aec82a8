import type { Path, Problems } from './problems.js'
import { checkKeys, isPlainObject, text, typeName } from './yaml-values.js'

export type ExportFormat = 'pdf' | 'csv' | 'excel'
export const FORMATS: readonly ExportFormat[] = ['pdf', 'csv', 'excel']
/** In `sheet` and `visuals`: every sheet, every table and pivot-table visual. */
export const ALL = 'all'

export interface SheetSelection {
  sheetId: string
  /** Empty for PDF (all visuals of the sheet). */
  visualIds: string[]
  /** The sheet's name and its visuals' titles, once read from the dashboard's definition. */
  sheetName?: string
  visualTitles?: string[]
}

/** One file to produce, ids resolved: becomes one FileGroup with one File in a snapshot job. */
export interface ExportSpec {
  /** 1-based position in the step; the {index} placeholder. */
  index: number
  format: ExportFormat
  sheets: SheetSelection[]
  /** The {name} placeholder; defaults to {format}-{sheet-id}[-{visual-id}]. */
  name?: string
}

/** A sheet as written: an id, a name, or `all`; and its visuals: ids or titles, or `all`. */
export interface SheetRequest {
  sheet: string
  /** Empty for PDF. */
  visuals: string[] | typeof ALL
  /** Where the sheet and its visuals were written (a YAML path, or an input's name): for messages. */
  at?: Path
  visualsAt?: Path
}

/** One export as written, before names and `all` are resolved against the dashboard. */
export interface ExportRequest {
  /** 1-based position in its list. */
  index: number
  format: ExportFormat
  sheets: SheetRequest[]
  name?: string
}

/** QuickSight limits per file (StartDashboardSnapshotJob). */
export const EXCEL_MAX_VISUALS = 5
export const EXCEL_MAX_SHEETS = 5
/** A cap per list so a typo cannot start hundreds of jobs. */
export const MAX_EXPORTS = 120

const NAME = /^[\w.-]{1,100}$/
const KEYS: Record<ExportFormat, string[]> = {
  pdf: ['format', 'sheet', 'name'],
  csv: ['format', 'sheet', 'visual', 'visuals', 'name'],
  excel: ['format', 'sheet', 'visuals', 'sheets', 'name']
}
const MISPLACED: Record<ExportFormat, Record<string, string>> = {
  pdf: {
    visual: 'a PDF holds every visual of its sheet: remove it, or use format csv or excel',
    visuals: 'a PDF holds every visual of its sheet: remove it, or use format csv or excel',
    sheets: 'a PDF holds one sheet: use one pdf item per sheet, or sheet: all'
  },
  csv: { sheets: 'a CSV holds one visual of one sheet: use sheet and visual (or visuals)' },
  excel: { visual: "an Excel workbook takes 'visuals' (a list, or all)" }
}

/** Reads a YAML list of exports (the `exports` input, a report's `exports` key). */
export function readExportList(list: unknown, path: Path, problems: Problems): ExportRequest[] {
  if (!Array.isArray(list) || list.length === 0) {
    problems.add(path, `must be a non-empty list of exports, not ${typeName(list)}`)
    return []
  }
  if (list.length > MAX_EXPORTS) {
    problems.add(path, `has ${list.length} exports; at most ${MAX_EXPORTS}`)
    return []
  }
  return list.flatMap((item, i) => readExportItem(item, i + 1, [...path, i], problems) ?? [])
}

function readExportItem(
  item: unknown,
  index: number,
  at: Path,
  problems: Problems
): ExportRequest | undefined {
  if (!isPlainObject(item)) {
    problems.add(at, `must be a mapping with 'format' and 'sheet', not ${typeName(item)}`)
    return undefined
  }
  const format = readFormat(item.format, [...at, 'format'], problems)
  if (!format) return undefined
  const before = problems.list.length
  checkKeys(item, KEYS[format], at, problems, MISPLACED[format])
  const name = item.name === undefined ? undefined : readName(item.name, [...at, 'name'], problems)
  const sheets =
    format === 'pdf'
      ? [
          {
            sheet: ref(item.sheet, [...at, 'sheet'], problems, 'sheet'),
            visuals: [],
            at: [...at, 'sheet']
          }
        ]
      : format === 'csv'
        ? [
            {
              sheet: ref(item.sheet, [...at, 'sheet'], problems, 'sheet'),
              visuals: csvVisuals(item, at, problems),
              at: [...at, 'sheet'],
              visualsAt: [...at, item.visual !== undefined ? 'visual' : 'visuals']
            }
          ]
        : excelSheets(item, at, problems)
  if (problems.list.length > before) return undefined
  return { index, format, name, sheets: sheets as SheetRequest[] }
}

export function readFormat(
  value: unknown,
  path: Path,
  problems: Problems
): ExportFormat | undefined {
  const t = typeof value === 'string' ? value.trim().toLowerCase() : value
  if (typeof t === 'string' && (FORMATS as string[]).includes(t)) return t as ExportFormat
  problems.add(
    path,
    value === undefined
      ? 'is missing; one of pdf, csv, excel'
      : `${JSON.stringify(value)} is not one of pdf, csv, excel`
  )
  return undefined
}

function csvVisuals(
  item: Record<string, unknown>,
  at: Path,
  problems: Problems
): string[] | typeof ALL {
  if (item.visual !== undefined && item.visuals !== undefined) {
    problems.add(
      [...at, 'visuals'],
      "give 'visual' (one) or 'visuals' (several, one CSV each), not both"
    )
    return []
  }
  if (item.visual !== undefined) {
    if (Array.isArray(item.visual)) {
      problems.add([...at, 'visual'], "takes one visual; use 'visuals' for several (one CSV each)")
      return []
    }
    return [ref(item.visual, [...at, 'visual'], problems, 'visual')]
  }
  if (item.visuals === undefined) {
    problems.add(at, "needs 'visual' (a table or pivot-table visual), or 'visuals: all'")
    return []
  }
  return visualList(item.visuals, [...at, 'visuals'], problems, Infinity)
}

function excelSheets(item: Record<string, unknown>, at: Path, problems: Problems): SheetRequest[] {
  if (item.sheets !== undefined && (item.sheet !== undefined || item.visuals !== undefined)) {
    problems.add([...at, 'sheets'], "give 'sheets', or 'sheet' with 'visuals', not both")
    return []
  }
  if (item.sheets === undefined) {
    const sheet = ref(item.sheet, [...at, 'sheet'], problems, 'sheet')
    if (item.visuals === undefined) {
      problems.add(at, "needs 'visuals' (up to 5 table or pivot-table visuals, or all)")
      return []
    }
    return [
      {
        sheet,
        visuals: visualList(item.visuals, [...at, 'visuals'], problems, EXCEL_MAX_VISUALS),
        at: [...at, 'sheet'],
        visualsAt: [...at, 'visuals']
      }
    ]
  }
  const raw = item.sheets
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.add([...at, 'sheets'], 'must be a non-empty list of {sheet, visuals}')
    return []
  }
  if (raw.length > EXCEL_MAX_SHEETS) {
    problems.add(
      [...at, 'sheets'],
      `selects ${raw.length} sheets; an Excel workbook takes at most ${EXCEL_MAX_SHEETS} (split it into two excel items)`
    )
    return []
  }
  const sheets = raw.map((s: unknown, i): SheetRequest => {
    const where = [...at, 'sheets', i]
    if (!isPlainObject(s)) {
      problems.add(where, `must be a mapping {sheet, visuals}, not ${typeName(s)}`)
      return { sheet: '', visuals: [] }
    }
    checkKeys(s, ['sheet', 'visuals'], where, problems)
    const sheet = ref(s.sheet, [...where, 'sheet'], problems, 'sheet')
    if (sheet === ALL) problems.add([...where, 'sheet'], "'all' cannot be one of several sheets")
    return {
      sheet,
      visuals: visualList(s.visuals, [...where, 'visuals'], problems, EXCEL_MAX_VISUALS),
      at: [...where, 'sheet'],
      visualsAt: [...where, 'visuals']
    }
  })
  const visuals = sheets.reduce((n, s) => n + (s.visuals === ALL ? 0 : s.visuals.length), 0)
  if (visuals > EXCEL_MAX_VISUALS)
    problems.add(
      [...at, 'sheets'],
      `selects ${visuals} visuals; an Excel workbook takes at most ${EXCEL_MAX_VISUALS} (split it into two excel items, or use visuals: all)`
    )
  return sheets
}

/** A list of visuals (ids or titles), or `all`. */
function visualList(
  value: unknown,
  path: Path,
  problems: Problems,
  max: number
): string[] | typeof ALL {
  if (value === ALL) return ALL
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value]
  if (items.length === 0) {
    problems.add(path, 'must list at least one visual, or be all')
    return []
  }
  if (items.length > max) {
    problems.add(
      path,
      `lists ${items.length} visuals; an Excel workbook takes at most ${max} (split it into two excel items, or use visuals: all)`
    )
    return []
  }
  const refs = items.map((v, i) => ref(v, [...path, i], problems, 'visual'))
  const twice = refs.find((v, i) => refs.indexOf(v) !== i)
  if (twice) problems.add(path, `lists '${twice}' twice`)
  if (refs.includes(ALL)) problems.add(path, "'all' stands alone: visuals: all")
  return refs
}

/** An id, a name or `all`. */
function ref(value: unknown, path: Path, problems: Problems, what: string): string {
  return text(value, path, problems, what, 2048) ?? ''
}

function readName(value: unknown, path: Path, problems: Problems): string | undefined {
  const t = typeof value === 'number' ? String(value) : value
  if (typeof t === 'string' && NAME.test(t) && !/^\.+$/.test(t)) return t
  problems.add(path, `must be 1-100 letters, digits, '_', '-' or '.', not ${JSON.stringify(value)}`)
  return undefined
}
