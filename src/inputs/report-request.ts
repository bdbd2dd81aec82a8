import type { ExportRequest } from './exports.js'
import { validateFileNameTemplate } from './file-name-template.js'
import { mergeParameters, RawParameter, readParameters } from './parameters.js'
import type { Path, Problems } from './problems.js'
import { checkTimeZone } from './relative-dates.js'
import { mergeRlsTags, readRlsTags, RlsTag } from './rls-tags.js'
import { bool, text } from './yaml-values.js'
import { parseTolerance, Tolerance } from '../diff/tolerance.js'

/** What a report is made with, besides its dashboard and exports: action inputs, a pack's defaults, a report's keys. */
export interface ReportSettings {
  name?: string
  parameters?: RawParameter[]
  rlsTags?: RlsTag[]
  registeredUser?: boolean
  fileName?: string
  s3Bucket?: string
  s3Prefix?: string
  timezone?: string
  /** Report diffs: the columns that identify a row. */
  keyColumns?: string[]
  /** Report diffs: how far numeric cells may move. */
  tolerance?: Tolerance
}

/** One report to export, as written: names not yet resolved. */
export interface ReportRequest {
  /** Where it was written: ['reports', 2] in a config file, [] for the action's inputs. */
  path: Path
  /** The label given; absent: the dashboard's name once known. */
  name?: string
  /** A dashboard id or name. */
  dashboard: string
  exports: ExportRequest[]
  parameters: RawParameter[]
  rlsTags: RlsTag[]
  registeredUser: boolean
  /** Absent: QuickSight's default bucket. */
  s3Bucket?: string
  s3Prefix?: string
  fileName: string
  /** An IANA zone for relative dates and {date}. */
  timezone: string
  keyColumns?: string[]
  tolerance?: Tolerance
}

/** The keys a report takes besides `dashboard` and `exports` (and a pack's `defaults` takes). */
export const SETTING_KEYS = [
  'name',
  'parameters',
  'rls-tags',
  'registered-user',
  'file-name',
  's3-bucket',
  's3-prefix',
  'timezone',
  'key-columns',
  'tolerance'
] as const

const BUCKET = /^(?!\d+\.\d+\.\d+\.\d+$)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

/** Reads the setting keys of a mapping (a pack's `defaults`, or one report). */
export function readSettings(
  map: Record<string, unknown>,
  path: Path,
  problems: Problems,
  mask: (secret: string) => void,
  /** Whether the step compares with a baseline (key-columns and tolerance apply only then). */
  comparing: boolean
): ReportSettings {
  const at = (key: string): Path => [...path, key]
  const has = (key: string): boolean => map[key] !== undefined
  for (const key of ['key-columns', 'tolerance'])
    if (has(key) && !comparing)
      problems.add(
        at(key),
        "applies only when there is something to compare with, and compare-to is 'none'; set compare-to (previous-run or a folder) or remove it"
      )
  return {
    name: has('name') ? label(map.name, at('name'), problems) : undefined,
    parameters: has('parameters')
      ? readParameters(map.parameters, at('parameters'), problems)
      : undefined,
    rlsTags: has('rls-tags')
      ? readRlsTags(map['rls-tags'], at('rls-tags'), problems, mask)
      : undefined,
    registeredUser: has('registered-user')
      ? bool(map['registered-user'], at('registered-user'), problems)
      : undefined,
    fileName: has('file-name') ? fileName(map['file-name'], at('file-name'), problems) : undefined,
    s3Bucket: has('s3-bucket') ? bucket(map['s3-bucket'], at('s3-bucket'), problems) : undefined,
    s3Prefix: has('s3-prefix') ? prefix(map['s3-prefix'], at('s3-prefix'), problems) : undefined,
    timezone: has('timezone') ? zone(map.timezone, at('timezone'), problems) : undefined,
    keyColumns:
      has('key-columns') && comparing
        ? columns(map['key-columns'], at('key-columns'), problems)
        : undefined,
    tolerance:
      has('tolerance') && comparing
        ? tolerance(map.tolerance, at('tolerance'), problems)
        : undefined
  }
}

/**
 * One report from its own settings over the pack's defaults over the action's inputs: a value
 * replaces the one below it, except parameters and rls-tags, which merge key by key. Reports
 * settings that cannot go together.
 */
