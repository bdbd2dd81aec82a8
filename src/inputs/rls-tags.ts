import { InputError } from './input-error.js'
import { Input } from './names.js'
import { isPlainObject, parseYamlInput, typeName } from './yaml-input.js'

export interface RlsTag {
  Key: string
  Value: string
}

const MAX_TAGS = 50
const KEY = /^[\w.:/=+@-]{1,128}$/
const EXAMPLE = `rls-tags: |
  region: EMEA
  tenant: \${{ vars.TENANT_ID }}`

/**
 * Parses `rls-tags`. Values are secrets: they never appear in messages, and `mask` is called with
 * each one before anything else can log it.
 */
export function parseRlsTags(text: string, mask: (secret: string) => void): RlsTag[] {
  if (text === '') return []
  // Mask every line's value part before parsing, so not even a YAML error can echo one.
  for (const line of text.split('\n')) {
    const value = line.split(':').slice(1).join(':').trim()
    if (value !== '') mask(value)
  }
  let parsed: unknown
  try {
    parsed = parseYamlInput(Input.RlsTags, text, EXAMPLE)
  } catch {
    throw fail('is not valid YAML (the text is not shown because tag values are secret)')
  }
  if (!isPlainObject(parsed))
    throw fail(`must be a YAML mapping of tag key to value, not ${typeName(parsed)}`)
  const entries = Object.entries(parsed)
  if (entries.length === 0) throw fail('is an empty mapping; leave the input empty for no tags')
  if (entries.length > MAX_TAGS) throw fail(`has ${entries.length} tags; at most ${MAX_TAGS}`)
  return entries.map(([key, raw]) => {
    if (!KEY.test(key))
      throw fail(`tag key ${JSON.stringify(key)} must be 1-128 letters, digits or _ . : / = + @ -`)
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      throw fail(
        `tag '${key}' must have a single text value, not ${typeName(raw)} (join several values with a comma)`
      )
    }
    const value = String(raw)
    if (value.length === 0 || value.length > 256)
      throw fail(`tag '${key}' value must be 1-256 characters`)
    mask(value)
    return { Key: key, Value: value }
  })
}

function fail(rule: string): InputError {
  return new InputError(Input.RlsTags, undefined, rule, EXAMPLE)
}
