import type { _Parameters } from '@aws-sdk/client-quicksight'
import { didYouMean } from '../../inputs/closest.js'
import {
  ISO_DATE,
  isDate,
  isInteger,
  ParameterType,
  RawParameter,
  RawValue
} from '../../inputs/parameters.js'
import type { Path } from '../../inputs/problems.js'
import { describeInstant, resolveRelativeDate } from '../../inputs/relative-dates.js'

export interface TypedParameters {
  parameters?: _Parameters
  /** One line per parameter, as sent: `From = today-7d → 2025-01-24 00:00:00 Europe/Berlin (…)`. */
  notes: string[]
}

const LIST: Record<ParameterType, keyof _Parameters> = {
  string: 'StringParameters',
  integer: 'IntegerParameters',
  decimal: 'DecimalParameters',
  datetime: 'DateTimeParameters'
}

/**
 * Types a report's parameters: by the dashboard's declarations when they could be read (a
 * parameter it does not declare is a problem), else by the type forced with {type, values}, else
 * inferred from the values. Relative dates resolve against `now` in `timeZone`.
 */
export function typeParameters(
  raw: RawParameter[],
  declared: Map<string, ParameterType> | undefined,
  timeZone: string,
  now: Date,
  problem: (text: string, at?: Path) => void
): TypedParameters {
  const out: Required<_Parameters> = {
    StringParameters: [],
    IntegerParameters: [],
    DecimalParameters: [],
    DateTimeParameters: []
  }
  const notes: string[] = []
  for (const p of raw) {
    const said = (text: string): void => problem(text, p.at)
    const type = typeOf(p, declared, said)
    if (!type) continue
    const values = p.values.map((v) => convert(p.name, v, type, timeZone, now, said))
    if (values.some((v) => v === undefined)) continue
    ;(out[LIST[type]] as { Name: string; Values: unknown[] }[]).push({
      Name: p.name,
      Values: values
    })
    notes.push(`${p.name} = ${p.values.map((v, i) => show(v, values[i], timeZone)).join(', ')}`)
  }
  const parameters: _Parameters = {}
  for (const [key, list] of Object.entries(out))
    if (list.length > 0) Object.assign(parameters, { [key]: list })
  return { parameters: Object.keys(parameters).length > 0 ? parameters : undefined, notes }
}

function typeOf(
  p: RawParameter,
  declared: Map<string, ParameterType> | undefined,
  problem: (text: string, at?: Path) => void
): ParameterType | undefined {
  if (declared) {
    const type = declared.get(p.name)
    if (!type) {
      const names = [...declared.keys()]
      problem(
        `parameter '${p.name}' is not declared by the dashboard${didYouMean(p.name, names)}; it declares: ${names.join(', ') || '(none)'}`
      )
      return undefined
    }
    if (p.type && p.type !== type) {
      problem(
        `parameter '${p.name}' is declared ${type} by the dashboard, but forced to ${p.type}: remove the type`
      )
      return undefined
    }
    return type
  }
  return p.type ?? infer(p, problem)
}

function infer(
  p: RawParameter,
  problem: (text: string, at?: Path) => void
): ParameterType | undefined {
  const kinds = new Set(
    p.values.map((v): ParameterType => {
      if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'decimal'
      if (typeof v === 'object' || ISO_DATE.test(v)) return 'datetime'
      return 'string'
    })
  )
  if (kinds.size === 1) return [...kinds][0]
  if (kinds.size === 2 && kinds.has('integer') && kinds.has('decimal')) return 'decimal'
  problem(
    `parameter '${p.name}' mixes ${[...kinds].join(' and ')} values; force one type with {type: string, values: [...]}`
  )
  return undefined
}

function convert(
  name: string,
  v: RawValue,
  type: ParameterType,
  timeZone: string,
  now: Date,
  problem: (text: string, at?: Path) => void
): string | number | Date | undefined {
  const text = typeof v === 'object' ? v.text : String(v)
  if (type === 'string') return text
  if (type === 'datetime') {
    if (typeof v === 'object') {
      try {
        return resolveRelativeDate(v, now, timeZone)
      } catch (error) {
        problem(`parameter '${name}': ${(error as Error).message}`)
        return undefined
      }
    }
    if (isDate(text)) return new Date(text)
    problem(
      `parameter '${name}' value '${text}' is not a date (ISO 8601 such as 2025-01-31, or relative such as today-7d)`
    )
    return undefined
  }
  if (type === 'integer' && isInteger(text)) return Number(text)
  if (
    type === 'decimal' &&
    typeof v !== 'object' &&
    text.trim() !== '' &&
    Number.isFinite(Number(text))
  )
    return Number(text)
  problem(
    `parameter '${name}' value '${text}' is not ${type === 'integer' ? 'a whole number' : 'a number'} (the dashboard declares it ${type})`
  )
  return undefined
}

function show(raw: RawValue, value: unknown, timeZone: string): string {
  if (typeof raw === 'object' && value instanceof Date)
    return `${raw.text} → ${describeInstant(value, timeZone)}`
  return typeof raw === 'object' ? raw.text : String(raw)
}
