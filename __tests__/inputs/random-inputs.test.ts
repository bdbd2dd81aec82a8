import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { InputError } from '../../src/inputs/input-error.js'
import { Input } from '../../src/inputs/names.js'
import { readInputs } from '../../src/kinds/read-inputs.js'
import { withInputs } from './with-inputs.js'

const NAMES = Object.values(Input) as string[]
const VALID: Record<string, string> = { 'dashboard-id': 'sales', 'sheet-id': 'overview' }
const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom(
    '',
    ' ',
    '\0',
    '../../etc/passwd',
    '{}',
    '[]',
    '- a',
    'a: [',
    'null',
    '~',
    '!!binary x',
    '*alias',
    '&a [*a]',
    '1e400',
    '-0',
    'NaN',
    'true',
    '{{name}}',
    '\u202e',
    'x'.repeat(5000)
  )
)

describe('random strings in every input', () => {
  test('each input set either reads or fails with an InputError naming an input, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), hostile, async (name, value) => {
        const env = {
          AWS_REGION: 'eu-west-1',
          ...Object.fromEntries(
            Object.entries({ ...VALID, [name]: value }).map(([k, v]) => [
              `INPUT_${k.toUpperCase()}`,
              v
            ])
          )
        }
        try {
          await withInputs(env, () => readInputs(env, () => undefined))
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
          const e = error as InputError
          expect(NAMES).toContain(e.input)
          expect(e.message).toMatch(new RegExp(`^Invalid input '${e.input}'.*For example: `, 's'))
          expect(e.message.length).toBeLessThan(1500)
        }
      }),
      { numRuns: 2000, seed: 20261122 }
    )
  })
})
