import type { Path, Problems } from './problems.js'
import { periodAdvice } from './date-phrases.js'
import {
  looksRelative,
  parseRelativeDate,
  RelativeDate,
  resolveRelativeDate
} from './relative-dates.js'
import { isPlainObject, typeName } from './yaml-values.js'

export type ParameterType = 'string' | 'integer' | 'decimal' | 'datetime'
export const PARAMETER_TYPES: readonly ParameterType[] = [
  'string',
  'integer',
  'decimal',
  'datetime'
]

/** A value as written: text, a number, or a date relative to the run. */
export type RawValue = string | number | RelativeDate

/** One parameter as written; typed once the dashboard's declarations are known. */
export interface RawParameter {
  name: string
  /** Forced with {type, values}. */
  type?: ParameterType
  values: RawValue[]
  /** Where it was written (a YAML path; its first key names the input or the file's part). */
  at?: Path
}

const MAX_VALUES = 100
export const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** Reads a mapping of parameter name → value, list of values, or {type, values}. */
export function readParameters(map: unknown, path: Path, problems: Problems): RawParameter[] {
  if (map === undefined || map === null) return []
  if (!isPlainObject(map)) {
    problems.add(path, `must be a mapping of parameter name to value, not ${typeName(map)}`)
    return []
  }
  return Object.entries(map).flatMap(([name, raw]) => {
    const at = [...path, name]
    if (!/^\S(.*\S)?$/.test(name) || name.length > 2048) {
      problems.add(at, 'a parameter name must be non-empty without leading or trailing spaces')
      return []
    }
    const before = problems.list.length
    const parameter = readOne(name, raw, at, problems)
    return problems.list.length > before || !parameter ? [] : [parameter]
  })
}

function readOne(
  name: string,
  raw: unknown,
  at: Path,
  problems: Problems
): RawParameter | undefined {
  let type: ParameterType | undefined
  let list = raw
  if (isPlainObject(raw)) {
    const extra = Object.keys(raw).find((k) => k !== 'type' && k !== 'values')
    if (extra) problems.add([...at, extra], 'unknown key; the long form is {type, values}')
    const t = String(raw.type ?? '').toLowerCase() as ParameterType
    if (!PARAMETER_TYPES.includes(t))
      problems.add(
        [...at, 'type'],
        `${JSON.stringify(raw.type ?? null)} is not one of ${PARAMETER_TYPES.join(', ')}`
      )
    else type = t
    list = raw.values
  }
  const values = Array.isArray(list) ? list : [list]
  if (values.length === 0) problems.add(at, 'is an empty list; give at least one value')
  if (values.length > MAX_VALUES)
    problems.add(at, `has ${values.length} values; at most ${MAX_VALUES}`)
  const read = values.map((v, i) =>
    readValue(v, type, Array.isArray(list) ? [...at, i] : at, problems)
  )
  return { name, type, values: read.filter((v): v is RawValue => v !== undefined), at }
}

function readValue(
  v: unknown,
  type: ParameterType | undefined,
  at: Path,
  problems: Problems
): RawValue | undefined {
  if (v === null || v === undefined) {
    problems.add(at, "has an empty value; quote it ('') if you mean an empty string")
    return undefined
  }
  if (v instanceof Date) return v.toISOString()
  if (typeof v === 'object') {
    problems.add(at, `values must be scalars, not ${typeName(v)}`)
    return undefined
  }
  if (typeof v === 'boolean') return String(v)
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) problems.add(at, `${v} is not a finite number`)
    else if (type === 'integer' && !Number.isSafeInteger(v))
      problems.add(at, `${v} is not a whole number between -(2^53-1) and 2^53-1`)
    else if (type === 'datetime') problems.add(at, `${v} is not a date such as 2025-01-31`)
    return v
  }
  const value = String(v)
  const asText = type === undefined ? " (to send it as text: {type: string, values: ['...']})" : ''
  const period = type === 'string' ? undefined : periodAdvice(value)
  if (period !== undefined) {
    problems.add(at, `${period}${asText}`)
    return undefined
  }
  if (type !== 'string' && looksRelative(value)) {
    try {
      const token = parseRelativeDate(value)
      // Resolved once now, in UTC, so that a token far outside the years 1000-9999 fails before
      // any AWS call; the report's zone applies when the step resolves it.
      resolveRelativeDate(token, new Date(), 'UTC')
      return token
    } catch (error) {
      problems.add(at, `${(error as Error).message}${asText}`)
      return undefined
    }
  }
  if (type === 'integer' && !isInteger(value))
    problems.add(at, `${JSON.stringify(v)} is not a whole number between -(2^53-1) and 2^53-1`)
  if (type === 'decimal' && !Number.isFinite(Number(value.trim() || 'x')))
    problems.add(at, `${JSON.stringify(v)} is not a finite number`)
  if (type === undefined && ISO_DATE.test(value) && !isDate(value))
    problems.add(
      at,
      `${JSON.stringify(v)} looks like a date but is not one (month 01-12, a day the month has)${asText}`
    )
  if (type === 'datetime' && !isDate(value))
    problems.add(
      at,
      `${JSON.stringify(v)} is not an ISO 8601 date such as 2025-01-31 or 2025-01-31T08:00:00Z, nor a relative date such as today-7d`
    )
  return value
}

export function isInteger(text: string): boolean {
  return /^-?\d+$/.test(text.trim()) && Number.isSafeInteger(Number(text))
}

export function isDate(text: string): boolean {
  if (!ISO_DATE.test(text) || Number.isNaN(new Date(text).getTime())) return false
  // Date() rolls 2025-02-30 over to March 2: the day must be one the month has.
  const [year = 0, month = 0, day = 0] = text.slice(0, 10).split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
