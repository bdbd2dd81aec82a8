import {
  ALL,
  EXCEL_MAX_VISUALS,
  ExportRequest,
  ExportSpec,
  SheetSelection
} from '../../inputs/exports.js'
import type { Path } from '../../inputs/problems.js'
import { defaultName } from './file-paths.js'
import {
  DashboardModel,
  SheetModel,
  sheetLabel,
  TABULAR,
  VisualModel,
  visualLabel
} from '../../quicksight/dashboard-model.js'
import { DEFINITION_PERMISSION } from '../../quicksight/resolve-dashboards.js'

const ID = /^[\w-]{1,512}$/
const SHOWN = 30

/**
 * Turns a report's exports as written into export specs with ids: sheets and visuals by id, then
 * exact name (title), then a unique case-insensitive match; `sheet: all` and `visuals: all`
 * expanded (all = every table and pivot-table visual); Excel selections over 5 visuals split into
 * several workbooks. Without a readable definition, ids are used as given. `problem` hears of every
 * reference that does not resolve. Indexes are left for the caller to number.
 */
export function resolveExports(
  exports: ExportRequest[],
  model: DashboardModel | undefined,
  problem: (text: string, at?: Path) => void
): Omit<ExportSpec, 'index'>[] {
  return exports.flatMap((e) => {
    let reported = false
    // Where the sheet or visuals were written, when known; else the export's number says which.
    const say = (text: string, at: Path | undefined): void => {
      reported = true
      problem(at ? text : `export ${e.index} (${e.format}): ${text}`, at)
    }
    const sheets = e.sheets.flatMap((s) =>
      selections(s.sheet, s.visuals, e.format !== 'pdf', model, {
        sheet: (text) => say(text, s.at),
        visuals: (text) => say(text, s.visualsAt ?? s.at)
      })
    )
    if (sheets.length === 0) {
      if (!reported)
        say(
          'selects nothing: no sheet of the dashboard has a table or pivot-table visual',
          e.sheets[0]?.at
        )
      return []
    }
    if (e.format === 'pdf')
      return sheets.map((s) => ({
        format: e.format,
        name: sheets.length > 1 && e.name ? `${e.name}-${s.sheetId}` : e.name,
        sheets: [s]
      }))
    if (e.format === 'csv')
      return sheets.flatMap((s) =>
        s.visualIds.map((v, i) => {
          const one: SheetSelection = {
            ...s,
            visualIds: [v],
            visualTitles: s.visualTitles && [s.visualTitles[i] ?? v]
          }
          const many = sheets.length > 1 || s.visualIds.length > 1
          return {
            format: e.format,
            name: many && e.name ? `${e.name}-${v}` : e.name,
            sheets: [one]
          }
        })
      )
    return workbooks(e, sheets)
  })
}

/** Splits Excel selections into workbooks of at most 5 visuals, in order. */
function workbooks(e: ExportRequest, sheets: SheetSelection[]): Omit<ExportSpec, 'index'>[] {
  const books: SheetSelection[][] = [[]]
  let count = 0
  for (const s of sheets) {
    s.visualIds.forEach((v, i) => {
      if (count === EXCEL_MAX_VISUALS) {
        books.push([])
        count = 0
      }
      const book = books[books.length - 1] ?? []
      const last = book[book.length - 1]
      const title = s.visualTitles?.[i]
      if (last?.sheetId === s.sheetId) {
        last.visualIds.push(v)
        if (title !== undefined) last.visualTitles?.push(title)
      } else
        book.push({ ...s, visualIds: [v], visualTitles: title === undefined ? undefined : [title] })
      count++
    })
  }
  const base = e.name ?? defaultName({ index: 0, format: 'excel', sheets: books[0] ?? [] })
  return books.map((book, k) => ({
    format: e.format,
    name: books.length > 1 ? `${base}-${k + 1}` : e.name,
    sheets: book
  }))
}

/** Hears of a problem with a sheet, or with its visuals. */
interface ProblemOf {
  sheet: (text: string) => void
  visuals: (text: string) => void
}

