import { ExportFormat, ExportSpec, EXCEL_MAX_VISUALS, parseFormat } from './exports.js'
import { InputError } from './input-error.js'
import { Input } from './names.js'

const ID = /^[\w-]{1,512}$/

/** Builds the exports from the `format`, `sheet-id` and `visual-ids` shortcuts. */
export function shortcutExports(format: string, sheetId: string, visualIds: string): ExportSpec[] {
  const formats = parseFormats(format)
  if (sheetId === '') {
    throw new InputError(
      Input.SheetId,
      '',
      `is required when 'exports' is empty`,
      `sheet-id: overview (or list files in 'exports')`
    )
  }
  if (!ID.test(sheetId)) {
    throw new InputError(
      Input.SheetId,
      sheetId,
      `must be 1-512 letters, digits, '_' or '-'`,
      'sheet-id: overview'
    )
  }
  const visuals = parseVisualIds(visualIds)
  const needsVisuals = formats.find((f) => f !== 'pdf')
  if (needsVisuals && visuals.length === 0) {
    throw new InputError(
      Input.VisualIds,
      '',
      `is required for format ${needsVisuals} (CSV and Excel export table or pivot visuals)`,
      'visual-ids: orders-table, units-table'
    )
  }
  if (formats.includes('excel') && visuals.length > EXCEL_MAX_VISUALS) {
    throw new InputError(
      Input.VisualIds,
      visualIds,
      `lists ${visuals.length} visuals; an Excel workbook takes at most ${EXCEL_MAX_VISUALS}`,
      `use 'exports' with two excel items`
    )
  }
  const specs = formats.flatMap((f): Omit<ExportSpec, 'index'>[] => {
    if (f === 'pdf') return [{ format: f, sheets: [{ sheetId, visualIds: [] }] }]
    if (f === 'excel') return [{ format: f, sheets: [{ sheetId, visualIds: visuals }] }]
    return visuals.map((v) => ({ format: f, sheets: [{ sheetId, visualIds: [v] }] }))
  })
  return specs.map((s, i) => ({ ...s, index: i + 1 }))
}

function parseFormats(text: string): ExportFormat[] {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
  if (parts.length === 0) {
    throw new InputError(
      Input.Format,
      text,
      'must be pdf, csv, excel or a comma-separated list of them',
      'format: pdf,csv'
    )
  }
  const formats = parts.map((p) => {
    try {
      return parseFormat(p, 'format')
    } catch {
      throw new InputError(
        Input.Format,
        text,
        `'${p}' is not a format; use pdf, csv or excel`,
        'format: pdf,csv'
      )
    }
  })
  const twice = formats.find((f, i) => formats.indexOf(f) !== i)
  if (twice) throw new InputError(Input.Format, text, `lists ${twice} twice`, 'format: pdf,csv')
  return formats
}

function parseVisualIds(text: string): string[] {
  const ids = text
    .split(/[,\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '')
  const bad = ids.find((v) => !ID.test(v))
  if (bad !== undefined) {
    throw new InputError(
      Input.VisualIds,
      text,
      `'${bad}' is not a visual id (1-512 letters, digits, '_' or '-')`,
      'visual-ids: orders-table, units-table'
    )
  }
  const twice = ids.find((v, i) => ids.indexOf(v) !== i)
  if (twice)
    throw new InputError(
      Input.VisualIds,
      text,
      `lists '${twice}' twice`,
      'visual-ids: orders-table, units-table'
    )
  return ids
}
