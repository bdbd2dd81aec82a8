import path from 'node:path'
import { ConfigFileError } from './config-file.js'
import { InputError } from './input-error.js'
import { Input } from './names.js'
import { formatPath, Path } from './problems.js'

/**
 * A problem found once the dashboards are known (a name that does not resolve, an undeclared
 * parameter), with where the value was written: a path into the config file (`reports`,
 * `defaults`), an input's name (`['sheet-id']`, `['parameters', 'Year']`), or an item of the
 * `exports` input (`[0, 'sheet']`). No path: the problem is the step's.
 */
export interface PlacedProblem {
  text: string
  at?: Path
}

/** Where the reports were written: the config file, and how to find a path's line and column. */
export interface ProblemPlaces {
  configFile?: string
  locate?: (at: Path) => { line: number; col: number }
}

const EXAMPLES: Record<string, string> = {
  [Input.DashboardId]:
    'dashboard-id: sales-overview (a dashboard id, or its name as QuickSight shows it)',
  [Input.SheetId]: 'sheet-id: overview (a sheet id, or its name as the dashboard shows it)',
  [Input.VisualIds]: 'visual-ids: orders-table, Units by product (visual ids or titles)',
  [Input.Exports]: 'exports: [{format: csv, sheet: Details, visual: Orders}]',
  [Input.Parameters]: 'parameters: { Region: EMEA, From: start-of-month-1M }'
}
const IN_FILE: readonly (string | number)[] = ['reports', 'defaults']

/**
 * The error for problems found after the inputs were read, each where the user wrote it: a config
 * file's at `file:line:col` (also as annotations), an action input's starting with the input's
 * name as every input error does.
 */
export function placedProblemsError(found: PlacedProblem[], places: ProblemPlaces): Error {
  const { configFile, locate } = places
  // An input's value shared by several reports of a pack has the same problem in each.
  const seen = new Set<string>()
  const problems = found.filter((p) => {
    const key = `${formatPath(p.at ?? [])}\n${p.text}`
    return !seen.has(key) && seen.add(key)
  })
  const inFile = (p: PlacedProblem): boolean =>
    configFile !== undefined && locate !== undefined && IN_FILE.includes(p.at?.[0] ?? '')
  const filed = (p: PlacedProblem): { line: number; col: number; text: string } => ({
    ...(locate?.(p.at ?? []) ?? { line: 1, col: 1 }),
    text: `${formatPath(p.at ?? [])}: ${p.text}`
  })
  if (configFile !== undefined && problems.every(inFile))
    return new ConfigFileError(configFile, problems.map(filed))
  const first = problems[0]
  if (problems.length === 1 && first && !inFile(first) && inputOf(first)) {
    const input = inputOf(first) ?? ''
    return new InputError(
      input,
      undefined,
      `${where(first)}${first.text}`,
      EXAMPLES[input] ?? `${input}: see the README`
    )
  }
  const lines = problems.map((p) => {
    if (inFile(p)) {
      const f = filed(p)
      return `${path.basename(configFile ?? '')}:${f.line}:${f.col}: ${f.text}`
    }
    const input = inputOf(p)
    return input ? `Invalid input '${input}': ${where(p)}${p.text}` : p.text
  })
  const error = new InputError(inputOf(problems.find((p) => inputOf(p)) ?? {}) ?? '', '', '', '')
  error.message = `${problems.length} problems:\n- ${lines.join('\n- ')}`
  error.annotations = problems.filter(inFile).map((p) => {
    const f = filed(p)
    return {
      message: f.text,
      properties: {
        title: 'config-file',
        file: configFile,
        startLine: f.line,
        startColumn: f.col
      }
    }
  })
  return error
}

/** The action input a problem is about: the path's first key, or `exports` for an item of it. */
function inputOf(p: { at?: Path }): string | undefined {
  const head = p.at?.[0]
  if (head === undefined) return undefined
  return typeof head === 'number' ? Input.Exports : head
}

/** `item 2 sheets[0].visuals: `, for an item of the exports input; other inputs need no more. */
function where(p: PlacedProblem): string {
  const [head, ...rest] = p.at ?? []
  if (typeof head !== 'number') return ''
  return `item ${head + 1}${rest.length > 0 ? ` ${formatPath(rest)}` : ''}: `
}
