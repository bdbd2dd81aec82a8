import { didYouMean } from './closest.js'
import type { Path, Problems } from './problems.js'

/** Plain checks on parsed YAML values that add a problem and return undefined when they fail. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `a ${typeof value}`
}

/** Reports keys outside `allowed`, with a suggestion when one is close. */
export function checkKeys(
  map: Record<string, unknown>,
  allowed: readonly string[],
  path: Path,
  problems: Problems,
  /** Keys that exist elsewhere but not here, with why. */
  misplaced: Record<string, string> = {}
): void {
  for (const key of Object.keys(map)) {
    if (allowed.includes(key)) continue
    const why = misplaced[key]
    problems.add(
      [...path, key],
      why ?? `unknown key${didYouMean(key, allowed)}; allowed: ${allowed.join(', ')}`
    )
  }
}

/** A non-empty single-line text (numbers are read as text: ids such as 2025 are valid). */
export function text(
  value: unknown,
  path: Path,
  problems: Problems,
  what: string,
  max = 2048
): string | undefined {
  const t = typeof value === 'number' ? String(value) : value
  if (value === undefined || value === null) problems.add(path, `${what} is missing`)
  else if (typeof t !== 'string') problems.add(path, `${what} must be text, not ${typeName(value)}`)
  else if (t.trim() === '') problems.add(path, `${what} must not be empty`)
  else if (t.length > max) problems.add(path, `${what} must be at most ${max} characters`)
  else if (/[\0-\x1f\x7f]/.test(t))
    problems.add(path, `${what} must not contain control characters`)
  else return t.trim()
  return undefined
}

/** A YAML boolean (true/false). */
export function bool(value: unknown, path: Path, problems: Problems): boolean | undefined {
  if (typeof value === 'boolean') return value
  problems.add(path, `must be true or false, not ${JSON.stringify(value)}`)
  return undefined
}
