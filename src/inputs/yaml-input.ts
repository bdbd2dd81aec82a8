import { parse } from 'yaml'
import { InputError } from './input-error.js'

/** Parses a YAML input; a syntax error becomes an InputError that points at the line. */
export function parseYamlInput(input: string, text: string, example: string): unknown {
  try {
    return parse(text, { prettyErrors: true, uniqueKeys: true, maxAliasCount: 10 })
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]
    throw new InputError(input, text, `is not valid YAML (${first})`, example)
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `a ${typeof value}`
}
