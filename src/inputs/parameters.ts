import type { _Parameters } from '@aws-sdk/client-quicksight'
import { InputError } from './input-error.js'
import { Input } from './names.js'
import { isPlainObject, parseYamlInput, typeName } from './yaml-input.js'

export type ParameterType = 'string' | 'integer' | 'decimal' | 'datetime'
const TYPES: ParameterType[] = ['string', 'integer', 'decimal', 'datetime']
const MAX_VALUES = 100
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const EXAMPLE = `parameters: |
  Region: [EMEA, APAC]
  Year: 2025
  MinRevenue: 1000.5
  From: 2025-01-01
  Code: { type: string, values: ['007'] }`

/** Parses the `parameters` YAML mapping into QuickSight's typed parameter lists. */
export function parseParameters(text: string): _Parameters | undefined {
  if (text === '') return undefined
  const map = parseYamlInput(Input.Parameters, text, EXAMPLE)
  if (!isPlainObject(map))
    throw fail(`must be a YAML mapping of parameter name to value, not ${typeName(map)}`)
  const result: Required<_Parameters> = {
    StringParameters: [],
    IntegerParameters: [],
    DecimalParameters: [],
    DateTimeParameters: []
  }
  for (const [name, raw] of Object.entries(map)) {
    if (!/^\S(.*\S)?$/.test(name) || name.length > 2048)
      throw fail(
        `parameter name ${JSON.stringify(name)} must be non-empty without leading or trailing spaces`
      )
    const { type, values } = typed(name, raw)
    if (type === 'string') result.StringParameters.push({ Name: name, Values: values.map(String) })
    if (type === 'integer')
      result.IntegerParameters.push({ Name: name, Values: values.map((v) => integer(name, v)) })
    if (type === 'decimal')
      result.DecimalParameters.push({ Name: name, Values: values.map((v) => decimal(name, v)) })
    if (type === 'datetime')
      result.DateTimeParameters.push({ Name: name, Values: values.map((v) => date(name, v)) })
  }
  const out: _Parameters = {}
  for (const [key, list] of Object.entries(result))
    if (list.length > 0) Object.assign(out, { [key]: list })
  return Object.keys(out).length > 0 ? out : undefined
}

/** Finds the type of one parameter: forced by {type, values}, else inferred from its values. */
function typed(name: string, raw: unknown): { type: ParameterType; values: unknown[] } {
  if (isPlainObject(raw)) {
    const extra = Object.keys(raw).find((k) => k !== 'type' && k !== 'values')
    if (extra)
      throw fail(`parameter '${name}' has unknown key '${extra}'; the long form is {type, values}`)
    const type = String(raw.type ?? '').toLowerCase() as ParameterType
    if (!TYPES.includes(type))
      throw fail(
        `parameter '${name}' type ${JSON.stringify(raw.type ?? null)} must be one of ${TYPES.join(', ')}`
      )
    return { type, values: valueList(name, raw.values) }
  }
  const values = valueList(name, raw)
  return { type: infer(name, values), values }
}

function valueList(name: string, raw: unknown): unknown[] {
  const values = Array.isArray(raw) ? raw : [raw]
  if (values.length === 0)
    throw fail(`parameter '${name}' has an empty list; give at least one value`)
  if (values.length > MAX_VALUES)
    throw fail(`parameter '${name}' has ${values.length} values; at most ${MAX_VALUES}`)
  for (const v of values) {
    if (v === null || v === undefined)
      throw fail(
        `parameter '${name}' has an empty value; quote it ('') if you mean an empty string`
      )
    if (typeof v === 'object')
      throw fail(`parameter '${name}' values must be scalars, not ${typeName(v)}`)
  }
  return values
}

function infer(name: string, values: unknown[]): ParameterType {
  const kinds = new Set(
    values.map((v) => {
      if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'decimal'
      if (typeof v === 'string' && ISO_DATE.test(v)) return 'datetime'
      return 'string'
    })
  )
  if (kinds.size === 1) return [...kinds][0] as ParameterType
  if (kinds.size === 2 && kinds.has('integer') && kinds.has('decimal')) return 'decimal'
  throw fail(
    `parameter '${name}' mixes ${[...kinds].join(' and ')} values; force one type with {type: string, values: [...]}`
  )
}

function integer(name: string, v: unknown): number {
  const n = typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v
  if (typeof n === 'number' && Number.isSafeInteger(n)) return n
  throw fail(
    `parameter '${name}' value ${JSON.stringify(v)} is not a whole number between -(2^53-1) and 2^53-1`
  )
}

function decimal(name: string, v: unknown): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v
  if (typeof n === 'number' && Number.isFinite(n)) return n
  throw fail(`parameter '${name}' value ${JSON.stringify(v)} is not a finite number`)
}

function date(name: string, v: unknown): Date {
  const text = String(v)
  const d = ISO_DATE.test(text) ? new Date(text) : new Date(NaN)
  if (!Number.isNaN(d.getTime())) return d
  throw fail(
    `parameter '${name}' value ${JSON.stringify(v)} is not an ISO 8601 date such as 2025-01-31 or 2025-01-31T08:00:00Z`
  )
}

function fail(rule: string): InputError {
  return new InputError(Input.Parameters, undefined, rule, EXAMPLE)
}