export function buildReport(
  path: Path,
  dashboard: string,
  exports: ExportRequest[],
  layers: ReportSettings[],
  problems: Problems,
  defaultFileName: string
): ReportRequest {
  const pick = <K extends keyof ReportSettings>(key: K): ReportSettings[K] =>
    layers.reduce<ReportSettings[K]>((value, layer) => layer[key] ?? value, undefined)
  const report: ReportRequest = {
    path,
    name: pick('name'),
    dashboard,
    exports,
    parameters: mergeParameters(...layers.map((l) => l.parameters ?? [])),
    rlsTags: mergeRlsTags(...layers.map((l) => l.rlsTags)),
    registeredUser: pick('registeredUser') ?? false,
    s3Bucket: pick('s3Bucket'),
    s3Prefix: pick('s3Prefix'),
    fileName: pick('fileName') ?? defaultFileName,
    timezone: pick('timezone') ?? 'UTC',
    keyColumns: pick('keyColumns'),
    tolerance: pick('tolerance')
  }
  if (report.registeredUser && report.rlsTags.length > 0)
    problems.add(
      [...path, 'rls-tags'],
      "cannot be used with 'registered-user: true': a registered user's own row-level security applies; remove rls-tags, or set registered-user: false"
    )
  if (report.s3Prefix !== undefined && report.s3Bucket === undefined)
    problems.add(
      [...path, 's3-prefix'],
      "needs 's3-bucket': without a bucket the files go to QuickSight's default bucket"
    )
  return report
}

function label(value: unknown, path: Path, problems: Problems): string | undefined {
  return text(value, path, problems, 'name', 100)
}

function fileName(value: unknown, path: Path, problems: Problems): string | undefined {
  const template = text(value, path, problems, 'file-name', 1000)
  if (template === undefined) return undefined
  try {
    return validateFileNameTemplate(template)
  } catch (error) {
    problems.add(
      path,
      (error as Error).message.replace(/^Invalid input 'file-name' = "[^"]*": /, '')
    )
    return undefined
  }
}

/** An S3 bucket name (not an s3:// URI). */
export function bucket(value: unknown, path: Path, problems: Problems): string | undefined {
  const name = text(value, path, problems, 's3-bucket', 63 + 5)
  if (name === undefined) return undefined
  if (name.startsWith('s3://'))
    problems.add(
      path,
      `takes the bucket name only, not an s3:// URI: ${name.slice(5).split('/')[0]} (and the rest in s3-prefix)`
    )
  else if (!BUCKET.test(name))
    problems.add(path, 'must be a bucket name of 3-63 lowercase letters, digits, dots and hyphens')
  else return name
  return undefined
}

/** A relative key prefix, without a trailing slash. */
export function prefix(value: unknown, path: Path, problems: Problems): string | undefined {
  const p = typeof value === 'string' ? value : undefined
  if (p === undefined || p.length > 900 || /[\0-\x1f\\]/.test(p) || p.startsWith('/')) {
    problems.add(
      path,
      'must be a relative key prefix of at most 900 characters without control characters or backslashes'
    )
    return undefined
  }
  return p.replace(/\/+$/, '')
}

/** Key columns: a list of column names (or one comma-separated text). */
function columns(value: unknown, path: Path, problems: Problems): string[] | undefined {
  const list = typeof value === 'string' ? value.split(',').map((c) => c.trim()) : value
  if (!Array.isArray(list) || list.length === 0 || list.length > 50) {
    problems.add(path, 'must be a list of 1-50 column names, such as [Date, Region, Product]')
    return undefined
  }
  const names = list.map((c, i) => text(c, [...path, i], problems, 'a key column', 255))
  return names.every((n) => n !== undefined) ? (names as string[]) : undefined
}

/** A tolerance: a number (absolute) or a text such as '0.5' or '1%'. */
function tolerance(value: unknown, path: Path, problems: Problems): Tolerance | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') {
    problems.add(path, "must be a number such as 0.5 (absolute) or a percentage such as '1%'")
    return undefined
  }
  try {
    return parseTolerance(String(value))
  } catch (error) {
    problems.add(path, (error as Error).message.replace(/^tolerance "[^"]*" /, ''))
    return undefined
  }
}

function zone(value: unknown, path: Path, problems: Problems): string | undefined {
  const name = text(value, path, problems, 'timezone', 100)
  if (name === undefined) return undefined
  try {
    return checkTimeZone(name)
  } catch (error) {
    problems.add(path, (error as Error).message)
    return undefined
  }
}
