import {
  ALL,
  ExportFormat,
  ExportRequest,
  EXCEL_MAX_VISUALS,
  readFormat
} from '../../inputs/exports.js'
import { InputError } from '../../inputs/input-error.js'
import { Input } from '../../inputs/names.js'
import { Problems } from '../../inputs/problems.js'

/** Builds the exports from the `format`, `sheet-id` and `visual-ids` shortcuts. */
export function shortcutExports(format: string, sheet: string, visualIds: string): ExportRequest[] {
  const formats = parseFormats(format)
  if (sheet === '') {
    throw new InputError(
      Input.SheetId,
      '',
      `is required when 'exports' is empty (a sheet id or name)`,
      `sheet-id: overview (or list files in 'exports')`
    )
  }
  checkRef(sheet, Input.SheetId, 'sheet-id: overview')
  const visuals = parseVisuals(visualIds)
  const needsVisuals = formats.find((f) => f !== 'pdf')
  if (needsVisuals && visuals.length === 0) {
    throw new InputError(
      Input.VisualIds,
      '',
      `is required for format ${needsVisuals} (CSV and Excel export table or pivot visuals)`,
      'visual-ids: orders-table, units-table'
    )
  }
  if (!needsVisuals && visuals.length > 0) {
    throw new InputError(
      Input.VisualIds,
      visualIds,
      'does not apply to format pdf: a PDF holds every visual of its sheet, so the visuals would be ignored',
      'remove visual-ids, or add csv or excel to format: format: pdf,csv'
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
  // Problems found with the dashboard name the inputs these came from.
  const at = { at: [Input.SheetId], visualsAt: [Input.VisualIds] }
  const specs = formats.flatMap((f): Omit<ExportRequest, 'index'>[] => {
    if (f === 'pdf') return [{ format: f, sheets: [{ sheet, visuals: [], ...at }] }]
    if (visuals.length === 1 && visuals[0] === ALL)
      return [{ format: f, sheets: [{ sheet, visuals: ALL, ...at }] }]
    if (f === 'excel') return [{ format: f, sheets: [{ sheet, visuals, ...at }] }]
    return visuals.map((v) => ({ format: f, sheets: [{ sheet, visuals: [v], ...at }] }))
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
    const format = readFormat(p, [], new Problems())
    if (!format)
      throw new InputError(
        Input.Format,
        text,
        `'${p}' is not a format; use pdf, csv or excel`,
        'format: pdf,csv'
      )
    return format
  })
  const twice = formats.find((f, i) => formats.indexOf(f) !== i)
  if (twice) throw new InputError(Input.Format, text, `lists ${twice} twice`, 'format: pdf,csv')
  return formats
}

/** Visual ids or titles, comma or newline separated. */
function parseVisuals(text: string): string[] {
  const refs = text
    .split(/[,\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '')
  for (const ref of refs) checkRef(ref, Input.VisualIds, 'visual-ids: orders-table, units-table')
  const twice = refs.find((v, i) => refs.indexOf(v) !== i)
  if (twice)
    throw new InputError(
      Input.VisualIds,
      text,
      `lists '${twice}' twice`,
      'visual-ids: orders-table, units-table'
    )
  return refs
}

function checkRef(value: string, name: string, example: string): void {
  if (value.length > 2048 || /[\0-\x1f\x7f]/.test(value))
    throw new InputError(
      name,
      value,
      'must be an id or a name of at most 2048 characters without control characters',
      example
    )
}
