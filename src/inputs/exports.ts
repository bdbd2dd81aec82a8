import { InputError } from './input-error.js'
import { Input } from './names.js'
import { isPlainObject, parseYamlInput, typeName } from './yaml-input.js'

export type ExportFormat = 'pdf' | 'csv' | 'excel'
export const FORMATS: readonly ExportFormat[] = ['pdf', 'csv', 'excel']

export interface SheetSelection {
  sheetId: string
  /** Empty for PDF (all visuals of the sheet). */
  visualIds: string[]
  /** The sheet's name and its visuals' titles, once read from the dashboard's definition. */
  sheetName?: string
  visualTitles?: string[]
}

/** One file to produce: becomes one FileGroup with one File in a snapshot job. */
export interface ExportSpec {
  /** 1-based position in the user's list; the {index} placeholder. */
  index: number
  format: ExportFormat
  sheets: SheetSelection[]
  /** The {name} placeholder; defaults to {format}-{sheet-id}[-{visual-id}]. */
  name?: string
}

/** QuickSight limits per file (StartDashboardSnapshotJob). */
export const EXCEL_MAX_VISUALS = 5
export const EXCEL_MAX_SHEETS = 5
/** A step-wide cap so a typo cannot start hundreds of jobs. */
export const MAX_EXPORTS = 120

const ID = /^[\w-]{1,512}$/
const NAME = /^[\w.-]{1,100}$/
const KEYS: Record<ExportFormat, string[]> = {
  pdf: ['format', 'sheet', 'name'],
  csv: ['format', 'sheet', 'visual', 'name'],
  excel: ['format', 'sheet', 'visuals', 'sheets', 'name']
}
const EXAMPLE = `exports: |
  - format: pdf
    sheet: overview
  - format: csv
    sheet: details
    visual: orders-table
  - format: excel
    sheets:
      - sheet: details
        visuals: [orders-table, units-table]`

/** Parses the `exports` YAML list. */
export function parseExports(text: string): ExportSpec[] {
  const list = parseYamlInput(Input.Exports, text, EXAMPLE)
  if (!Array.isArray(list) || list.length === 0) {
    throw fail(`must be a non-empty YAML list of exports, not ${typeName(list)}`)
  }
  if (list.length > MAX_EXPORTS) throw fail(`has ${list.length} items; at most ${MAX_EXPORTS}`)
  return list.map((item, i) => parseItem(item, i + 1))
}

function parseItem(item: unknown, index: number): ExportSpec {
  const at = `item ${index}`
  if (!isPlainObject(item))
    throw fail(`${at} must be a mapping with 'format', not ${typeName(item)}`)
  const format = parseFormat(item.format, `${at} 'format'`)
  const unknown = Object.keys(item).filter((k) => !KEYS[format].includes(k))
  if (unknown.length > 0) {
    throw fail(
      `${at} (${format}) has unknown key '${unknown[0]}'; allowed: ${KEYS[format].join(', ')}`
    )
  }
  const name = item.name === undefined ? undefined : parseName(item.name, at)
  if (format === 'pdf') {
    return {
      index,
      format,
      name,
      sheets: [{ sheetId: id(item.sheet, `${at} 'sheet'`), visualIds: [] }]
    }
  }
  if (format === 'csv') {
    const sheetId = id(item.sheet, `${at} 'sheet'`)
    if (Array.isArray(item.visual)) {
      throw fail(
        `${at} 'visual' takes one visual id: a CSV holds one visual (use one csv item per visual, or excel for several)`
      )
    }
    return {
      index,
      format,
      name,
      sheets: [{ sheetId, visualIds: [id(item.visual, `${at} 'visual'`)] }]
    }
  }
  return { index, format, name, sheets: excelSheets(item, at) }
}

function excelSheets(item: Record<string, unknown>, at: string): SheetSelection[] {
  if (item.sheets !== undefined && (item.sheet !== undefined || item.visuals !== undefined)) {
    throw fail(`${at} has both 'sheets' and 'sheet'/'visuals'; use one form`)
  }
  const raw =
    item.sheets === undefined ? [{ sheet: item.sheet, visuals: item.visuals }] : item.sheets
  if (!Array.isArray(raw) || raw.length === 0)
    throw fail(`${at} 'sheets' must be a non-empty list of {sheet, visuals}`)
  const sheets = raw.map((s: unknown, i) => {
    const where = `${at} sheets[${i + 1}]`
    if (!isPlainObject(s))
      throw fail(`${where} must be a mapping {sheet, visuals}, not ${typeName(s)}`)
    const extra = Object.keys(s).find((k) => k !== 'sheet' && k !== 'visuals')
    if (extra) throw fail(`${where} has unknown key '${extra}'; allowed: sheet, visuals`)
    return {
      sheetId: id(s.sheet, `${where} 'sheet'`),
      visualIds: idList(s.visuals, `${where} 'visuals'`)
    }
  })
  if (sheets.length > EXCEL_MAX_SHEETS) {
    throw fail(
      `${at} selects ${sheets.length} sheets; an Excel workbook takes at most ${EXCEL_MAX_SHEETS} (split it into two excel items)`
    )
  }
  const visuals = sheets.reduce((n, s) => n + s.visualIds.length, 0)
  if (visuals > EXCEL_MAX_VISUALS) {
    throw fail(
      `${at} selects ${visuals} visuals; an Excel workbook takes at most ${EXCEL_MAX_VISUALS} (split it into two excel items)`
    )
  }
  return sheets
}

export function parseFormat(value: unknown, where: string): ExportFormat {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value
  if (typeof text === 'string' && (FORMATS as string[]).includes(text)) return text as ExportFormat
  throw fail(
    `${where} must be one of pdf, csv, excel, not ${value === undefined ? 'missing' : JSON.stringify(value)}`
  )
}

function parseName(value: unknown, at: string): string {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text === 'string' && NAME.test(text) && !/^\.+$/.test(text)) return text
  throw fail(
    `${at} 'name' must be 1-100 letters, digits, '_', '-' or '.', not ${JSON.stringify(value)}`
  )
}

function id(value: unknown, where: string): string {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text === 'string' && ID.test(text)) return text
  if (value === undefined || value === null) throw fail(`${where} is missing`)
  throw fail(
    `${where} must be an id of 1-512 letters, digits, '_' or '-', not ${JSON.stringify(value)}`
  )
}

function idList(value: unknown, where: string): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value]
  if (items.length === 0) throw fail(`${where} must list at least one visual id`)
  return items.map((v, i) => id(v, `${where}[${i + 1}]`))
}

function fail(rule: string): InputError {
  return new InputError(Input.Exports, undefined, rule, EXAMPLE)
}
