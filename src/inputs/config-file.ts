import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Document, LineCounter } from 'yaml'
import { readScheduleList } from './email-schedules.js'
import { readExportList } from './exports.js'
import { InputError } from './input-error.js'
import { Input } from './names.js'
import { formatPath, Path, Problems } from './problems.js'
import { buildReport, ReportRequest, ReportSettings, SETTING_KEYS } from './report-request.js'
import { readSettings } from './report-settings.js'
import { syntaxProblems } from './yaml-syntax.js'
import { checkKeys, isPlainObject, text, typeName } from './yaml-values.js'

/** A report pack: one YAML file, many reports. */
export interface PackConfig {
  /** The file as given (relative to the workspace): names the pack in the comment and artifact. */
  file: string
  reports: ReportRequest[]
  /** Line and column of a path in the file (of the nearest part of it that exists). */
  locate: (at: Path) => { line: number; col: number }
}

/** Each report in its own folder. */
export const PACK_FILE_NAME = '{report}/{name}.{ext}'
const MAX_BYTES = 1024 * 1024
const MAX_REPORTS = 100
const MAX_SHOWN = 30
const EXAMPLE = `config-file: .github/quicksight/nightly.yml, holding
  reports:
    - dashboard: Sales Overview
      exports: [{ format: pdf, sheet: Summary }]`

/** One problem of a config file, where it is. */
interface FileProblem {
  line: number
  col: number
  text: string
}

/** Every problem of a config file at once, each with its file, line and column. */
export class ConfigFileError extends InputError {
  constructor(file: string, problems: FileProblem[]) {
    super(
      Input.ConfigFile,
      file,
      `${problems.length} problem${problems.length === 1 ? '' : 's'}`,
      EXAMPLE
    )
    const shown = problems.slice(0, MAX_SHOWN)
    const lines = shown.map((p) => `${path.basename(file)}:${p.line}:${p.col}: ${p.text}`)
    const more = problems.length > MAX_SHOWN ? [`… and ${problems.length - MAX_SHOWN} more`] : []
    this.message = `Invalid input 'config-file' = ${JSON.stringify(file)}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${[...lines, ...more].join('\n')}\nFor example: ${EXAMPLE}`
    this.annotations = shown.map((p) => ({
      message: p.text,
      properties: { title: 'config-file', file, startLine: p.line, startColumn: p.col }
    }))
  }
}

/**
 * Reads and checks a report pack before any AWS call. `base` holds the action inputs a report
 * inherits. Throws ConfigFileError listing every problem with its line and column.
 */
export async function readConfigFile(
  file: string,
  workspace: string,
  base: ReportSettings,
  mask: (secret: string) => void,
  comparing: boolean
): Promise<PackConfig> {
  const full = path.resolve(workspace, file)
  const yaml = await import('yaml')
  const size = await stat(full).then(
    (s) => (s.isFile() ? s.size : -1),
    () => undefined
  )
  if (size === undefined || size < 0)
    throw new InputError(
      Input.ConfigFile,
      file,
      `is not a file in the workspace (${full})`,
      EXAMPLE
    )
  if (size > MAX_BYTES)
    throw new InputError(Input.ConfigFile, file, `is ${size} bytes; at most ${MAX_BYTES}`, EXAMPLE)
  const lineCounter = new yaml.LineCounter()
  const source = await readFile(full, 'utf8')
  const doc = yaml.parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const syntax = syntaxProblems(yaml, source, doc, lineCounter)
  if (syntax.length > 0) throw new ConfigFileError(file, syntax)
  const problems = new Problems()
  const reports = readPack(doc.toJS({ maxAliasCount: 100 }), base, problems, mask, comparing)
  if (!problems.empty)
    throw new ConfigFileError(
      file,
      problems.list.map((p) => ({
        ...position(doc, lineCounter, p.path),
        text: `${formatPath(p.path) || '(top)'}: ${p.message}`
      }))
    )
  return { file, reports, locate: (at) => position(doc, lineCounter, at) }
}

function readPack(
  top: unknown,
  base: ReportSettings,
  problems: Problems,
  mask: (secret: string) => void,
  comparing: boolean
): ReportRequest[] {
  if (!isPlainObject(top)) {
    problems.add(
      [],
      `must be a mapping with 'reports' (and optional 'defaults'), not ${typeName(top)}`
    )
    return []
  }
  checkKeys(top, ['defaults', 'reports'], [], problems)
  let defaults: ReportSettings = {}
  if (top.defaults !== undefined) {
    if (!isPlainObject(top.defaults))
      problems.add(
        ['defaults'],
        `must be a mapping of report settings, not ${typeName(top.defaults)}`
      )
    else {
      checkKeys(top.defaults, SETTING_KEYS, ['defaults'], problems, {
        dashboard: 'each report names its own dashboard',
        exports: 'each report lists its own exports',
        'email-schedules': "each report lists its own dashboard's e-mail schedules"
      })
      defaults = readSettings(top.defaults, ['defaults'], problems, mask, comparing)
    }
  }
  const list = top.reports
  if (!Array.isArray(list) || list.length === 0) {
    problems.add(['reports'], `must be a non-empty list of reports, not ${typeName(list)}`)
    return []
  }
  if (list.length > MAX_REPORTS)
    problems.add(['reports'], `has ${list.length} reports; at most ${MAX_REPORTS}`)
  return list.flatMap((item, i): ReportRequest[] => {
    const at: Path = ['reports', i]
    if (!isPlainObject(item)) {
      problems.add(
        at,
        `must be a mapping with 'dashboard' and 'exports' (or 'email-schedules'), not ${typeName(item)}`
      )
      return []
    }
    checkKeys(item, ['dashboard', 'exports', 'email-schedules', ...SETTING_KEYS], at, problems)
    const dashboard = text(
      item.dashboard,
      [...at, 'dashboard'],
      problems,
      'dashboard (an id or a name)'
    )
    const schedules =
      item['email-schedules'] === undefined
        ? undefined
        : readScheduleList(item['email-schedules'], [...at, 'email-schedules'], problems)
    // A report may only run e-mail schedules: then it has no exports.
    const exports =
      item.exports === undefined && schedules !== undefined
        ? []
        : readExportList(item.exports, [...at, 'exports'], problems)
    const own = readSettings(item, at, problems, mask, comparing)
    const report = buildReport(
      at,
      dashboard ?? '',
      exports,
      [base, defaults, own],
      problems,
      PACK_FILE_NAME
    )
    if (schedules) report.emailSchedules = schedules
    return dashboard === undefined ? [] : [report]
  })
}

/** Line and column of the value at `path`, or of the nearest part of it that exists. */
function position(doc: Document, lines: LineCounter, at: Path): { line: number; col: number } {
  for (let n = at.length; n >= 0; n--) {
    const node = doc.getIn(at.slice(0, n), true) as { range?: [number, number, number] } | undefined
    if (node?.range) {
      const { line, col } = lines.linePos(node.range[0])
      return { line, col }
    }
  }
  return { line: 1, col: 1 }
}