/** The sheet selections one `sheet` (and its `visuals`) stands for. */
function selections(
  sheetRef: string,
  visuals: string[] | typeof ALL,
  tabular: boolean,
  model: DashboardModel | undefined,
  problem: ProblemOf
): SheetSelection[] {
  if (!model) return withoutDefinition(sheetRef, visuals, tabular, problem)
  const sheets =
    sheetRef === ALL
      ? model.sheets
      : [findSheet(sheetRef, model, problem.sheet)].flatMap((s) => s ?? [])
  return sheets.flatMap((sheet): SheetSelection[] => {
    const base = { sheetId: sheet.id, sheetName: sheet.name }
    if (!tabular) return [{ ...base, visualIds: [] }]
    const chosen =
      visuals === ALL
        ? sheet.visuals.filter((v) => TABULAR.includes(v.type))
        : visuals.flatMap((ref) =>
            [findVisual(ref, sheet, problem.visuals)].flatMap((v) => v ?? [])
          )
    if (visuals === ALL && chosen.length === 0) {
      if (sheetRef !== ALL)
        problem.visuals(`sheet ${sheetLabel(sheet)} has no table or pivot-table visuals`)
      return []
    }
    for (const v of chosen)
      if (!TABULAR.includes(v.type))
        problem.visuals(
          `visual ${visualLabel(v)} is a ${v.type.replace(/Visual$/, '')}; CSV and Excel export table and pivot-table visuals only`
        )
    return chosen.length === 0
      ? []
      : [
          {
            ...base,
            visualIds: chosen.map((v) => v.id),
            visualTitles: chosen.map((v) => v.title ?? v.id)
          }
        ]
  })
}

function withoutDefinition(
  sheetRef: string,
  visuals: string[] | typeof ALL,
  tabular: boolean,
  problem: ProblemOf
): SheetSelection[] {
  const refs = [sheetRef, ...(visuals === ALL ? [ALL] : visuals)]
  const bad = refs.filter((r) => r === ALL || !ID.test(r))
  if (bad.length > 0) {
    const badSheet = bad.includes(sheetRef)
    const say = badSheet ? problem.sheet : problem.visuals
    say(
      `${bad.map((r) => `'${r}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not an id, and the dashboard's definition cannot be read to find ${bad.length === 1 ? 'it' : 'them'}: allow ${DEFINITION_PERMISSION}, or use ids`
    )
    return []
  }
  return [{ sheetId: sheetRef, visualIds: tabular && visuals !== ALL ? visuals : [] }]
}

function findSheet(
  ref: string,
  model: DashboardModel,
  problem: (text: string) => void
): SheetModel | undefined {
  const sheets = list(model.sheets.map(sheetLabel))
  return find(
    ref,
    model.sheets,
    (s) => [s.id, s.name],
    problem,
    (several) =>
      several
        ? `more than one sheet is named '${ref}': use its id; the dashboard's sheets: ${sheets}`
        : `no sheet '${ref}'; the dashboard's sheets: ${sheets}`
  )
}

function findVisual(
  ref: string,
  sheet: SheetModel,
  problem: (text: string) => void
): VisualModel | undefined {
  const visuals = list(sheet.visuals.map(visualLabel))
  const where = `on sheet ${sheetLabel(sheet)}`
  return find(
    ref,
    sheet.visuals,
    (v) => [v.id, v.title],
    problem,
    (several) =>
      several
        ? `more than one visual ${where} is titled '${ref}': use its id; its visuals: ${visuals}`
        : `no visual '${ref}' ${where}; its visuals: ${visuals}`
  )
}

/**
 * By id, then by exact name, then by a unique case-insensitive name. `facts` gives an item's id
 * and name; `message` words the problem when none, or several, match.
 */
function find<T>(
  ref: string,
  items: T[],
  facts: (t: T) => [string, string | undefined],
  problem: (text: string) => void,
  message: (several: boolean) => string
): T | undefined {
  const byId = items.find((t) => facts(t)[0] === ref)
  if (byId) return byId
  const exact = items.filter((t) => facts(t)[1] === ref)
  const loose = items.filter((t) => facts(t)[1]?.toLowerCase() === ref.toLowerCase())
  const matches = exact.length > 0 ? exact : loose
  if (matches.length === 1) return matches[0]
  problem(message(matches.length > 1))
  return undefined
}

function list(labels: string[]): string {
  if (labels.length === 0) return '(none)'
  const more = labels.length > SHOWN ? `, … ${labels.length - SHOWN} more` : ''
  return labels.slice(0, SHOWN).join(', ') + more
}
