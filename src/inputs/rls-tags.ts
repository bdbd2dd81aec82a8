import type { Path, Problems } from './problems.js'
import { isPlainObject, typeName } from './yaml-values.js'

export interface RlsTag {
  Key: string
  Value: string
}

export const MAX_TAGS = 50
const KEY = /^[\w.:/=+@-]{1,128}$/

/** Masks every line's value part of YAML text before it is parsed, so not even a YAML error can echo one. */
export function maskRlsText(text: string, mask: (secret: string) => void): void {
  for (const line of text.split('\n')) {
    const value = line.split(':').slice(1).join(':').trim()
    if (value !== '') mask(value)
  }
}

/**
 * Reads a mapping of row-level security tag key → value. Values are secrets: they never appear in
 * messages, and `mask` is called with each one before anything else can log it.
 */
export function readRlsTags(
  map: unknown,
  path: Path,
  problems: Problems,
  mask: (secret: string) => void
): RlsTag[] {
  if (!isPlainObject(map)) {
    problems.add(path, `must be a mapping of tag key to value, not ${typeName(map)}`)
    return []
  }
  const entries = Object.entries(map)
  if (entries.length === 0) problems.add(path, 'is an empty mapping; leave it out for no tags')
  if (entries.length > MAX_TAGS)
    problems.add(path, `has ${entries.length} tags; at most ${MAX_TAGS}`)
  return entries.flatMap(([key, raw]) => {
    if (typeof raw === 'string' || typeof raw === 'number') mask(String(raw))
    if (!KEY.test(key)) {
      problems.add([...path, key], 'a tag key must be 1-128 letters, digits or _ . : / = + @ -')
      return []
    }
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      problems.add(
        [...path, key],
        `must have a single text value, not ${typeName(raw)} (join several values with a comma)`
      )
      return []
    }
    const value = String(raw)
    if (value.length === 0 || value.length > 256) {
      problems.add([...path, key], 'the value must be 1-256 characters')
      return []
    }
    return [{ Key: key, Value: value }]
  })
}

/** Merges tag lists key by key: later lists replace earlier values of the same key. */
export function mergeRlsTags(...lists: (RlsTag[] | undefined)[]): RlsTag[] {
  const merged = new Map<string, RlsTag>()
  for (const list of lists) for (const t of list ?? []) merged.set(t.Key, t)
  return [...merged.values()]
}
